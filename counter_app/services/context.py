"""What every use case needs: the store, the hall's rules and a clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.clock import utc_now
from counter_app.domain.policy import Policy
from counter_app.domain.rules import Rules
from counter_app.domain.workflow import WorkflowDefinition
from counter_app.store.db import READ_ONLY


@dataclass
class AppContext:
    engine: Engine
    sessions: sessionmaker[Session]
    # Every rules file, parsed and checked once at start-up (domain/rules.py).
    rules: Rules
    calendar: WorkingCalendar = field(default_factory=WorkingCalendar)
    clock: Callable[[], datetime] = utc_now
    # Training mode (现场服务模拟): a separate store; documents carry 培训, nothing is exported.
    training: bool = False
    # Sessions for read(): on SQLite they BEGIN without taking the write lock (store/db.py).
    readers: sessionmaker[Session] = field(init=False, repr=False)
    # Opens another store the way this one was opened (the training store): set by the
    # composition root (counter_app/bootstrap.py), which the services do not import.
    open_store: Callable[[str], AppContext] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        read_only = self.engine.execution_options(**{READ_ONLY: True})
        self.readers = sessionmaker(read_only, expire_on_commit=False)

    @property
    def workflows(self) -> dict[str, WorkflowDefinition]:
        return self.rules.workflows

    @property
    def policy(self) -> Policy:
        return self.rules.policy

    @policy.setter
    def policy(self, value: Policy) -> None:
        self.rules = replace(self.rules, policy=value)

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
