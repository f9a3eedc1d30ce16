"""The visit sheets of a plan (走访记录表) as a PDF: the data printing/visit_sheet.py lays
out, with the customer's details masked as on every paper that leaves the hall."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from counter_app.domain.masking import mask_account, mask_address, mask_name, mask_phone
from counter_app.printing import printouts
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.services.visit_plans import survey_of
from counter_app.store.models import Account, Customer, Hall, User, VisitPlan, VisitTarget

if TYPE_CHECKING:
    from counter_app.printing.visit_sheet import VisitSheet

__all__ = ["print_visit_sheets", "visit_sheet"]


def visit_sheet(
    ctx: AppContext, plan_no: str, target_ids: Sequence[int] | None = None
) -> VisitSheet:
    """The sheet of ``plan_no`` for ``target_ids`` (default: every customer not yet
    visited), masked, ready for printing.visit_sheet."""
    from counter_app.printing import visit_sheet as printed

    with ctx.read() as s:
        plan = s.scalar(select(VisitPlan).where(VisitPlan.plan_no == plan_no.strip()))
        if plan is None:
            raise NotFound("走访计划 {plan_no} 不存在", plan_no=plan_no)
        survey = survey_of(ctx, plan.survey_code)
        hall = s.get_one(Hall, plan.hall_id)
        query = select(VisitTarget).where(VisitTarget.plan_id == plan.id)
        if target_ids is None:
            query = query.where(VisitTarget.status != "done")
        else:
            query = query.where(VisitTarget.id.in_(list(target_ids)))
        targets = s.scalars(query.order_by(VisitTarget.visitor_id, VisitTarget.id)).all()
        if target_ids is not None and len(targets) != len(set(target_ids)):
            raise UserError("所选客户不都在走访计划 {plan_no} 中", plan_no=plan.plan_no)
        customers = []
        for t in targets:
            customer = s.get_one(Customer, t.customer_id)
            account = s.get_one(Account, t.account_id)
            visitor = s.get(User, t.visitor_id) if t.visitor_id is not None else None
            customers.append(
                printed.SheetCustomer(
                    account_no=mask_account(account.account_no),
                    name=mask_name(customer.name),
                    phone=mask_phone(customer.mobile) if customer.mobile else "",
                    address=mask_address(account.address),
                    visitor=f"{visitor.display_name}（{visitor.staff_no}）" if visitor else "",
                    reason=t.reason,
                )
            )
        return printed.VisitSheet(
            hall_name=hall.name,
            hall_phone=hall.phone,
            plan_no=plan.plan_no,
            plan_title=plan.title,
            survey_name=survey.name,
            intro=survey.intro,
            period_from=plan.period_from,
            period_to=plan.period_to,
            due_date=plan.due_date,
            questions=tuple(
                printed.SheetQuestion(n, q.text, q.kind, q.options, q.optional)
                for n, q in enumerate(survey.questions, 1)
            ),
            customers=tuple(customers),
            training=ctx.training,
        )


def print_visit_sheets(
    ctx: AppContext, plan_no: str, folder: Path, target_ids: Sequence[int] | None = None
) -> Path:
    """Render the plan's sheets into the printouts folder and return the PDF's path."""
    from counter_app.printing.visit_sheet import render_visit_sheets

    sheet = visit_sheet(ctx, plan_no, target_ids)
    return render_visit_sheets(
        sheet, printouts.file_for(folder, printouts.VISIT_SHEET, sheet.plan_no)
    )
