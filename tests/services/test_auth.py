"""Setting up a hall, signing in with lockout, managing users, and their audit trail."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from support import PASSWORD, set_up_hall

from counter_app.domain.clock import HALL_TZ
from counter_app.services import audit, auth
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import AuthError, PermissionDenied, UserError
from counter_app.services.passwords import verify_password
from counter_app.store.models import AuditEntry, User

START = datetime(2025, 6, 10, 1, 0, 0, tzinfo=UTC)  # 09:00 hall time


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(autouse=True)
def clock(ctx: AppContext) -> Clock:
    """Set before the hall and users exist, so every audit time is the test's."""
    frozen = Clock(START)
    ctx.clock = frozen
    return frozen


def admin_of(hall: tuple[HallInfo, UserInfo]) -> UserInfo:
    return hall[1]


def audit_entries(ctx: AppContext) -> list[AuditEntry]:
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def actions(ctx: AppContext) -> list[tuple[str, str, int | None]]:
    return [(e.action, e.entity_id, e.user_id) for e in audit_entries(ctx)]


def wrong(ctx: AppContext, username: str = "zhang") -> str:
    with pytest.raises(AuthError) as caught:
        auth.login(ctx, username, "not-the-password")
    return caught.value.message


# -- setting up the hall -------------------------------------------------------


def test_setup_hall_creates_the_hall_and_its_admin(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo]
) -> None:
    info, admin = hall
    assert (info.code, info.name) == ("330101", "城关供电营业厅")
    assert auth.current_hall(ctx) == info
    assert (admin.username, admin.role, admin.active) == ("admin", "admin", True)
    assert admin.is_admin and admin.is_supervisor
    assert admin.role_name == "管理员"
    assert auth.list_users(ctx) == [admin]


def test_no_hall_before_setup(ctx: AppContext) -> None:
    assert auth.current_hall(ctx) is None


def test_setup_hall_twice_is_refused(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> None:
    with pytest.raises(UserError, match="营业厅已经设置过"):
        auth.setup_hall(
            ctx,
            code="330102",
            name="另一个营业厅",
            address="",
            phone="",
            admin_username="admin2",
            admin_name="李管理",
            admin_staff_no="A002",
            password=PASSWORD,
        )
    assert auth.current_hall(ctx) == hall[0]
    assert [u.username for u in auth.list_users(ctx)] == ["admin"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"code": "33"}, "code"),
        ({"name": "  "}, "name"),
        ({"admin_username": "王"}, "username"),
        ({"admin_name": ""}, "display_name"),
        ({"admin_staff_no": "A 1"}, "staff_no"),
        ({"password": "short"}, "password"),
    ],
)
def test_setup_hall_checks_its_fields(ctx: AppContext, change: dict[str, str], field: str) -> None:
    values = {
        "code": "330101",
        "name": "城关供电营业厅",
        "address": "",
        "phone": "",
        "admin_username": "admin",
        "admin_name": "王管理",
        "admin_staff_no": "A001",
        "password": PASSWORD,
    } | change
    with pytest.raises(UserError) as caught:
        auth.setup_hall(ctx, **values)
    assert caught.value.field == field
    assert re.search(r"[\u4e00-\u9fff]", caught.value.message)
    assert auth.current_hall(ctx) is None
    assert audit_entries(ctx) == []


# -- logging in ------------------------------------------------------------------


def test_login_with_the_right_password(ctx: AppContext, clerk: UserInfo) -> None:
    assert auth.login(ctx, "zhang", PASSWORD) == clerk
    assert auth.login(ctx, "  zhang ", PASSWORD) == clerk  # stray spaces around the name


WRONG = "用户名或密码不正确（连续输错5次将锁定账户5分钟）"


def failures(ctx: AppContext, user: UserInfo) -> int:
    with ctx.read() as s:
        return s.get_one(User, user.id).failed_logins


def test_wrong_passwords_count_down_then_lock(
    ctx: AppContext, clerk: UserInfo, clock: Clock
) -> None:
    policy = ctx.policy
    assert (policy.max_failed_logins, policy.lockout_minutes) == (5, 5)
    messages = [wrong(ctx) for _ in range(policy.max_failed_logins)]
    assert messages == [WRONG] * 4 + ["密码连续输错5次，账户已锁定5分钟"]
    with ctx.read() as s:
        user = s.get_one(User, clerk.id)
        assert user.locked_until == START + timedelta(minutes=5)


def test_the_right_password_is_refused_while_locked(
    ctx: AppContext, clerk: UserInfo, clock: Clock
) -> None:
    for _ in range(5):
        wrong(ctx)
    with pytest.raises(AuthError, match="账户已锁定，请5分钟后再试"):
        auth.login(ctx, "zhang", PASSWORD)
    clock.advance(minutes=2, seconds=30)
    with pytest.raises(AuthError, match="请3分钟后再试"):  # rounded up, never "0 minutes"
        auth.login(ctx, "zhang", PASSWORD)
    clock.advance(minutes=2, seconds=29)  # one second left
    with pytest.raises(AuthError, match="请1分钟后再试"):
        auth.login(ctx, "zhang", PASSWORD)
    # A wrong password during the lock neither extends it nor counts.
    assert "已锁定" in wrong(ctx)
    clock.advance(seconds=1)  # exactly lockout_minutes after the fifth failure
    assert auth.login(ctx, "zhang", PASSWORD) == clerk


def test_after_the_lock_the_count_starts_again(
    ctx: AppContext, clerk: UserInfo, clock: Clock
) -> None:
    for _ in range(5):
        wrong(ctx)
    clock.advance(minutes=ctx.policy.lockout_minutes, seconds=1)
    assert wrong(ctx) == WRONG
    assert failures(ctx, clerk) == 1
    assert auth.login(ctx, "zhang", PASSWORD) == clerk


def test_a_good_login_resets_the_count(ctx: AppContext, clerk: UserInfo) -> None:
    for _ in range(4):
        wrong(ctx)
    assert failures(ctx, clerk) == 4
    auth.login(ctx, "zhang", PASSWORD)
    assert failures(ctx, clerk) == 0
    assert wrong(ctx) == WRONG
    assert failures(ctx, clerk) == 1


def test_lock_of_one_user_leaves_the_others_alone(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo
) -> None:
    for _ in range(5):
        wrong(ctx)
    assert auth.login(ctx, "admin", PASSWORD) == admin_of(hall)


def test_disabled_user_is_refused(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo
) -> None:
    auth.set_user_active(ctx, admin_of(hall), clerk.id, False)
    with pytest.raises(AuthError, match="该账户已停用，请联系管理员"):
        auth.login(ctx, "zhang", PASSWORD)
    assert auth.set_user_active(ctx, admin_of(hall), clerk.id, True).active
    assert auth.login(ctx, "zhang", PASSWORD) == clerk


def test_unknown_user_gets_the_words_of_a_wrong_password(ctx: AppContext, clerk: UserInfo) -> None:
    unknown = wrong(ctx, "nobody")
    assert unknown.startswith("用户名或密码不正确")
    assert wrong(ctx) == unknown


def test_unknown_user_message_equals_the_wrong_password_message(
    ctx: AppContext, clerk: UserInfo
) -> None:
    assert wrong(ctx, "nobody") == wrong(ctx, "zhang")


def test_admin_reset_password_clears_a_lock(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo
) -> None:
    for _ in range(5):
        wrong(ctx)
    auth.reset_password(ctx, admin_of(hall), clerk.id, "a-new-pass-2")
    assert auth.login(ctx, "zhang", "a-new-pass-2") == clerk
    with pytest.raises(AuthError):
        auth.login(ctx, "zhang", PASSWORD)


# -- managing users ------------------------------------------------------------------


def test_admin_adds_users(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> None:
    sup = auth.add_user(
        ctx,
        admin_of(hall),
        username="li.zb",
        display_name="李值班",
        staff_no="S01",
        role="supervisor",
        password=PASSWORD,
    )
    assert sup.is_supervisor and not sup.is_admin and sup.role_name == "值班长"
    assert [u.username for u in auth.list_users(ctx)] == ["admin", "li.zb"]
    with pytest.raises(UserError, match="已存在") as caught:
        auth.add_user(
            ctx,
            admin_of(hall),
            username="li.zb",
            display_name="另一个李",
            staff_no="S02",
            role="clerk",
            password=PASSWORD,
        )
    assert caught.value.field == "username"


@pytest.mark.parametrize("role", ["clerk", "supervisor"])
def test_only_an_admin_manages_users(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], role: str
) -> None:
    actor = auth.add_user(
        ctx,
        admin_of(hall),
        username="actor",
        display_name="赵某",
        staff_no="2001",
        role=role,
        password=PASSWORD,
    )
    before = actions(ctx)
    with pytest.raises(PermissionDenied, match="须由管理员操作"):
        auth.add_user(
            ctx,
            actor,
            username="intruder",
            display_name="钱某",
            staff_no="2002",
            role="admin",
            password=PASSWORD,
        )
    with pytest.raises(PermissionDenied):
        auth.set_user_active(ctx, actor, admin_of(hall).id, False)
    with pytest.raises(PermissionDenied):
        auth.reset_password(ctx, actor, admin_of(hall).id, "taken-over-1")
    assert [u.username for u in auth.list_users(ctx)] == ["actor", "admin"]
    assert actions(ctx) == before
    # Anyone may change their own password.
    auth.reset_password(ctx, actor, actor.id, "my-own-new-1")
    assert auth.login(ctx, "actor", "my-own-new-1") == actor


def test_admin_cannot_disable_themselves(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> None:
    with pytest.raises(UserError, match="不能停用自己的账户"):
        auth.set_user_active(ctx, admin_of(hall), admin_of(hall).id, False)


# -- what is stored ---------------------------------------------------------------------


def test_passwords_are_stored_only_as_scrypt_hashes(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], db_path: Path
) -> None:
    secret = "Zhang-Secret-7731"
    user = auth.add_user(
        ctx,
        admin_of(hall),
        username="zhang",
        display_name="张营业",
        staff_no="1001",
        role="clerk",
        password=secret,
    )
    auth.reset_password(ctx, admin_of(hall), user.id, "Zhang-Second-8842")
    auth.login(ctx, "zhang", "Zhang-Second-8842")
    with ctx.read() as s:
        hashes = dict(s.execute(select(User.username, User.password_hash)).tuples().all())
        dumps = [
            repr(row)
            for table in ("users", "audit_entries", "halls")
            for row in s.execute(text(f"SELECT * FROM {table}")).all()
        ]
    pattern = r"scrypt\$16384\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{64}"
    assert all(re.fullmatch(pattern, h) for h in hashes.values()), hashes
    assert verify_password("Zhang-Second-8842", hashes["zhang"])
    assert not verify_password(secret, hashes["zhang"])
    for password in (PASSWORD, secret, "Zhang-Second-8842"):
        assert not any(password in row for row in dumps)
    # Not in the files on disk either (the database and its write-ahead log).
    ctx.close()
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        if path.exists():
            raw = path.read_bytes()
            for password in (PASSWORD, secret, "Zhang-Second-8842"):
                assert password.encode() not in raw, path.name


def test_same_password_gives_different_hashes(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo
) -> None:
    with ctx.read() as s:
        hashes = s.scalars(select(User.password_hash)).all()
    assert len(hashes) == 2 and len(set(hashes)) == 2  # salted


def test_every_user_change_is_audited(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo, clock: Clock
) -> None:
    admin = admin_of(hall)
    auth.set_user_active(ctx, admin, clerk.id, False)
    auth.set_user_active(ctx, admin, clerk.id, True)
    auth.reset_password(ctx, admin, clerk.id, "another-pass-3")
    auth.login(ctx, "zhang", "another-pass-3")
    for _ in range(5):
        wrong(ctx)
    assert actions(ctx) == [
        ("hall.setup", "330101", admin.id),
        ("user.create", "admin", admin.id),
        ("user.create", "zhang", admin.id),
        ("user.disable", "zhang", admin.id),
        ("user.enable", "zhang", admin.id),
        ("user.password", "zhang", admin.id),
        ("user.login", "zhang", clerk.id),
        ("user.locked", "zhang", clerk.id),
    ]
    entries = audit_entries(ctx)
    assert entries[2].detail == {"role": "clerk"}
    assert entries[-1].detail == {"minutes": 5}
    assert all(e.at == START for e in entries)


def assert_chain_verifies(entries: list[AuditEntry]) -> None:
    assert entries, "no audit entries"
    assert entries[0].prev_hash == audit.GENESIS
    for before, entry in itertools.pairwise(entries):
        assert entry.prev_hash == before.hash, f"chain broken at entry {entry.id}"
    for entry in entries:
        recomputed = audit.entry_hash(
            entry.prev_hash,
            entry.at,
            entry.user_id,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.detail,
        )
        assert recomputed == entry.hash, f"entry {entry.id} ({entry.action}) does not verify"
    assert len({e.hash for e in entries}) == len(entries)


def test_audit_entries_chain_and_verify(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo, clock: Clock
) -> None:
    clock.now = START.replace(microsecond=654321)  # dropped before hashing and storing
    auth.set_user_active(ctx, admin_of(hall), clerk.id, False)
    clock.advance(hours=3)
    auth.set_user_active(ctx, admin_of(hall), clerk.id, True)
    auth.login(ctx, "zhang", PASSWORD)
    entries = audit_entries(ctx)
    assert len(entries) == 6
    assert_chain_verifies(entries)


def test_tampering_breaks_the_chain(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo
) -> None:
    with ctx.write() as s:
        s.execute(text("UPDATE audit_entries SET entity_id = 'lisi' WHERE entity_id = 'zhang'"))
    with pytest.raises(AssertionError, match="does not verify"):
        assert_chain_verifies(audit_entries(ctx))


def test_audit_chain_verifies_when_the_clock_is_in_hall_time(ctx: AppContext, clock: Clock) -> None:
    clock.now = START.astimezone(HALL_TZ)
    set_up_hall(ctx)
    assert_chain_verifies(audit_entries(ctx))
