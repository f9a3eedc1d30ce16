"""An application's row: found by its number, or written when a business is accepted.

Accepting at the counter (applications), a disconnection registered and the
reconnection a payment opens (reconnection) all write the same shape: step 1 (受理)
done at acceptance, the next step current, the steps' due dates as the caller
planned them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.masking import mask_name
from counter_app.services.errors import NotFound
from counter_app.store.models import Application, ApplicationStep, Customer, Hall

__all__ = ["PlannedStep", "load_application", "new_application"]

PlannedStep = tuple[str, str, int, date]  # code, name, limit in days, due date


def load_application(s: Session, application_no: str) -> Application:
    """The application of that number, or NotFound (what the clerk typed or clicked is gone)."""
    app = s.scalar(select(Application).where(Application.application_no == application_no))
    if app is None:
        raise NotFound("找不到受理编号 {application_no}", application_no=application_no)
    return app


def new_application(
    s: Session,
    now: datetime,
    steps: Sequence[PlannedStep],
    *,
    status: str,
    capacity_kw: Decimal | None = None,
    **fields: Any,
) -> Application:
    """An application accepted now with its ``steps``, added and flushed (its id is known).

    ``fields`` are the row's own: number, hall, business, customer, account, visit,
    clerk, address, details, promised date. A business accepted as already done
    (``status`` "completed") is completed now.
    """
    app = Application(
        **fields,
        status=status,
        current_step=steps[min(1, len(steps) - 1)][0],
        capacity_kw=capacity_kw,
        accepted_at=now,
        completed_at=now if status == "completed" else None,
        updated_at=now,
    )
    for seq, (code, name, limit_days, due) in enumerate(steps, start=1):
        app.steps.append(
            ApplicationStep(
                seq=seq,
                code=code,
                name=name,
                limit_days=limit_days,
                due_date=due,
                completed_at=now if seq == 1 else None,
            )
        )
    s.add(app)
    s.flush()
    return app


class PaperHead(TypedDict):
    """What every paper about an application starts with (the slip, the correction notice)."""

    hall_name: str
    hall_address: str
    hall_phone: str
    hotline: str
    application_no: str
    business_name: str
    customer_name: str


def paper_head(hall: Hall, app: Application, customer: Customer, hotline: str) -> PaperHead:
    """The hall, the supervision hotline, the application and the customer's name, masked."""
    return PaperHead(
        hall_name=hall.name,
        hall_address=hall.address,
        hall_phone=hall.phone,
        hotline=hotline,
        application_no=app.application_no,
        business_name=app.business_name,
        customer_name=mask_name(customer.name),
    )
