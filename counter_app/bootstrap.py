"""The composition root: start-up of a store and the hall's rules, above the services.

``open_context`` reads and checks every rules file (domain/rules.py), opens (and if
needed migrates) the store and installs the services' guards on it. It lives here,
not in services/context.py, because it needs services that themselves need the
context (integrity, marks, input_guard, calendar_import): from above, no service
has to import another lazily to close the circle.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from counter_app.domain.rules import RulesError, load_rules
from counter_app.resources import resources_dir
from counter_app.services.audit_details import record_bills
from counter_app.services.calendar_import import load_calendar
from counter_app.services.context import AppContext
from counter_app.services.errors import StartupError
from counter_app.services.input_guard import guard_input
from counter_app.services.integrity import startup_check
from counter_app.services.marks import keep_marks
from counter_app.store.db import open_engine, session_factory, sqlite_path
from counter_app.store.local_disk import NetworkStoreError
from counter_app.store.migrate import (
    MigrationFailedError,
    SchemaTooNewError,
    current_revision,
    ensure_schema,
)
from counter_app.store.models import Arrears

# From this schema on, every arrears row is matched with the audit entry that set it.
ARREARS_AUDITED = "0008"


def _arrears_baseline(ctx: AppContext) -> None:
    """A store upgraded from before 0008: its arrears as they stand become the baseline
    (one ``arrears.seed`` entry), so `check` matches later changes against it."""
    with ctx.write() as s:
        bills = list(s.scalars(select(Arrears).order_by(Arrears.id)))
        if bills:
            record_bills(s, ctx.clock(), f"升级到数据库版本 {ARREARS_AUDITED} 时的欠费", bills)


def open_context(
    db_url: str,
    workflows_dir: Path | None = None,
    backup_folder: Path | None = None,
    *,
    resources: Path | None = None,
) -> AppContext:
    """Open (and if needed migrate) the store and load the rules files; StartupError if not.

    ``resources`` is the folder of the rules files (default: the shipped resources/).
    A damaged SQLite store (PRAGMA quick_check) is not opened; the error names the
    latest backup in ``backup_folder`` when given.
    """
    try:
        rules = load_rules(resources or resources_dir(), workflows_dir)
    except RulesError as exc:
        raise StartupError(str(exc)) from None
    try:
        engine = open_engine(db_url)
    except NetworkStoreError as exc:
        raise StartupError(str(exc)) from None
    try:
        startup_check(engine, backup_folder)
        found = current_revision(engine)
        ensure_schema(engine)
    except (SchemaTooNewError, MigrationFailedError) as exc:
        engine.dispose()
        raise StartupError(str(exc)) from None
    except BaseException:
        engine.dispose()
        raise
    ctx = AppContext(engine, session_factory(engine), rules, open_store=open_context)
    guard_input(ctx.sessions)  # lengths and control characters of every stored text
    store = sqlite_path(str(engine.url))
    if store is not None:
        keep_marks(ctx.sessions, store)
    if found is not None and found < ARREARS_AUDITED:
        _arrears_baseline(ctx)
    ctx.calendar = load_calendar(ctx)
    return ctx
