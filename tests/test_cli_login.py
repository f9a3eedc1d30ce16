"""The command line asks who you are: every command on a hall's data wants a login of a
role the permissions table allows, refusals are audited, and `demo` fills only a store
it made itself. Run in-process through ``counter_app.cli.main`` with no terminal."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from support import PASSWORD, add_owing_account

from counter_app import demo
from counter_app.bootstrap import open_context
from counter_app.cli import main
from counter_app.cli_login import LOGIN_FILE_ENV
from counter_app.services import auth, backups, payments
from counter_app.services.payments import PaymentRequest
from counter_app.store.models import AuditEntry, Base, Customer, Payment, Sequence, User

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLES = REPO_ROOT / "resources" / "samples"
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 in the hall
ACCOUNT = "330101000777"


@dataclass
class Store:
    db: Path
    folder: Path
    backup: Path
    ids: dict[str, int]


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No terminal, no inherited login file; main() sets umask 077: put it back after."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.delenv(LOGIN_FILE_ENV, raising=False)
    monkeypatch.delenv("COUNTER_APP_DB", raising=False)
    umask = os.umask(0o022)
    os.umask(umask)
    yield
    os.umask(umask)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A real hall: an administrator, a supervisor, a clerk, a payment and a backup."""
    db = tmp_path / "hall" / "counter.db"
    ctx = open_context(str(db))
    ctx.clock = lambda: NOW
    try:
        _hall, admin = auth.setup_hall(
            ctx,
            code="330101",
            name="城关供电营业厅",
            address="城关镇人民路1号",
            phone="0571-12345678",
            admin_username="wang",
            admin_name="王管理",
            admin_staff_no="A001",
            password=PASSWORD,
        )
        ids = {"wang": admin.id}
        for username, role in (("li", "supervisor"), ("zhang", "clerk")):
            user = auth.add_user(
                ctx,
                admin,
                username=username,
                display_name=username,
                staff_no=f"{len(ids)}00",
                role=role,
                password=PASSWORD,
            )
            ids[username] = user.id
        with ctx.write() as s:
            add_owing_account(s, NOW, ACCOUNT)
        clerk = next(u for u in auth.list_users(ctx) if u.username == "zhang")
        payments.take_payment(ctx, clerk, "1", PaymentRequest(ACCOUNT, Decimal("0"), Decimal("50")))
        usb = tmp_path / "usb"
        usb.mkdir()
        backup = backups.backup_now(ctx, usb, 5, admin.id)
    finally:
        ctx.close()
    return Store(db, tmp_path, backup, ids)


def login_file(folder: Path, username: str, password: str = PASSWORD, mode: int = 0o600) -> Path:
    path = folder / f"login-{username}.txt"
    path.write_text(f"{username}\n{password}\n", encoding="utf-8")
    path.chmod(mode)
    return path


def as_user(
    monkeypatch: pytest.MonkeyPatch, folder: Path, username: str, password: str = PASSWORD
) -> None:
    monkeypatch.setenv(LOGIN_FILE_ENV, str(login_file(folder, username, password)))


def calendar_book(folder: Path) -> Path:
    book = Workbook()
    book.active.append(["日期", "类型"])
    book.active.append(["2027-01-01", "节假日"])
    path = folder / "calendar.xlsx"
    book.save(path)
    return path


def command(name: str, store: Store) -> list[str]:
    out = store.folder / "out"
    out.mkdir(exist_ok=True)
    return {
        "export": ["export", "--out", str(out)],
        "import-arrears": ["import-arrears", str(SAMPLES / "arrears_sample.xlsx")],
        "import-fees": ["import-fees", str(SAMPLES / "fee_schedule_sample.xlsx")],
        "import-calendar": ["import-calendar", str(calendar_book(store.folder))],
        "backup": ["backup", "--to", str(store.backup.parent)],
        "restore": ["restore", str(store.backup), "--yes"],
        "check": ["check"],
    }[name]


# Each protected command and the least role its action allows (domain/permissions.py).
LEAST = {
    "export": "supervisor",
    "backup": "supervisor",
    "check": "supervisor",
    "import-arrears": "admin",
    "import-fees": "admin",
    "import-calendar": "admin",
    "restore": "admin",
}
LOGIN_OF = {"supervisor": "li", "admin": "wang"}


def run(store: Store, argv: list[str]) -> int:
    return main(["--db", str(store.db), *argv])


def business(db: Path) -> dict[str, int]:
    """Every table's row count but the audit trail's, and the audit trail's actions."""
    ctx = open_context(str(db))
    try:
        with ctx.read() as s:
            counts = {
                t.name: s.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables
                if t.name != AuditEntry.__tablename__
            }
            counts["payments_total"] = len(list(s.scalars(select(Payment.receipt_no))))
        return counts
    finally:
        ctx.close()


def audit_after(db: Path, first_id: int) -> list[AuditEntry]:
    ctx = open_context(str(db))
    try:
        with ctx.read() as s:
            query = select(AuditEntry).where(AuditEntry.id > first_id).order_by(AuditEntry.id)
            return list(s.scalars(query))
    finally:
        ctx.close()


def last_audit_id(db: Path) -> int:
    ctx = open_context(str(db))
    try:
        with ctx.read() as s:
            return s.scalar(select(func.max(AuditEntry.id))) or 0
    finally:
        ctx.close()


def refused_entries(db: Path, since: int) -> list[AuditEntry]:
    return [e for e in audit_after(db, since) if e.action == "cli.refused"]


@pytest.mark.parametrize("name", sorted(LEAST))
def test_refused_without_a_login(
    store: Store, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before, since = business(store.db), last_audit_id(store.db)
    assert run(store, command(name, store)) == 2
    err = capsys.readouterr().err
    assert "需要登录" in err and LOGIN_FILE_ENV in err and "Traceback" not in err
    assert business(store.db) == before  # the store is as it was
    (entry,) = audit_after(store.db, since)  # and says someone tried
    assert (entry.action, entry.entity_id, entry.user_id) == ("cli.refused", name, None)
    assert entry.detail["username"] == ""
    assert list((store.folder / "out").iterdir()) == []


@pytest.mark.parametrize("name", sorted(LEAST))
def test_refused_with_a_wrong_password(
    store: Store, name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before, since = business(store.db), last_audit_id(store.db)
    as_user(monkeypatch, store.folder, "wang", "not-the-password")
    assert run(store, command(name, store)) == 1
    assert "用户名或密码不正确" in capsys.readouterr().err
    assert business(store.db) == before
    (entry,) = refused_entries(store.db, since)
    assert (entry.entity_id, entry.user_id) == (name, store.ids["wang"])
    assert entry.detail["username"] == "wang"


@pytest.mark.parametrize("name", sorted(LEAST))
def test_refused_with_a_role_too_low(
    store: Store, name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lower = ["zhang"] if LEAST[name] == "supervisor" else ["zhang", "li"]
    before = business(store.db)
    for username in lower:
        since = last_audit_id(store.db)
        as_user(monkeypatch, store.folder, username)
        assert run(store, command(name, store)) == 1
        err = capsys.readouterr().err
        wanted = "值班长或更高角色" if LEAST[name] == "supervisor" else "须由管理员登录"
        assert f"（{username}）是" in err and wanted in err, err
        (entry,) = refused_entries(store.db, since)
        assert (entry.entity_id, entry.user_id) == (name, store.ids[username])
    assert business(store.db) == before


@pytest.mark.parametrize("name", sorted(LEAST))
def test_accepted_with_the_right_login(
    store: Store, name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    username = LOGIN_OF[LEAST[name]]
    since = last_audit_id(store.db)
    as_user(monkeypatch, store.folder, username)
    assert run(store, command(name, store)) == 0, capsys.readouterr().err
    # A restore takes the audit trail back to the backup's (made before its own entry).
    entries = audit_after(store.db, since - 1 if name == "restore" else since)
    assert not [e for e in entries if e.action == "cli.refused"]
    assert entries[0].action in ("user.login", "backup.restore")
    # What the command did is recorded under the user who logged in.
    done = {
        "export": "export.batch",
        "backup": "backup.create",
        "restore": "backup.restore",
        "import-arrears": "arrears.import",
        "import-fees": "fees.import",
        "import-calendar": "calendar.import",
    }.get(name)
    if done is not None:
        mine = [e for e in entries if e.action == done]
        assert mine and mine[-1].user_id == store.ids[username], [e.action for e in entries]


def test_restore_of_the_newest_backup_needs_no_loss_confirmation(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The restore's own sign-in comes after the backup: no business is lost by it.
    as_user(monkeypatch, store.folder, "wang")
    assert run(store, ["restore", str(store.backup), "--yes"]) == 0
    out = capsys.readouterr()
    assert "已用备份恢复数据库" in out.out and "--accept-loss" not in out.err


def test_a_login_file_others_can_read_is_refused(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    since = last_audit_id(store.db)
    login = login_file(store.folder, "wang", mode=0o644)
    monkeypatch.setenv(LOGIN_FILE_ENV, str(login))
    assert run(store, ["check"]) == 2
    err = capsys.readouterr().err
    assert "0644" in err and f"chmod 600 {login}" in err and "其他用户" in err
    (entry,) = audit_after(store.db, since)
    assert entry.action == "cli.refused" and entry.entity_id == "check"
    login.chmod(0o600)
    assert run(store, ["check"]) == 0


def test_a_login_file_in_the_wrong_shape_is_refused(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    login = store.folder / "login.txt"
    login.write_text("wang\n", encoding="utf-8")
    login.chmod(0o600)
    monkeypatch.setenv(LOGIN_FILE_ENV, str(login))
    assert run(store, ["check"]) == 2
    assert "第一行应为用户名，第二行为密码" in capsys.readouterr().err
    monkeypatch.setenv(LOGIN_FILE_ENV, str(store.folder / "missing.txt"))
    assert run(store, ["check"]) == 2
    assert "无法读取登录文件" in capsys.readouterr().err


def test_at_a_terminal_the_user_name_and_password_are_asked(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    asked: list[str] = []
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "li")
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSWORD)
    assert run(store, ["check"]) == 0
    assert asked == ["用户名：", "密码："]
    assert "全部检查通过" in capsys.readouterr().out


def test_wrong_passwords_lock_the_account_here_too(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    as_user(monkeypatch, store.folder, "li", "guess-guess")
    for _ in range(5):  # policy.toml max_failed_logins
        assert run(store, ["check"]) == 1
    as_user(monkeypatch, store.folder, "li")
    assert run(store, ["check"]) == 1
    assert "账户已锁定" in capsys.readouterr().err.splitlines()[-1]


def test_a_store_that_does_not_exist_is_not_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    as_user(monkeypatch, tmp_path, "wang")
    db = tmp_path / "typo" / "counter.db"
    assert main(["--db", str(db), "backup", "--to", str(tmp_path)]) == 2
    assert "不存在" in capsys.readouterr().err
    assert not db.exists()


def test_hq_load_refuses_a_halls_store_and_needs_no_login(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    before = business(store.db)
    assert main(["hq-load", str(store.folder / "any.xlsx"), "--db", str(store.db)]) == 1
    assert "是营业厅的数据库" in capsys.readouterr().err
    assert business(store.db) == before


# -- demo --------------------------------------------------------------------------------

DEMO = ["demo", "--customers", "12", "--visits", "20", "--days", "7", "--seed", "3"]


def counts(db: Path) -> tuple[int, int, int, int]:
    ctx = open_context(str(db))
    try:
        with ctx.read() as s:
            return tuple(  # type: ignore[return-value]
                s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Customer, Payment, User, AuditEntry)
            )
    finally:
        ctx.close()


def test_demo_refuses_a_real_store_and_writes_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before, everything = counts(store.db), business(store.db)
    for login in (None, "wang"):  # not even its administrator may
        if login:
            as_user(monkeypatch, store.folder, login)
        assert run(store, DEMO) == 1
        err = capsys.readouterr().err
        assert "不是演示程序建立的演示数据库" in err and "没有写入任何数据" in err
        assert counts(store.db) == before  # customers, payments, users, audit entries
        assert business(store.db) == everything


def test_demo_fills_an_empty_store_then_only_for_its_administrator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo" / "counter.db"
    # A store never set up, where a command was refused once: still empty.
    open_context(str(db)).close()
    assert main(["--db", str(db), "check"]) == 2
    capsys.readouterr()
    assert main(["--db", str(db), *DEMO]) == 0  # nobody to log in: none asked
    out = capsys.readouterr().out
    assert f"密码：{demo.DEMO_PASSWORD}" in out or demo.DEMO_PASSWORD in out
    ctx = open_context(str(db))
    try:
        with ctx.read() as s:
            assert s.get(Sequence, demo.DEMO_MARKER) is not None
    finally:
        ctx.close()
    customers = counts(db)[0]
    # Its own store again: its administrator logs in; no one else.
    assert main(["--db", str(db), *DEMO]) == 2
    assert "需要登录" in capsys.readouterr().err
    as_user(monkeypatch, tmp_path, "clerk1", demo.DEMO_PASSWORD)
    assert main(["--db", str(db), *DEMO]) == 1
    assert "须由管理员登录" in capsys.readouterr().err
    as_user(monkeypatch, tmp_path, "admin", demo.DEMO_PASSWORD)
    assert main(["--db", str(db), *DEMO]) == 0, capsys.readouterr().err
    assert counts(db)[0] == customers + 12
    assert "演示数据已填充" in capsys.readouterr().out


def test_demo_passes_a_training_store(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counter_app.demo.training_store import open_training_store

    real = open_context(str(store.db))
    real.clock = lambda: NOW
    exercises = list(real.rules.exercises)
    train = open_training_store(real, tmp_path / "training.db", exercises, customers=10, visits=10)
    train.close()
    real.close()
    as_user(monkeypatch, tmp_path, "wang")
    assert main(["--db", str(tmp_path / "training.db"), *DEMO]) == 0


# Halls with several counters keep their store on PostgreSQL: the same login there.
BACKENDS = ["sqlite", "pg"] if os.environ.get("COUNTER_TEST_PG") else ["sqlite"]


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_refusal_is_recorded_with_whatever_name_was_given(ctx, hall) -> None:  # type: ignore[no-untyped-def]
    from counter_app.services import integrity

    admin = hall[1]
    auth.record_refusal(ctx, f"  {admin.username} ", "export", "角色不够")
    auth.record_refusal(ctx, "x\x00y" * 30, "backup", "密码错误")  # typed or read from a file
    with ctx.read() as s:
        known, unknown = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "cli.refused").order_by(AuditEntry.id)
        )
        assert (known.user_id, known.entity_id, known.detail["username"]) == (
            admin.id,
            "export",
            admin.username,
        )
        assert known.detail["why"] == "角色不够"
        assert unknown.user_id is None and unknown.detail["username"] == ("xy" * 20)
    assert integrity.verify_audit_chain(ctx).ok


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_the_login_on_either_database(  # type: ignore[no-untyped-def]
    ctx, db_url: str, hall, tmp_path: Path, monkeypatch, capsys
) -> None:
    supervisor = auth.add_user(
        ctx,
        hall[1],
        username="li",
        display_name="李值班",
        staff_no="S001",
        role="supervisor",
        password=PASSWORD,
    )
    out = tmp_path / "out"
    out.mkdir()
    assert main(["--db", db_url, "export", "--out", str(out)]) == 2
    as_user(monkeypatch, tmp_path, "li", "wrong-wrong")
    assert main(["--db", db_url, "export", "--out", str(out)]) == 1
    as_user(monkeypatch, tmp_path, "li")
    assert main(["--db", db_url, "export", "--out", str(out)]) == 0, capsys.readouterr().err
    with ctx.read() as s:
        actions = list(
            s.execute(
                select(AuditEntry.action, AuditEntry.user_id)
                .where(AuditEntry.action != "user.create", AuditEntry.id > 2)
                .order_by(AuditEntry.id)
            ).tuples()
        )
    assert actions[:2] == [("cli.refused", None), ("cli.refused", supervisor.id)]
    assert ("export.batch", supervisor.id) in actions
    assert len(list(out.iterdir())) == 1


def test_a_store_that_cannot_be_opened_is_restored_by_an_administrator_of_the_backup(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store.db.write_bytes(b"not a database at all " * 500)  # the damage restore is for
    for suffix in ("-wal", "-shm"):
        Path(f"{store.db}{suffix}").unlink(missing_ok=True)
    # The marks know of the backup's own entry, which the damaged store cannot show.
    argv = ["restore", str(store.backup), "--yes", "--accept-loss"]
    assert run(store, argv) == 2  # no login: nothing replaced
    assert store.db.read_bytes().startswith(b"not a database")
    as_user(monkeypatch, store.folder, "li")  # the backup's supervisor: not enough
    assert run(store, argv) == 1
    assert "须由管理员登录" in capsys.readouterr().err
    assert store.db.read_bytes().startswith(b"not a database")
    as_user(monkeypatch, store.folder, "wang")
    assert run(store, argv) == 0, capsys.readouterr().err
    assert business(store.db)["payments"] == 1
    (entry,) = [e for e in audit_after(store.db, 0) if e.action == "backup.restore"]
    assert entry.user_id == store.ids["wang"]
