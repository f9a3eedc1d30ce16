"""Bring the schema to the current revision at start-up, after a backup copy.

When the schema is already current (every start but the first after an
update) this costs one query and imports no Alembic.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from counter_app.store.backup import backup_sqlite
from counter_app.store.db import sqlite_path

if TYPE_CHECKING:  # Alembic is imported only when a migration is due
    from alembic.config import Config

# The newest revision in migrations/versions; tests/store checks they agree.
# Beware: a batch migration of customers, accounts or applications rebuilds the
# table on SQLite and drops its FTS triggers; such a migration must recreate them
# (see create_search_index in 0002).
HEAD_REVISION = "0009"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class SchemaTooNewError(Exception):
    def __init__(self, found: str) -> None:
        super().__init__(
            f"数据库版本（{found}）比本程序新。请安装最新版本的柜台助手后再打开这个数据库。"
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

    command.upgrade(alembic_config(engine), "head")
    return backup


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())
