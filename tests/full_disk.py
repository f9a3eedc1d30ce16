"""A SQLite store that cannot grow: SQLITE_FULL for real, as on a full disk.

PRAGMA max_page_count caps the file at its present size on every connection the
engine opens from now on; any write that needs a new page then fails with
"database or disk is full".
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, text

from counter_app.services.context import AppContext


def cap_store(ctx: AppContext) -> None:
    with ctx.engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar_one()

    def cap(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA max_page_count = {int(pages)}")
        cursor.close()

    ctx.engine.dispose()  # the pooled connections were opened uncapped
    event.listen(ctx.engine, "connect", cap)
    ctx.__dict__["_uncap"] = cap


def uncap_store(ctx: AppContext) -> None:
    event.remove(ctx.engine, "connect", ctx.__dict__.pop("_uncap"))
    ctx.engine.dispose()
