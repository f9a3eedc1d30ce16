"""Announcements (沟通): planned and unplanned outage notices and service notices.

A supervisor enters them (area, time, reason); everyone sees the current and
upcoming ones on the today page, prints them for the hall's board, and answers a
customer who asks "is there an outage at my place?" with ``for_address``.

A planned outage must be announced ahead of time (resources/announcements.toml,
供电营业规则): entered later than that, it is refused or needs the supervisor's
confirmation, as the data file says. A notice is never deleted: it is withdrawn
(撤回), and an unplanned outage gets its end time once power is restored. Every
change has an audit entry in the same transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date, local_naive, to_local
from counter_app.domain.text import N_, Msg
from counter_app.services import audit
from counter_app.services.auth import UserInfo
from counter_app.services.authz import check, require
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.services.sequences import next_number
from counter_app.store.models import Announcement, Hall, User

if TYPE_CHECKING:
    from counter_app.printing.announcement import NoticeDocument

__all__ = [
    "KINDS",
    "KIND_NAMES",
    "NoticeRow",
    "ShortNotice",
    "area_covers",
    "area_terms",
    "create",
    "current_and_upcoming",
    "for_address",
    "list_notices",
    "notice_document",
    "period_text",
    "print_notice",
    "set_end",
    "withdraw",
]

KINDS = ("unplanned_outage", "planned_outage", "service")  # the order notices are shown in
KIND_NAMES = {
    "planned_outage": N_("计划停电"),
    "unplanned_outage": N_("故障停电"),
    "service": N_("服务公告"),
}
STATUS_NAMES = {
    "upcoming": N_("即将开始"),
    "current": N_("进行中"),
    "ended": N_("已结束"),
    "withdrawn": N_("已撤回"),
}
MAX_TITLE = 60
MAX_AREA = 500
MAX_TEXT = 2000
# Separators between the area's terms: 、，, ； ; and any white space.
_TERM_SPLIT = re.compile(r"[、，,；;\s]+")
MIN_TERM = 2  # a one-character term (路, 村) would match nearly every address


# -- what the screens get ------------------------------------------------------------


@dataclass(frozen=True)
class NoticeRow:
    notice_no: str
    kind: str
    title: str
    area: str
    starts_at: datetime
    ends_at: datetime | None  # None: an unplanned outage not yet restored, or open-ended
    reason: str
    body: str
    status: str  # upcoming / current / ended / withdrawn
    created_by: str  # display name
    created_at: datetime
    withdrawn_at: datetime | None

    @property
    def kind_name(self) -> str:
        return KIND_NAMES.get(self.kind, self.kind)

    @property
    def status_name(self) -> str:
        return STATUS_NAMES.get(self.status, self.status)

    @property
    def is_outage(self) -> bool:
        return self.kind != "service"

    @property
    def period(self) -> str:
        """The time in the hall's local time, as every screen and the notice say it."""
        return period_text(self.kind, self.starts_at, self.ends_at)

    @property
    def active(self) -> bool:
        return self.status in ("upcoming", "current")


def _md_hm(moment: datetime) -> str:
    local = to_local(moment)
    return Msg("{month}月{day}日 {time}", month=local.month, day=local.day, time=f"{local:%H:%M}")


def period_text(kind: str, starts_at: datetime, ends_at: datetime | None) -> str:
    """E.g. 2026年6月10日 08:00 至 18:00; across days both dates; no end: 至恢复供电为止.

    A Msg: the screens show it translated, the printed notice as it is."""
    start = to_local(starts_at)
    head = Msg("{year}年{date}", year=start.year, date=_md_hm(starts_at))
    if ends_at is None:
        if kind == "service":
            return Msg("{start} 起", start=head)
        return Msg("{start} 起，至恢复供电为止", start=head)
    end = to_local(ends_at)
    if end.date() == start.date():
        return Msg("{start} 至 {end}", start=head, end=f"{end:%H:%M}")
    if end.year == start.year:
        return Msg("{start} 至 {end}", start=head, end=_md_hm(ends_at))
    return Msg(
        "{start} 至 {end}",
        start=head,
        end=Msg("{year}年{date}", year=end.year, date=_md_hm(ends_at)),
    )


def area_terms(area: str) -> list[str]:
    """The streets, villages, 台区 of an area, as entered (separated by 、，, ; or spaces)."""
    return [t for t in _TERM_SPLIT.split(area.strip()) if t]


def _status(a: Announcement, now: datetime) -> str:
    if a.withdrawn_at is not None:
        return "withdrawn"
    if a.ends_at is not None and a.ends_at <= now:
        return "ended"
    return "current" if a.starts_at <= now else "upcoming"


def _row(a: Announcement, names: dict[int, str], now: datetime) -> NoticeRow:
    return NoticeRow(
        notice_no=a.notice_no,
        kind=a.kind,
        title=a.title,
        area=a.area,
        starts_at=a.starts_at,
        ends_at=a.ends_at,
        reason=a.reason,
        body=a.body,
        status=_status(a, now),
        created_by=names.get(a.created_by, ""),
        created_at=a.created_at,
        withdrawn_at=a.withdrawn_at,
    )


def _rows(s: Session, notices: list[Announcement], now: datetime) -> list[NoticeRow]:
    ids = {a.created_by for a in notices}
    names = dict(
        s.execute(select(User.id, User.display_name).where(User.id.in_(ids))).tuples().all()
    )
    return [_row(a, names, now) for a in notices]


def _order(row: NoticeRow) -> tuple[int, int, datetime]:
    """Outages first (unplanned, then planned), what is on now before what is coming."""
    return (KINDS.index(row.kind), 0 if row.status == "current" else 1, row.starts_at)


def current_and_upcoming(ctx: AppContext) -> list[NoticeRow]:
    """Notices in force now or starting within ``upcoming_days``; outages first."""
    rules = ctx.rules.announcements
    now = ctx.clock()
    horizon = now + timedelta(days=rules.upcoming_days)
    with ctx.read() as s:
        found = s.scalars(
            select(Announcement).where(
                Announcement.withdrawn_at.is_(None),
                (Announcement.ends_at.is_(None)) | (Announcement.ends_at > now),
                Announcement.starts_at <= horizon,
            )
        ).all()
        return sorted(_rows(s, list(found), now), key=_order)


def list_notices(ctx: AppContext, include_past: bool = False, limit: int = 200) -> list[NoticeRow]:
    """For the 公告 page: current and upcoming, or also ended and withdrawn (newest first)."""
    if not include_past:
        return current_and_upcoming(ctx)
    now = ctx.clock()
    with ctx.read() as s:
        found = s.scalars(
            select(Announcement).order_by(Announcement.starts_at.desc()).limit(limit)
        ).all()
        rows = _rows(s, list(found), now)
    active = sorted((r for r in rows if r.active), key=_order)
    return active + [r for r in rows if not r.active]


def area_covers(area: str, text: str) -> bool:
    """Whether an outage notice's area covers an address or a keyword."""
    text = re.sub(r"\s+", "", text)
    if len(text) < MIN_TERM:
        return False
    # An area term inside the address (人民路 in 城关镇人民路15号), or a keyword
    # inside an area term (城关 in 城关镇).
    return any(
        (len(term) >= MIN_TERM and term in text) or text in term for term in area_terms(area)
    )


def for_address(ctx: AppContext, text: str) -> list[NoticeRow]:
    """The current and upcoming notices whose area covers ``text``: an address or a keyword.

    Answers "is there an outage at my place?" at the counter. Notices without an
    area (most service notices) concern no particular address and are not returned.
    """
    return [r for r in current_and_upcoming(ctx) if r.area and area_covers(r.area, text)]


# -- entering and changing notices ------------------------------------------------------


class ShortNotice(UserError):
    """A planned outage announced with less lead time than the rule; confirm to go on."""


def _clean(value: str, limit: int, what: str, field: str) -> str:
    value = value.strip()
    if len(value) > limit:
        raise UserError(f"{what}不能超过{limit}个字", field)
    return value


def _check_aware(moment: datetime, what: str, field: str) -> None:
    if moment.tzinfo is None:  # a programming error would store the wrong hour
        raise UserError(f"{what}缺少时区", field)


def create(
    ctx: AppContext,
    actor: UserInfo,
    *,
    kind: str,
    title: str,
    area: str,
    starts_at: datetime,
    ends_at: datetime | None,
    reason: str = "",
    body: str = "",
    confirm_short_notice: bool = False,
) -> NoticeRow:
    """Enter a notice; UserError (nothing saved) when a field is wrong.

    A planned outage starting sooner than the rule's lead time raises ShortNotice
    unless ``confirm_short_notice``, or is refused when the rule says "refuse".
    """
    check(ctx, actor, "announcement.publish")  # before the fields; the write asks again
    rules = ctx.rules.announcements
    if kind not in KIND_NAMES:
        raise UserError("请选择公告类别", "kind")
    title = _clean(title, MAX_TITLE, "标题", "title")
    if not title:
        raise UserError("请填写标题", "title")
    area = _clean(area, MAX_AREA, "停电范围", "area")
    outage = kind != "service"
    if outage and not area_terms(area):
        raise UserError("请填写停电范围（街道、村、小区或台区，用顿号或逗号分隔）", "area")
    reason = _clean(reason, MAX_TEXT, "原因", "reason")
    body = _clean(body, MAX_TEXT, "正文", "body")
    _check_aware(starts_at, "开始时间", "starts_at")
    if ends_at is None and kind == "planned_outage":
        raise UserError("计划停电须填写预计送电时间", "ends_at")
    if ends_at is not None:
        _check_aware(ends_at, "结束时间", "ends_at")
        if ends_at <= starts_at:
            raise UserError("结束时间应晚于开始时间", "ends_at")
    now = ctx.clock()
    if ends_at is not None and ends_at <= now:
        raise UserError("结束时间已过，无需再发布公告", "ends_at")
    lead = starts_at - now
    short = kind == "planned_outage" and lead < timedelta(days=rules.planned_min_lead_days)
    if short:
        days = rules.planned_min_lead_days
        if rules.planned_short_notice == "refuse":
            raise UserError(
                f"计划停电应提前{days}天公告，距开始已不足{days}天，不能按计划停电发布；"
                "如属临时检修或故障，请按故障停电发布",
                "starts_at",
            )
        if not confirm_short_notice:
            raise ShortNotice(
                f"计划停电应提前{days}天公告，本次距开始不足{days}天。确认仍要发布吗？",
                "starts_at",
            )
    with ctx.write() as s:
        require(s, actor, "announcement.publish", ctx.clock())
        user = s.get_one(User, actor.id)
        hall = s.get_one(Hall, user.hall_id)
        year = local_date(now).year
        number = next_number(s, f"announcement:{hall.code}:{year}")
        notice = Announcement(
            notice_no=f"{hall.code}-GG{year}-{number:03d}",
            hall_id=hall.id,
            kind=kind,
            title=title,
            area=area,
            starts_at=starts_at,
            ends_at=ends_at,
            reason=reason,
            body=body,
            created_by=actor.id,
            created_at=now,
            updated_at=now,
        )
        s.add(notice)
        s.flush()
        detail: dict[str, object] = {
            "kind": kind,
            "title": title,
            "starts_at": starts_at.isoformat(),
            "ends_at": ends_at.isoformat() if ends_at else None,
        }
        if short:
            detail["short_notice"] = True
        audit.record(
            s, now, actor.id, "announcement.create", "announcement", notice.notice_no, detail
        )
        return _row(notice, {actor.id: actor.display_name}, now)


def _load(s: Session, notice_no: str) -> Announcement:
    notice = s.scalar(select(Announcement).where(Announcement.notice_no == notice_no))
    if notice is None:
        raise NotFound(f"没有编号为 {notice_no} 的公告")
    return notice


def set_end(
    ctx: AppContext, actor: UserInfo, notice_no: str, ends_at: datetime | None
) -> NoticeRow:
    """Change the end time, e.g. an unplanned outage restored (送电) or extended.

    ``None`` (not yet known) is allowed for unplanned outages and service notices only.
    """
    check(ctx, actor, "announcement.publish")  # before the fields; the write asks again
    now = ctx.clock()
    with ctx.write() as s:
        require(s, actor, "announcement.publish", ctx.clock())
        notice = _load(s, notice_no)
        if notice.withdrawn_at is not None:
            raise UserError("公告已撤回，不能再修改")
        if ends_at is None:
            if notice.kind == "planned_outage":
                raise UserError("计划停电须填写预计送电时间", "ends_at")
        else:
            _check_aware(ends_at, "结束时间", "ends_at")
            if ends_at <= notice.starts_at:
                raise UserError("结束时间应晚于开始时间", "ends_at")
        before = notice.ends_at
        notice.ends_at = ends_at
        notice.updated_at = now
        audit.record(
            s,
            now,
            actor.id,
            "announcement.set_end",
            "announcement",
            notice_no,
            {
                "before": before.isoformat() if before else None,
                "after": ends_at.isoformat() if ends_at else None,
            },
        )
        names = dict(s.execute(select(User.id, User.display_name)).tuples().all())
        return _row(notice, names, now)


def withdraw(ctx: AppContext, actor: UserInfo, notice_no: str, reason: str = "") -> NoticeRow:
    """Take a notice down (e.g. entered by mistake, outage cancelled); it stays on record."""
    check(ctx, actor, "announcement.publish")  # before the fields; the write asks again
    reason = _clean(reason, MAX_TEXT, "撤回原因", "reason")
    now = ctx.clock()
    with ctx.write() as s:
        require(s, actor, "announcement.publish", ctx.clock())
        notice = _load(s, notice_no)
        if notice.withdrawn_at is not None:
            raise UserError("公告已经撤回")
        notice.withdrawn_at = now
        notice.withdrawn_by = actor.id
        notice.updated_at = now
        audit.record(
            s, now, actor.id, "announcement.withdraw", "announcement", notice_no, {"reason": reason}
        )
        names = dict(s.execute(select(User.id, User.display_name)).tuples().all())
        return _row(notice, names, now)


# -- printing ---------------------------------------------------------------------------


def notice_document(ctx: AppContext, notice_no: str, training: bool = False) -> NoticeDocument:
    """What the printed notice for the hall's board says."""
    from counter_app.printing.announcement import NoticeDocument

    rules = ctx.rules.announcements
    now = ctx.clock()
    with ctx.read() as s:
        notice = _load(s, notice_no)
        if notice.withdrawn_at is not None:
            raise UserError("公告已撤回，不能打印")
        hall = s.get_one(Hall, notice.hall_id)
        return NoticeDocument(
            hall_name=hall.name,
            hall_address=hall.address,
            hall_phone=hall.phone,
            notice_no=notice.notice_no,
            kind=notice.kind,
            kind_name=KIND_NAMES[notice.kind],
            title=notice.title,
            area=notice.area,
            period=period_text(notice.kind, notice.starts_at, notice.ends_at),
            reason=notice.reason,
            body=notice.body,
            hotline=rules.hotline,
            issued_on=local_date(notice.created_at),
            printed_at=local_naive(now),
            training=training or ctx.training,
        )


def print_notice(ctx: AppContext, notice_no: str, folder: Path, training: bool = False) -> Path:
    """Render the notice into the printouts folder and return its path."""
    from counter_app.printing.announcement import render_notice

    doc = notice_document(ctx, notice_no, training)
    return render_notice(doc, folder / f"公告_{doc.notice_no}.pdf")
