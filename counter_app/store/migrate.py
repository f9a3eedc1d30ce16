"""Bring the schema to the current revision at start-up, after a backup copy.

When the schema is already current (every start but the first after an
update) this costs one query and imports no Alembic. When a migration fails,
the SQLite store is put back from that copy (SQLite rolls back most of a failed
migration, not a part a migration committed), so the old version of the
program still opens it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from counter_app.store.backup import backup_sqlite, copy_back
from counter_app.store.db import sqlite_path

if TYPE_CHECKING:  # Alembic is imported only when a migration is due
    from alembic.config import Config

# The newest revision in migrations/versions; tests/store checks they agree.
# Beware: a batch migration of customers, accounts or applications rebuilds the
# table on SQLite and drops its FTS triggers; such a migration must recreate them
# (see create_search_index in 0002).
HEAD_REVISION = "0012"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class SchemaTooNewError(Exception):
    def __init__(self, found: str) -> None:
        super().__init__(
            f"数据库版本（{found}）比本程序新。请安装最新版本的柜台助手后再打开这个数据库。"
        )


class MigrationFailedError(Exception):
    """A migration failed; the store is as the old version left it (``backup``: the copy)."""

    def __init__(self, found: str | None, backup: Path | None, reason: BaseException) -> None:
        self.backup = backup
        kept = f"升级前的副本 {backup.name} 保存在数据库所在的文件夹。" if backup else ""
        super().__init__(
            f"数据库从版本 {found or '（空）'} 升级到 {HEAD_REVISION} 时失败"
            f"（{type(reason).__name__}: {reason}）。数据库已恢复为升级前的样子，"
            f"可以重新安装旧版本的柜台助手继续使用；{kept}请把这条信息告诉管理员。"
        )


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def ensure_schema(engine: Engine) -> Path | None:
    """Upgrade to HEAD_REVISION if needed; returns the backup taken, if any."""
    found = current_revision(engine)
    if found == HEAD_REVISION:
        return None
    if found is not None and not _known_revision(found):
        raise SchemaTooNewError(found)
    backup = None
    path = sqlite_path(str(engine.url))
    if found is not None and path is not None and path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_sqlite(
            path, path.with_name(f"{path.stem}.before-{HEAD_REVISION}-{stamp}.db")
        )
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), "head")
    except Exception as exc:
        engine.dispose()  # no pooled connection keeps a half-migrated page cache
        if backup is not None and path is not None:
            copy_back(backup, path)
        raise MigrationFailedError(found, backup, exc) from exc
    return backup


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())
