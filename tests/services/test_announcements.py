"""Announcements: entering outage and service notices (supervisors only), the lead-time
rule for planned outages from data, restoring, withdrawing, the counter's address
lookup, and an audit entry for every change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from counter_app.domain.announcement_rules import (
    AnnouncementRulesError,
    load_announcement_rules,
)
from counter_app.domain.clock import HALL_TZ
from counter_app.resources import resource
from counter_app.services import announcements
from counter_app.services.announcements import ShortNotice, area_terms, period_text
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, PermissionDenied, UserError
from counter_app.store.models import Announcement, AuditEntry

# Monday 2026-06-01, 09:00 hall time.
NOW = datetime(2026, 6, 1, 1, 0, tzinfo=UTC)


def local(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=HALL_TZ)


@pytest.fixture
def now(ctx: AppContext, clerk: UserInfo) -> AppContext:
    ctx.clock = lambda: NOW
    return ctx


def planned(ctx: AppContext, actor: UserInfo, **changes: object) -> announcements.NoticeRow:
    values: dict[str, object] = {
        "kind": "planned_outage",
        "title": "人民路10kV线路检修停电",
        "area": "人民路、解放街，城关镇东门村 东门1号台区",
        "starts_at": local(6, 10, 8),
        "ends_at": local(6, 10, 18),
        "reason": "10kV城关线设备检修",
        "body": "检修期间上述范围内停电。",
    }
    values.update(changes)
    return announcements.create(ctx, actor, **values)  # type: ignore[arg-type]


def audits(ctx: AppContext, action: str) -> list[AuditEntry]:
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_a_supervisor_enters_a_planned_outage_with_a_number_and_audit(
    now: AppContext, supervisor: UserInfo
) -> None:
    row = planned(now, supervisor)
    assert row.notice_no == "330101-GG2026-001"
    assert row.status == "upcoming" and row.kind_name == "计划停电"
    assert row.period == "2026年6月10日 08:00 至 18:00"
    second = planned(now, supervisor, title="第二次")
    assert second.notice_no == "330101-GG2026-002"
    with now.read() as s:
        stored = s.scalar(select(Announcement).where(Announcement.notice_no == row.notice_no))
        assert stored is not None and stored.created_by == supervisor.id
        assert stored.starts_at == local(6, 10, 8)
    (entry, _) = audits(now, "announcement.create")
    assert entry.entity_id == row.notice_no and entry.user_id == supervisor.id
    assert entry.detail["kind"] == "planned_outage" and "short_notice" not in entry.detail


def test_clerks_cannot_enter_change_or_withdraw(
    now: AppContext, clerk: UserInfo, supervisor: UserInfo
) -> None:
    with pytest.raises(PermissionDenied, match="值班长"):
        planned(now, clerk)
    row = planned(now, supervisor)
    with pytest.raises(PermissionDenied):
        announcements.withdraw(now, clerk, row.notice_no)
    with pytest.raises(PermissionDenied):
        announcements.set_end(now, clerk, row.notice_no, local(6, 10, 20))
    assert announcements.current_and_upcoming(now)[0].status == "upcoming"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "rumour"}, "请选择公告类别"),
        ({"title": "  "}, "请填写标题"),
        ({"title": "长" * 61}, "标题不能超过60个字"),
        ({"area": " 、 "}, "请填写停电范围"),
        ({"ends_at": local(6, 10, 8)}, "结束时间应晚于开始时间"),
        ({"ends_at": local(6, 9, 18)}, "结束时间应晚于开始时间"),
        ({"ends_at": None}, "计划停电须填写预计送电时间"),
        ({"starts_at": datetime(2026, 6, 10, 8)}, "缺少时区"),
        (
            {"kind": "unplanned_outage", "starts_at": local(5, 30, 8), "ends_at": local(5, 31, 8)},
            "结束时间已过",
        ),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(
    now: AppContext, supervisor: UserInfo, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(UserError, match=message):
        planned(now, supervisor, **changes)
    with now.read() as s:
        assert s.scalar(select(Announcement.id)) is None
    assert audits(now, "announcement.create") == []


def test_an_unplanned_outage_may_have_no_end_until_restored(
    now: AppContext, supervisor: UserInfo
) -> None:
    row = planned(
        now, supervisor, kind="unplanned_outage", starts_at=local(6, 1, 8, 30), ends_at=None
    )
    assert row.status == "current"
    assert row.period == "2026年6月1日 08:30 起，至恢复供电为止"
    restored = announcements.set_end(now, supervisor, row.notice_no, local(6, 1, 8, 55))
    assert restored.status == "ended"
    assert announcements.current_and_upcoming(now) == []
    entry = audits(now, "announcement.set_end")[0]
    assert entry.detail["before"] is None and entry.detail["after"].startswith("2026-06-01")
    with pytest.raises(UserError, match="晚于开始"):
        announcements.set_end(now, supervisor, row.notice_no, local(6, 1, 8))


def test_a_service_notice_needs_no_area(now: AppContext, supervisor: UserInfo) -> None:
    row = planned(
        now,
        supervisor,
        kind="service",
        title="端午节营业时间调整",
        area="",
        starts_at=local(6, 1, 9),
        ends_at=local(6, 21, 17),
        reason="",
    )
    assert row.kind_name == "服务公告" and row.status == "current"
    assert announcements.for_address(now, "人民路") == []


def test_a_planned_outage_with_short_notice_needs_confirmation(
    now: AppContext, supervisor: UserInfo
) -> None:
    soon = {"starts_at": local(6, 5, 8), "ends_at": local(6, 5, 12)}
    with pytest.raises(ShortNotice, match="应提前7天公告"):
        planned(now, supervisor, **soon)
    with now.read() as s:
        assert s.scalar(select(Announcement.id)) is None
    row = planned(now, supervisor, confirm_short_notice=True, **soon)
    assert audits(now, "announcement.create")[0].detail["short_notice"] is True
    assert row.status == "upcoming"
    # Exactly seven days ahead is in time; unplanned outages have no lead time.
    planned(now, supervisor, starts_at=NOW + timedelta(days=7), ends_at=local(6, 8, 18))
    planned(now, supervisor, kind="unplanned_outage", starts_at=NOW, ends_at=None)


def test_the_rule_may_refuse_short_notice(
    now: AppContext, supervisor: UserInfo, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    rules = tmp_path / "announcements.toml"
    rules.write_text(
        'planned_min_lead_days = 3\nplanned_short_notice = "refuse"\n'
        'upcoming_days = 30\nhotline = "95598"\n',
        encoding="utf-8",
    )
    # The hall's rules file says "refuse" (the rules are read once, at start-up).
    monkeypatch.setattr(
        now, "rules", replace(now.rules, announcements=load_announcement_rules(rules))
    )
    with pytest.raises(UserError, match=r"应提前3天公告.*不能按计划停电发布") as caught:
        planned(now, supervisor, starts_at=local(6, 3, 8), ends_at=local(6, 3, 12))
    assert not isinstance(caught.value, ShortNotice)
    planned(now, supervisor, starts_at=local(6, 4, 10), ends_at=local(6, 4, 12))


def test_the_shipped_rules_and_bad_files(tmp_path: Path) -> None:
    rules = load_announcement_rules(resource("announcements.toml"))
    assert (rules.planned_min_lead_days, rules.planned_short_notice) == (7, "warn")
    assert rules.hotline == "95598"
    bad = tmp_path / "announcements.toml"
    bad.write_text(
        'planned_min_lead_days = 7\nplanned_short_notice = "maybe"\n'
        'upcoming_days = 30\nhotline = "95598"\n',
        encoding="utf-8",
    )
    with pytest.raises(AnnouncementRulesError, match=r"announcements\.toml.*planned_short_notice"):
        load_announcement_rules(bad)
    bad.write_text("planned_min_lead_days = 7\n", encoding="utf-8")
    with pytest.raises(AnnouncementRulesError, match="缺少"):
        load_announcement_rules(bad)


def test_withdrawn_notices_stay_on_record_but_leave_the_lists(
    now: AppContext, supervisor: UserInfo
) -> None:
    row = planned(now, supervisor)
    gone = announcements.withdraw(now, supervisor, row.notice_no, "检修计划取消")
    assert gone.status == "withdrawn"
    assert announcements.current_and_upcoming(now) == []
    assert announcements.for_address(now, "城关镇人民路15号") == []
    everything = announcements.list_notices(now, include_past=True)
    assert [(r.notice_no, r.status_name) for r in everything] == [(row.notice_no, "已撤回")]
    assert audits(now, "announcement.withdraw")[0].detail == {"reason": "检修计划取消"}
    with pytest.raises(UserError, match="已经撤回"):
        announcements.withdraw(now, supervisor, row.notice_no)
    with pytest.raises(UserError, match="已撤回"):
        announcements.set_end(now, supervisor, row.notice_no, local(6, 10, 20))
    with pytest.raises(NotFound):
        announcements.withdraw(now, supervisor, "330101-GG2026-999")


def test_current_and_upcoming_show_outages_first_within_the_horizon(
    now: AppContext, supervisor: UserInfo
) -> None:
    service = planned(
        now, supervisor, kind="service", area="", starts_at=local(6, 1, 8), ends_at=None
    )
    later = planned(now, supervisor, title="later")
    fault = planned(now, supervisor, kind="unplanned_outage", starts_at=NOW, ends_at=None)
    planned(now, supervisor, starts_at=local(8, 1, 8), ends_at=local(8, 1, 12))  # > 30 days
    order = [r.notice_no for r in announcements.current_and_upcoming(now)]
    assert order == [fault.notice_no, later.notice_no, service.notice_no]


def test_area_terms_and_address_matching(now: AppContext, supervisor: UserInfo) -> None:
    assert area_terms("人民路、解放街，城关镇东门村 东门1号台区;西园") == [
        "人民路",
        "解放街",
        "城关镇东门村",
        "东门1号台区",
        "西园",
    ]
    row = planned(now, supervisor)
    other = planned(now, supervisor, area="西湖村、北山村", title="西湖村停电")

    def found(text: str) -> list[str]:
        return [r.notice_no for r in announcements.for_address(now, text)]

    assert found("城关镇人民路15号") == [row.notice_no]  # an area term in the address
    assert found("城关镇东门村3组") == [row.notice_no]
    assert found("城关镇西门村3组") == []  # no term in it, nor it in a term
    assert found("东门村") == [row.notice_no]  # a keyword inside an area term
    assert found("北山村12号") == [other.notice_no]
    assert found("村") == []  # too short to mean anything
    assert found("解放路") == []


def test_period_text_in_hall_time() -> None:
    start = datetime(2026, 6, 30, 16, 0, tzinfo=UTC)  # 7月1日 00:00 hall time
    assert period_text("planned_outage", start, start + timedelta(hours=8)) == (
        "2026年7月1日 00:00 至 08:00"
    )
    assert period_text("planned_outage", start, start + timedelta(days=1, hours=2)) == (
        "2026年7月1日 00:00 至 7月2日 02:00"
    )
    assert period_text("service", start, None) == "2026年7月1日 00:00 起"


def test_the_printed_notice_says_what_was_entered(
    now: AppContext, supervisor: UserInfo, tmp_path: Path
) -> None:
    row = planned(now, supervisor)
    doc = announcements.notice_document(now, row.notice_no)
    assert (doc.hall_name, doc.heading, doc.hotline) == ("城关供电营业厅", "停电通知", "95598")
    assert doc.period == row.period and doc.area == row.area
    path = announcements.print_notice(now, row.notice_no, tmp_path)
    assert path.name == f"公告_{row.notice_no}.pdf" and path.stat().st_size > 1000
    assert not doc.training
    # In training mode every document carries 培训, the board notice included.
    assert announcements.notice_document(replace(now, training=True), row.notice_no).training
    announcements.withdraw(now, supervisor, row.notice_no)
    with pytest.raises(UserError, match="已撤回"):
        announcements.notice_document(now, row.notice_no)
