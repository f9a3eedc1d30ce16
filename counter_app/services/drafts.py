"""Drafts: a guided business saved half-way, resumed later by any clerk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.masking import mask_name
from counter_app.services import audit
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.store.models import Draft, Hall, User


@dataclass(frozen=True)
class DraftRow:
    id: int
    business_code: str
    business_name: str
    label: str
    clerk: str
    updated_at: datetime


@dataclass(frozen=True)
class SavedDraft:
    id: int
    business_code: str
    values: dict[str, Any]
    received: tuple[str, ...]
    page: int


def _label(values: dict[str, Any]) -> str:
    name = mask_name(str(values.get("name") or ""))
    where = str(values.get("account_no") or values.get("address") or "")[:30]
    return " ".join(part for part in (name, where) if part) or "（未填写）"


def save_draft(
    ctx: AppContext,
    clerk: UserInfo,
    business_code: str,
    values: dict[str, Any],
    received: tuple[str, ...],
    page: int,
    draft_id: int | None = None,
) -> int:
    """Everything typed so far, even if not yet valid; nothing else is written."""
    if business_code not in ctx.workflows:
        raise NotFound("未知的业务：{business_code}", business_code=business_code)
    now = ctx.clock()
    payload = {"values": values, "received": list(received)}
    with ctx.write() as s:
        require(s, clerk, "counter.work", ctx.clock())
        if draft_id is None:
            hall_id = s.scalar(select(Hall.id).order_by(Hall.id).limit(1))
            if hall_id is None:
                raise UserError("营业厅尚未设置")
            draft = Draft(
                hall_id=hall_id,
                business_code=business_code,
                clerk_id=clerk.id,
                label=_label(values),
                values=payload,
                page=page,
                status="open",
                created_at=now,
                updated_at=now,
            )
            s.add(draft)
        else:
            draft = _open_draft(s, draft_id)
            draft.values, draft.page, draft.label = payload, page, _label(values)
            draft.clerk_id, draft.updated_at = clerk.id, now
        s.flush()
        audit.record(
            s,
            now,
            clerk.id,
            "draft.save",
            "draft",
            str(draft.id),
            {"business": business_code, "page": page},
        )
        return draft.id


def _open_draft(s: Session, draft_id: int) -> Draft:
    draft = s.get(Draft, draft_id)
    if draft is None or draft.status != "open":
        raise NotFound("草稿不存在或已经提交")
    return draft


def load_draft(ctx: AppContext, draft_id: int) -> SavedDraft:
    with ctx.read() as s:
        draft = _open_draft(s, draft_id)
        return SavedDraft(
            draft.id,
            draft.business_code,
            dict(draft.values.get("values", {})),
            tuple(draft.values.get("received", [])),
            draft.page,
        )


def open_drafts(ctx: AppContext) -> list[DraftRow]:
    with ctx.read() as s:
        rows = s.execute(
            select(Draft, User.display_name)
            .join(User, User.id == Draft.clerk_id)
            .where(Draft.status == "open")
            .order_by(Draft.updated_at.desc())
        ).all()
        return [
            DraftRow(
                d.id,
                d.business_code,
                ctx.workflows[d.business_code].name
                if d.business_code in ctx.workflows
                else d.business_code,
                d.label,
                clerk,
                d.updated_at,
            )
            for d, clerk in rows
        ]


def finish_draft(s: Session, draft_id: int, now: datetime) -> None:
    """Called inside the submitting transaction: the draft is used up with it."""
    draft = _open_draft(s, draft_id)
    draft.status, draft.updated_at = "submitted", now


def discard_draft(ctx: AppContext, clerk: UserInfo, draft_id: int) -> None:
    now = ctx.clock()
    with ctx.write() as s:
        require(s, clerk, "counter.work", ctx.clock())
        draft = _open_draft(s, draft_id)
        draft.status, draft.updated_at = "discarded", now
        audit.record(s, now, clerk.id, "draft.discard", "draft", str(draft.id))
