"""The role table walked through the services: every action, every role (issue 12).

For each action of domain/permissions.py, a user of each role tries it through the
service that enforces it; it goes through exactly when the table says so. Then the
attacks: a made-up role on a user object, a disabled or locked-out user's session,
a supervisor authorising the void or reprint of his own receipt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from support import PASSWORD, add_owing_account

from counter_app.bootstrap import open_context
from counter_app.domain.permissions import ACTIONS, ROLES, may
from counter_app.hq import export
from counter_app.services import (
    announcements,
    applications,
    auth,
    backups,
    calendar_import,
    field_visit_records,
    field_visits,
    payments,
    receipts,
    reconnection,
    settlement,
)
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.authz import SessionEnded
from counter_app.services.context import AppContext
from counter_app.services.errors import PermissionDenied
from counter_app.services.payments import PaymentRequest
from counter_app.store.models import User

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday 10:00 in the hall
ACCOUNT = "330101000801"
NEW_CONNECTION = {
    "cert_type": "居民身份证",
    "cert_no": "110105198001010016",
    "name": "周明",
    "mobile": "13905710002",
    "is_proxy": False,
    "address": "城关镇幸福路",
    "capacity_kw": "8",
    "usage": "居民生活用电",
    "ownership_unclear": False,
}
# Shown by the screens only: read-only figures of the hall, no service call to refuse;
# the main window shows those pages by the table (test_main_window_pages_follow_the_table).
SCREEN_ONLY = {"dashboard.view", "training.scores"}
# Commands only (tests/test_cli_login.py walks them).
COMMAND_LINE_ONLY = {"demo.fill", "store.check"}


class Hall:
    """A hall with a user of each role (and a second clerk whose receipts are voided)."""

    def __init__(self, ctx: AppContext, admin: UserInfo, tmp: Path) -> None:
        ctx.clock = lambda: NOW
        self.ctx, self.admin, self.tmp = ctx, admin, tmp
        self.users = {"admin": admin}
        for n, role in enumerate(("clerk", "supervisor"), start=1):
            self.users[role] = auth.add_user(
                ctx, admin, username=f"{role}1", display_name=f"{role}甲",
                staff_no=f"90{n}", role=role, password=PASSWORD,
            )  # fmt: skip
        self.payer = auth.add_user(
            ctx, admin, username="payer", display_name="收费员乙", staff_no="950",
            role="clerk", password=PASSWORD,
        )  # fmt: skip
        self.boss = auth.add_user(
            ctx, admin, username="boss", display_name="值班长丙", staff_no="960",
            role="supervisor", password=PASSWORD,
        )  # fmt: skip
        with ctx.write() as s:
            add_owing_account(s, NOW, ACCOUNT, cert_no="110105198001010016", name="周明")
        self.n = 0

    def receipt(self) -> str:
        """A receipt taken by the payer (no one under test is its clerk)."""
        request = PaymentRequest(ACCOUNT, Decimal("0"), prepayment=Decimal("10.00"))
        return payments.take_payment(self.ctx, self.payer, "1", request).receipt_no

    def folder(self) -> Path:
        self.n += 1
        folder = self.tmp / f"f{self.n}"
        folder.mkdir()
        return folder


def _plan(h: Hall, u: UserInfo) -> field_visits.PlanInfo:
    """A plan of the hall's one account, by ``u``, its visit left to anyone."""
    return field_visits.make_plan(
        h.ctx, u, title="", survey_code="annual_satisfaction", period_from=DAY,
        period_to=DAY, due_date=DAY, account_nos=[ACCOUNT],
    )  # fmt: skip


def _visit(h: Hall, u: UserInfo) -> object:
    target = field_visits.plan_detail(h.ctx, _plan(h, h.boss).plan_no).targets[0]
    return field_visit_records.record_visit(
        h.ctx, u, target.target_id, method="电话", reached=False, answers={}, notes="无人接听"
    )


def _calendar(path: Path) -> Path:
    book = Workbook()
    book.active.append(("日期", "类型"))
    book.active.append(("2027-01-01", "节假日"))
    book.save(path)
    return path


DAY = NOW.date()


def _disconnect(h: Hall, u: UserInfo) -> object:
    """欠费停电 of an account owing a bill (one per walk: each walk has its own hall)."""
    with h.ctx.write() as s:
        bill = ("202610", "50.00", date(2026, 11, 15))
        add_owing_account(s, NOW, "330101000802", [bill], cert_no="11010519491231002X")
    return reconnection.record_disconnection(h.ctx, u, "330101000802", DAY, "测试")


# Each action of the table through the service that enforces it, by ``user``.
ACTS: dict[str, Callable[[Hall, UserInfo], object]] = {
    "counter.work": lambda h, u: auth.reset_password(h.ctx, u, u.id, PASSWORD),
    "payment.take": lambda h, u: payments.take_payment(
        h.ctx, u, "1", PaymentRequest(ACCOUNT, Decimal("0"), prepayment=Decimal("1.00"))
    ),
    "payment.void": lambda h, u: receipts.void(h.ctx, u, h.receipt(), h.boss, "测试"),
    "void.authorise": lambda h, u: receipts.void(h.ctx, h.payer, h.receipt(), u, "测试"),
    "receipt.reprint": lambda h, u: receipts.reprint(
        h.ctx, u, h.receipt(), "测试", h.folder(), supervisor=h.boss
    ),
    "reprint.authorise": lambda h, u: receipts.reprint(
        h.ctx, h.payer, h.receipt(), "测试", h.folder(), supervisor=u
    ),
    "application.accept": lambda h, u: applications.submit_application(
        h.ctx,
        u,
        "1",
        "lv_residential_new",
        {**NEW_CONNECTION, "address": f"城关镇幸福路{h.folder().name}号"},
        ("applicant_id",),
        NOW,
    ),
    "settlement.count": lambda h, u: settlement.compare_count(h.ctx, u, DAY, {}, u),
    "settlement.sign_off": lambda h, u: (
        settlement.compare_count(h.ctx, h.payer, DAY, {}, h.payer),
        settlement.close_day(h.ctx, h.payer, DAY, "测试", u),
    ),
    "payment.next_day": lambda h, u: (
        settlement.compare_count(h.ctx, h.payer, DAY, {}, h.payer),
        settlement.close_day(h.ctx, h.payer, DAY, "测试", h.boss),
        payments.take_payment(
            h.ctx,
            h.payer,
            "1",
            PaymentRequest(ACCOUNT, Decimal("0"), prepayment=Decimal("1.00"), next_day_by=u),
        ),
    ),
    "settlement.reopen": lambda h, u: (
        settlement.compare_count(h.ctx, h.payer, DAY, {}, h.payer),
        settlement.close_day(h.ctx, h.payer, DAY, "测试", h.boss),
        settlement.reopen_day(h.ctx, h.payer, DAY, "测试", u),
    ),
    "backup.daily": lambda h, u: backups.backup_now(h.ctx, h.folder(), 3, u.id, daily=True),
    "backup.create": lambda h, u: backups.backup_now(h.ctx, h.folder(), 3, u.id),
    "backup.restore": lambda h, u: backups.require_restorer(Path(h.ctx.database), u, open_context),
    "announcement.publish": lambda h, u: announcements.create(
        h.ctx,
        u,
        kind="service",
        title="测试公告",
        area="城关镇",
        starts_at=NOW + timedelta(days=10),
        ends_at=NOW + timedelta(days=11),
    ),
    "export.hq": lambda h, u: export.export_period(h.ctx, u, h.folder()),
    "import.hq": lambda h, u: calendar_import.import_calendar(
        h.ctx, u, _calendar(h.folder() / "cal.xlsx")
    ),
    "user.manage": lambda h, u: auth.rename_user(h.ctx, u, h.payer.id, "收费员乙"),
    "account.disconnect": _disconnect,
    "visits.plan": _plan,
    "visits.record": _visit,
    "hall.update": lambda h, u: auth.update_hall(
        h.ctx, u, name="城关供电营业厅", address="城关镇人民路1号", phone="0571-12345678"
    ),
}


def test_every_action_of_the_table_is_walked() -> None:
    assert set(ACTS) | SCREEN_ONLY | COMMAND_LINE_ONLY == set(ACTIONS)


@pytest.mark.parametrize("action", sorted(ACTS))
@pytest.mark.parametrize("role", ROLES)
def test_the_role_table_walked(
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    db_path: Path,
    tmp_path: Path,
    role: str,
    action: str,
) -> None:
    h = Hall(ctx, hall[1], tmp_path)
    user = h.users[role]
    if may(role, action):
        ACTS[action](h, user)
    else:
        with pytest.raises(PermissionDenied, match="须由"):
            ACTS[action](h, user)


def test_a_made_up_role_on_the_user_object_gives_nothing(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], db_path: Path, tmp_path: Path
) -> None:
    h = Hall(ctx, hall[1], tmp_path)
    forged = replace(h.users["clerk"], role="admin")  # what the store says wins
    with pytest.raises(PermissionDenied, match="营业员"):
        receipts.void(ctx, h.payer, h.receipt(), forged, "伪造的值班长")
    with pytest.raises(PermissionDenied):
        auth.add_user(
            ctx, forged, username="mallory", display_name="假管理员", staff_no="666",
            role="admin", password=PASSWORD,
        )  # fmt: skip
    stranger = UserInfo(999, "ghost", "不存在", "0", "admin")
    with pytest.raises(SessionEnded):
        export.export_period(ctx, stranger, h.folder())


def test_a_supervisor_cannot_authorise_the_void_or_reprint_of_his_own_receipt(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], db_path: Path, tmp_path: Path
) -> None:
    h = Hall(ctx, hall[1], tmp_path)
    boss = h.users["supervisor"]
    request = PaymentRequest(ACCOUNT, Decimal("0"), prepayment=Decimal("5.00"))
    own = payments.take_payment(ctx, boss, "2", request).receipt_no
    with pytest.raises(PermissionDenied, match="收据经办人以外"):
        receipts.void(ctx, boss, own, boss, "自己作废自己的")
    with pytest.raises(PermissionDenied, match="收据经办人以外"):
        receipts.reprint(ctx, boss, own, "自己补打", h.folder(), supervisor=boss)
    receipts.void(ctx, boss, own, h.boss, "另一位值班长授权")  # another supervisor may


def test_a_disabled_or_locked_users_open_session_ends_at_the_next_action(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], db_path: Path, tmp_path: Path
) -> None:
    h = Hall(ctx, hall[1], tmp_path)
    clerk = h.users["clerk"]
    request = PaymentRequest(ACCOUNT, Decimal("0"), prepayment=Decimal("1.00"))
    payments.take_payment(ctx, clerk, "1", request)  # signed in, working
    auth.set_user_active(ctx, h.admin, clerk.id, False)
    with pytest.raises(SessionEnded, match="已被停用"):
        payments.take_payment(ctx, clerk, "1", request)
    assert auth.session_problem(ctx, clerk) is not None
    auth.set_user_active(ctx, h.admin, clerk.id, True)
    assert auth.session_problem(ctx, clerk) is None
    with ctx.write() as s:  # five wrong guesses elsewhere locked the account
        s.get_one(User, clerk.id).locked_until = NOW + timedelta(minutes=5)
    with pytest.raises(SessionEnded, match="已被锁定"):
        payments.take_payment(ctx, clerk, "1", request)
