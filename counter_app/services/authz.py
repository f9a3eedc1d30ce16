"""Who is acting, as the store has them now: the services' side of domain/permissions.py.

A service is handed a ``UserInfo`` by the screen or the command line. That object is
an identity, never a permission: ``require`` reads the user's row again inside the
service's own transaction and refuses unless the user exists, is active, is not locked
out, and has a role the table allows for the action. A user an administrator has
disabled (or who was locked out meanwhile) is refused at the next action with a
``SessionEnded``, which the screens answer by ending the session.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from counter_app.domain.permissions import ACTIONS, action_name, may
from counter_app.domain.text import Joined, Msg
from counter_app.services.context import AppContext
from counter_app.services.errors import PermissionDenied
from counter_app.services.identity import ROLES, UserInfo, user_info
from counter_app.store.models import User


class SessionEnded(PermissionDenied):
    """The signed-in user may no longer work (disabled, locked, removed): sign in again."""


def require(s: Session, user: UserInfo | None, action: str, now: datetime) -> User:
    """The acting user's row, if the store lets them do ``action`` now; else refused."""
    allowed, _name = ACTIONS[action]
    if user is None:
        raise PermissionDenied("“{action}”须由登录的用户操作", action=action_name(action))
    row = s.get(User, user.id, populate_existing=True)
    if row is None or row.username != user.username:
        raise SessionEnded(Msg("登录的账户已不存在，请重新登录；本次操作未执行"))
    if not row.active:
        raise SessionEnded(Msg("账户 {username} 已被停用，本次操作未执行", username=row.username))
    if row.locked_until is not None and row.locked_until > now:
        raise SessionEnded(
            Msg(
                "账户 {username} 已被锁定（密码连续输错），请稍后重新登录；本次操作未执行",
                username=row.username,
            )
        )
    if not may(row.role, action):
        raise PermissionDenied(
            "“{action}”须由{roles}操作，{username}是{role}",
            action=action_name(action),
            roles=Joined((ROLES[r] for r in ROLES if r in allowed), "、"),
            username=row.display_name,
            role=ROLES.get(row.role, row.role),
        )
    return row


def require_other(
    s: Session, authoriser: UserInfo | None, action: str, now: datetime, not_user_id: int
) -> User:
    """A supervisor's word (void, reprint): never the receipt's own clerk."""
    row = require(s, authoriser, action, now)
    if row.id == not_user_id:
        raise PermissionDenied(
            "“{action}”须由收据经办人以外的值班长或管理员授权", action=action_name(action)
        )
    return row


def check(ctx: AppContext, user: UserInfo | None, action: str) -> None:
    """``require`` in a read of its own: before long work (reading a file, writing a
    workbook), so a refusal comes first; the work's own transaction asks again."""
    with ctx.read() as s:
        require(s, user, action, ctx.clock())


def require_id(s: Session, user_id: int | None, action: str, now: datetime) -> User:
    """``require`` for a service that is handed a user's id rather than the user."""
    row = s.get(User, user_id) if user_id is not None else None
    who = user_info(row) if row is not None else None
    return require(s, who, action, now)
