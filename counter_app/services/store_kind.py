"""Which kind of store this is: the training store or a demo store, by a marker row.

A row in ``sequences`` marks the file (no migration needed): ``training-store`` is
written by the training store (demo/training_store.py), ``demo-store`` by
`counter-app demo` on a store it made. The services read the marks (the export refuses
the training store) but never make such a store: the demo layer, above them, does.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import Sequence

TRAINING_MARKER = "training-store"
DEMO_MARKER = "demo-store"


def is_training_session(s: Session) -> bool:
    return s.get(Sequence, TRAINING_MARKER) is not None


def is_training_store(ctx: AppContext) -> bool:
    """True in training mode or on a store marked as the training store."""
    if ctx.training:
        return True
    with ctx.read() as s:
        return is_training_session(s)


def refuse_in_training(ctx: AppContext, what: str) -> None:
    if is_training_store(ctx):
        raise UserError(
            f"这是培训数据库（现场服务模拟），其中的数据不得{what}。请退出培训模式后再操作。"
        )
