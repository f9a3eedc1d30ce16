"""Sixteen guessers at once cannot get more password checks than the lockout allows.

On PostgreSQL the count used to be read, then written back: 64 parallel wrong
guesses in four waves got no lockout and a count of 4. Each guess here runs in its
own thread with its own connection; the password checks actually made are counted.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from support import PASSWORD

from counter_app.services import auth
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import AuthError
from counter_app.store.models import AuditEntry, User

GUESSERS, WAVES = 16, 4
NOW = datetime(2026, 12, 6, 1, 0, tzinfo=UTC)


def test_sixteen_parallel_guessers_get_no_more_than_the_allowed_tries(
    ctx: AppContext, clerk: UserInfo, monkeypatch: object, backend: str
) -> None:
    ctx.clock = lambda: NOW
    checked = 0
    lock = threading.Lock()
    real_verify = auth.verify_password

    def counting_verify(password: str, stored: str) -> bool:
        nonlocal checked
        with lock:
            checked += 1
        return real_verify(password, stored)

    monkeypatch.setattr(auth, "verify_password", counting_verify)  # type: ignore[attr-defined]
    start = threading.Barrier(GUESSERS)

    def guess(n: int) -> str:
        start.wait()
        try:
            auth.login(ctx, "zhang", f"wrong-guess-{n}")
        except AuthError as exc:
            return exc.message
        return "logged in"

    answers: list[str] = []
    with ThreadPoolExecutor(GUESSERS) as pool:
        for _wave in range(WAVES):
            answers += pool.map(guess, range(GUESSERS))
    allowed = ctx.policy.max_failed_logins
    print(
        f"\n{backend}: {GUESSERS * WAVES} guesses in {WAVES} waves of {GUESSERS}: "
        f"{checked} password checks (allowed {allowed}), "
        f"{sum('已锁定' in a for a in answers)} told the account is locked"
    )
    assert "logged in" not in answers
    assert checked <= allowed
    with ctx.read() as s:
        user = s.get_one(User, clerk.id)
        assert user.locked_until is not None and user.locked_until > NOW
        locks = s.query(AuditEntry).filter(AuditEntry.action == "user.locked").count()
    assert locks == 1
    # The right password is refused while the lock lasts.
    try:
        auth.login(ctx, "zhang", PASSWORD)
    except AuthError as exc:
        assert "锁定" in exc.message
    else:  # pragma: no cover - the failure this test is for
        raise AssertionError("logged in during the lock")
