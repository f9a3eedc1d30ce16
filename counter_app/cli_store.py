"""Running a command's work on the hall's store: opened, the work done, closed.

One place says what a store that cannot be opened (exit 2) and a refusal of the
services (exit 1, the message on stderr) mean for every command, so each handler
holds only its own work. Imports nothing heavy until a command runs: the services
and SQLAlchemy load inside ``on_store``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from counter_app.services.context import AppContext

UNOPENED, REFUSED = 2, 1


def on_store(
    db: str,
    work: Callable[[AppContext], int],
    refused: str = "",
    unopened: str = "",
    unopened_exit: int = UNOPENED,
) -> int:
    """``work(ctx)``'s exit status on the opened store, which is closed afterwards.

    A store that cannot be opened: its reason on stderr (after ``unopened``), exit 2
    (``unopened_exit``). A ``UserError`` out of ``work``: its message on stderr (after
    ``refused``), exit 1.
    """
    from counter_app.bootstrap import open_context
    from counter_app.services.errors import StartupError, UserError

    try:
        ctx = open_context(db)
    except StartupError as exc:
        print(f"{unopened}{exc}", file=sys.stderr)
        return unopened_exit
    try:
        return work(ctx)
    except UserError as exc:
        print(f"{refused}{exc.message}", file=sys.stderr)
        return REFUSED
    finally:
        ctx.close()
