"""What every use case needs: the store, the hall's rules and a clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.clock import utc_now
from counter_app.domain.exercises import ExerciseError, load_exercises
from counter_app.domain.holidays import HolidayRuleError, load_holiday_rule
from counter_app.domain.policy import Policy, PolicyError, load_policy
from counter_app.domain.queueing import QueueDataError, load_queue_config
from counter_app.domain.workflow import DefinitionError, WorkflowDefinition, load_definitions
from counter_app.resources import resource
from counter_app.services.errors import StartupError
from counter_app.store.db import READ_ONLY, open_engine, session_factory, sqlite_path
from counter_app.store.migrate import SchemaTooNewError, current_revision, ensure_schema


@dataclass
class AppContext:
    engine: Engine
    sessions: sessionmaker[Session]
    workflows: dict[str, WorkflowDefinition]
    policy: Policy
    calendar: WorkingCalendar = field(default_factory=WorkingCalendar)
    clock: Callable[[], datetime] = utc_now
    # Training mode (现场服务模拟): a separate store; documents carry 培训, nothing is exported.
    training: bool = False
    # Sessions for read(): on SQLite they BEGIN without taking the write lock (store/db.py).
    readers: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        read_only = self.engine.execution_options(**{READ_ONLY: True})
        self.readers = sessionmaker(read_only, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading: its transaction (begun on first use) takes no write
        lock on SQLite and is rolled back at the end, so nothing written in it stays."""
        with self.readers() as session:
            yield session

    @property
    def database(self) -> str:
        """What the status bar shows: the file for SQLite, the URL without password otherwise."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite" and url.database:
            return url.database
        return url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


# From this schema on, every arrears row is matched with the audit entry that set it.
ARREARS_AUDITED = "0008"


def _arrears_baseline(ctx: AppContext) -> None:
    """A store upgraded from before 0008: its arrears as they stand become the baseline
    (one ``arrears.seed`` entry), so `check` matches later changes against it."""
    from sqlalchemy import select

    from counter_app.services.audit_details import record_bills
    from counter_app.store.models import Arrears

    with ctx.write() as s:
        bills = list(s.scalars(select(Arrears).order_by(Arrears.id)))
        if bills:
            record_bills(s, ctx.clock(), f"升级到数据库版本 {ARREARS_AUDITED} 时的欠费", bills)


def open_context(
    db_url: str, workflows_dir: Path | None = None, backup_folder: Path | None = None
) -> AppContext:
    """Open (and if needed migrate) the store and load the data files; StartupError if not.

    A damaged SQLite store (PRAGMA quick_check) is not opened; the error names the
    latest backup in ``backup_folder`` when given.
    """
    try:
        workflows = load_definitions(workflows_dir or resource("workflows"))
        policy = load_policy(resource("policy.toml"))
        load_queue_config(resource("queue.toml"))  # a bad file stops start-up, named
        load_holiday_rule(resource("holidays.toml"))
        load_exercises(resource("training/exercises.toml"), workflows)
    except (DefinitionError, PolicyError, QueueDataError, ExerciseError, HolidayRuleError) as exc:
        raise StartupError(str(exc)) from None
    engine = open_engine(db_url)
    try:
        from counter_app.services.integrity import startup_check

        startup_check(engine, backup_folder)
        found = current_revision(engine)
        ensure_schema(engine)
    except SchemaTooNewError as exc:
        engine.dispose()
        raise StartupError(str(exc)) from None
    except BaseException:
        engine.dispose()
        raise
    ctx = AppContext(engine, session_factory(engine), workflows, policy)
    from counter_app.services.input_guard import guard_input

    guard_input(ctx.sessions)  # lengths and control characters of every stored text
    store = sqlite_path(str(engine.url))
    if store is not None:
        from counter_app.services.marks import keep_marks

        keep_marks(ctx.sessions, store)
    if found is not None and found < ARREARS_AUDITED:
        _arrears_baseline(ctx)
    from counter_app.services.calendar_import import load_calendar

    ctx.calendar = load_calendar(ctx)
    return ctx
