"""An update whose migration fails leaves the store as the old version left it.

A broken migration is added after the real ones (a copy of the migrations folder):
the store must keep its revision, tables and rows, the copy taken before migrating
must be there, and the old program must open the store as before.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session

from counter_app.store import migrate
from counter_app.store.db import open_engine
from counter_app.store.migrate import HEAD_REVISION, MigrationFailedError, ensure_schema
from counter_app.store.models import Sequence

NEXT = f"{int(HEAD_REVISION) + 1:04d}"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[Engine, Path]]:
    path = tmp_path / "data" / "counter.db"
    engine = open_engine(str(path))
    ensure_schema(engine)
    with Session(engine) as s, s.begin():
        s.add(Sequence(name="marker", value=42))
    yield engine, path
    engine.dispose()


def broken_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: list[str]) -> None:
    """The next release's migrations: the real ones and a NEXT that fails half-way."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    lines = [
        "import sqlalchemy as sa",
        "from alembic import op",
        f"revision = {NEXT!r}",
        f"down_revision = {HEAD_REVISION!r}",
        "branch_labels = None",
        "depends_on = None",
        "def upgrade():",
        '    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))',
        '    with op.batch_alter_table("sequences") as batch:',
        '        batch.add_column(sa.Column("extra", sa.Integer))',
        '    op.execute("UPDATE sequences SET value = -1")',
        *(f"    {line}" for line in extra),
        '    raise RuntimeError("a deliberately broken migration")',
        "def downgrade():",
        "    pass",
    ]
    (folder / "versions" / f"{NEXT}_broken.py").write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(migrate, "HEAD_REVISION", NEXT)


def assert_as_the_old_version_left_it(engine: Engine, path: Path) -> None:
    engine.dispose()
    assert migrate.current_revision(engine) == HEAD_REVISION
    tables = set(inspect(engine).get_table_names())
    assert "half_done" not in tables
    assert "extra" not in {c["name"] for c in inspect(engine).get_columns("sequences")}
    with engine.connect() as conn:
        value = conn.execute(text("SELECT value FROM sequences WHERE name='marker'")).scalar()
    assert value == 42
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.parametrize(
    "extra",
    [
        pytest.param([], id="rolled-back"),
        # A migration that commits part of its work (SQLite then cannot roll it back):
        # the store is put back from the copy taken before migrating.
        pytest.param(
            ['op.execute("COMMIT")', 'op.execute("DROP TABLE announcements")'],
            id="half-committed",
        ),
    ],
)
def test_failed_migration_leaves_the_store_for_the_old_version(
    store: tuple[Engine, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: list[str]
) -> None:
    engine, path = store
    with monkeypatch.context() as patched:
        broken_release(tmp_path, patched, extra)
        with pytest.raises(MigrationFailedError) as failed:
            ensure_schema(engine)
    message = str(failed.value)
    backup = failed.value.backup
    assert backup is not None and backup.is_file()
    assert backup.name in message and "旧版本" in message
    assert_as_the_old_version_left_it(engine, path)
    assert "announcements" in inspect(engine).get_table_names()
    # The old program (this one, without the broken migration) opens it as before.
    assert ensure_schema(engine) is None
    # The copy is the store as it was before the update.
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT value FROM sequences WHERE name='marker'").fetchone() == (42,)


def test_the_program_refuses_to_start_with_the_reason(
    store: tuple[Engine, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counter_app.bootstrap import open_context
    from counter_app.services.errors import StartupError

    engine, path = store
    engine.dispose()
    broken_release(tmp_path, monkeypatch, [])
    with pytest.raises(StartupError) as refused:
        open_context(str(path))
    assert "升级" in str(refused.value) and "旧版本" in str(refused.value)
    monkeypatch.undo()
    assert_as_the_old_version_left_it(engine, path)
