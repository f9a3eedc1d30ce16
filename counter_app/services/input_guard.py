"""Every stored text is checked where it enters the store, whatever the screen did.

Installed on every session (``open_context``): before a flush, each new or changed
row's text columns are checked against what the store declares:

- no longer than the column (``String(40)`` holds 40 characters; SQLite would keep a
  10,000-character staff name that then widens every window to 32,767 px);
- a counter's code only as receipt numbers and file names can carry it
  (domain/counter_code.py);
- no control characters (NUL ends SQLite strings early and breaks PostgreSQL;
  the others are invisible on screen and paper). Multi-line notes (``Text``
  columns) may hold line breaks and tabs.

A refusal is a UserError naming the field in the clerk's words, so nothing is
written and the screen says what to change. Services that check their own fields
earlier (with a nicer message) still pass through here: this is the floor.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from counter_app.domain.counter_code import counter_code_problem
from counter_app.domain.text import N_
from counter_app.services.errors import UserError

# The clerk's words for the columns a person types into (others: the column's name).
LABELS = {
    "name": N_("名称"),
    "display_name": N_("姓名"),
    "username": N_("用户名"),
    "staff_no": N_("工号"),
    "address": N_("地址"),
    "phone": N_("电话"),
    "mobile": N_("手机号码"),
    "cert_no": N_("证件号码"),
    "contact_name": N_("联系人"),
    "contact_phone": N_("联系电话"),
    "content": N_("内容"),
    "request": N_("诉求"),
    "resolution": N_("处理结果"),
    "callback_result": N_("回访结果"),
    "note": N_("备注"),
    "reason": N_("原因"),
    "void_reason": N_("作废原因"),
    "difference_reason": N_("差异说明"),
    "reference": N_("交易参考号"),
    "counter": N_("柜台号"),
    "title": N_("标题"),
    "body": N_("正文"),
    "area": N_("范围"),
    "label": N_("名称"),
}
_LINE_BREAKS = {"\n", "\r", "\t"}


def _has_control(value: str, multiline: bool) -> bool:
    for ch in value:
        if unicodedata.category(ch) in ("Cc", "Cf") and not (multiline and ch in _LINE_BREAKS):
            if ch == "\u200d":  # zero-width joiner inside emoji sequences: harmless
                continue
            return True
    return False


def check_text(value: str, label: str, limit: int | None, multiline: bool = False) -> str:
    """``value`` as it may be stored, or UserError naming ``label``."""
    if _has_control(value, multiline):
        raise UserError("{label}含有不可见的控制字符，请删除后重新输入", label, label=label)
    if limit is not None and len(value) > limit:
        raise UserError(
            "{label}最多{limit}个字，现为{count}个字",
            label,
            label=label,
            limit=limit,
            count=len(value),
        )
    return value


def _check_row(obj: Any) -> None:
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        if not isinstance(column.type, String):
            continue
        value = getattr(obj, attr.key, None)
        if not isinstance(value, str):
            continue
        if not state.attrs[attr.key].history.has_changes() and obj not in state.session.new:
            continue
        if attr.key == "counter" and value:
            problem = counter_code_problem(value)
            if problem:
                raise UserError(problem, "counter")
        multiline = isinstance(column.type, Text)
        limit = None if multiline else column.type.length
        check_text(value, LABELS.get(attr.key, attr.key), limit, multiline)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in list(session.new) + list(session.dirty):
        _check_row(obj)


def guard_input(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _before_flush)
