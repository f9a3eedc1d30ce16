"""Halls, users, logins: setting up a hall, signing in with lockout, managing users."""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import CursorResult, func, or_, select, update
from sqlalchemy.orm import Session

from counter_app.domain.numbers import HALL_CODE
from counter_app.domain.permissions import may
from counter_app.domain.policy import Policy
from counter_app.services import audit
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.errors import AuthError, NotFound, PermissionDenied, UserError
from counter_app.services.identity import ROLES, HallInfo, UserInfo, user_info
from counter_app.services.passwords import hash_password, verify_password
from counter_app.store.models import Hall, User

__all__ = ["ROLES", "HallInfo", "UserInfo"]


def _hall_info(hall: Hall) -> HallInfo:
    return HallInfo(hall.id, hall.code, hall.name, hall.address, hall.phone)


def _user_info(user: User) -> UserInfo:
    return user_info(user)


def current_hall(ctx: AppContext) -> HallInfo | None:
    with ctx.read() as s:
        hall = s.scalar(select(Hall).order_by(Hall.id).limit(1))
        return _hall_info(hall) if hall else None


def _check_user_fields(
    ctx: AppContext, username: str, display_name: str, staff_no: str, role: str, password: str
) -> None:
    if not re.fullmatch(r"[A-Za-z0-9_.\-]{2,40}", username):
        raise UserError("用户名应为2至40位英文字母、数字或 _ . -", "username")
    if not display_name.strip():
        raise UserError("请填写姓名", "display_name")
    if not re.fullmatch(r"[A-Za-z0-9\-]{1,20}", staff_no):
        raise UserError("工号应为1至20位字母或数字", "staff_no")
    if role not in ROLES:
        raise UserError("角色不正确", "role")
    _check_password(ctx, password)


def _check_password(ctx: AppContext, password: str) -> None:
    if len(password) < ctx.policy.min_password_length:
        raise UserError(
            "密码至少{min_password_length}位",
            "password",
            min_password_length=ctx.policy.min_password_length,
        )


def setup_hall(
    ctx: AppContext,
    *,
    code: str,
    name: str,
    address: str,
    phone: str,
    admin_username: str,
    admin_name: str,
    admin_staff_no: str,
    password: str,
) -> tuple[HallInfo, UserInfo]:
    """First start: the hall and its first administrator, in one transaction."""
    code, name = code.strip(), name.strip()
    if not HALL_CODE.fullmatch(code):
        raise UserError("营业厅编码应为4至20位字母或数字", "code")
    if not name:
        raise UserError("请填写营业厅名称", "name")
    _check_user_fields(ctx, admin_username, admin_name, admin_staff_no, "admin", password)
    now = ctx.clock()
    with ctx.write() as s:
        if s.scalar(select(func.count()).select_from(Hall)):
            raise UserError("营业厅已经设置过，不能重复设置")
        hall = Hall(
            code=code,
            name=name,
            address=address.strip(),
            phone=phone.strip(),
            secret=secrets.token_hex(32),  # keys the check code on receipts' QR codes
            created_at=now,
        )
        s.add(hall)
        s.flush()
        admin = _new_user(
            s, hall.id, admin_username, admin_name, admin_staff_no, "admin", password, now
        )
        audit.record(s, now, admin.id, "hall.setup", "hall", code, {"name": name})
        audit.record(s, now, admin.id, "user.create", "user", admin_username, {"role": "admin"})
        return _hall_info(hall), _user_info(admin)


def _new_user(
    s: Session,
    hall_id: int,
    username: str,
    display_name: str,
    staff_no: str,
    role: str,
    password: str,
    now: datetime,
) -> User:
    if s.scalar(select(User.id).where(User.username == username)):
        raise UserError("用户名“{username}”已存在", "username", username=username)
    user = User(
        hall_id=hall_id,
        username=username,
        display_name=display_name.strip(),
        staff_no=staff_no,
        role=role,
        password_hash=hash_password(password),
        active=True,
        failed_logins=0,
        created_at=now,
    )
    s.add(user)
    s.flush()
    return user


def _wrong_password(policy: Policy) -> str:
    # One message for a wrong password and an unknown user: no count left is shown,
    # or the count would tell which user names exist.
    return (
        f"用户名或密码不正确（连续输错{policy.max_failed_logins}次将锁定账户"
        f"{policy.lockout_minutes}分钟）"
    )


def _locked_message(policy: Policy, locked_until: datetime | None, now: datetime) -> AuthError:
    left = (locked_until - now) if locked_until else timedelta(minutes=policy.lockout_minutes)
    minutes = max(1, -int(-left.total_seconds() // 60))
    return AuthError(
        "密码连续输错{max_failed_logins}次，账户已锁定，请{minutes}分钟后再试",
        max_failed_logins=policy.max_failed_logins,
        minutes=minutes,
    )


def login(ctx: AppContext, username: str, password: str) -> UserInfo:
    """Check a password; after too many failures in a row the account locks for a while.

    A try is reserved before the password is checked: one UPDATE adds it to the count
    while the account is neither locked nor out of tries, so guessers racing each other
    (several counters on PostgreSQL) never get more than ``max_failed_logins`` checks
    between two locks. The slow password hash runs outside any transaction.
    """
    now = ctx.clock()
    policy = ctx.policy
    with ctx.write() as s:
        user = s.scalar(select(User).where(User.username == username.strip()))
        if user is None:
            # Same words as a wrong password: do not tell which user names exist.
            raise AuthError(_wrong_password(policy))
        if not user.active:
            raise AuthError("该账户已停用，请联系管理员")
        reserved: CursorResult[Any] = s.execute(  # type: ignore[assignment]
            update(User)
            .where(
                User.id == user.id,
                or_(User.locked_until.is_(None), User.locked_until <= now),
                User.failed_logins < policy.max_failed_logins,
            )
            .values(failed_logins=User.failed_logins + 1)
            .execution_options(synchronize_session=False)
        )
        if not reserved.rowcount:
            raise _locked_message(policy, user.locked_until, now)
        s.expire(user)
        tries, user_id, stored_hash = user.failed_logins, user.id, user.password_hash
    good = verify_password(password, stored_hash)
    with ctx.write() as s:
        user = s.get_one(User, user_id, populate_existing=True)
        if good:
            user.failed_logins = 0
            user.locked_until = None
            audit.record(s, now, user.id, "user.login", "user", user.username)
            return _user_info(user)
        if tries < policy.max_failed_logins:
            failure = AuthError(_wrong_password(policy))
        else:
            user.locked_until = now + timedelta(minutes=policy.lockout_minutes)
            user.failed_logins = 0
            audit.record(
                s,
                now,
                user.id,
                "user.locked",
                "user",
                user.username,
                {"minutes": policy.lockout_minutes},
            )
            failure = AuthError(
                "密码连续输错{max_failed_logins}次，账户已锁定{lockout_minutes}分钟",
                max_failed_logins=policy.max_failed_logins,
                lockout_minutes=policy.lockout_minutes,
            )
    # Raised after the commit so the lock is kept.
    raise failure


def logout(ctx: AppContext, user: UserInfo) -> None:
    """The clerk signed out (注销 / 切换用户): audited like the sign-in, so the log shows
    who worked at the counter from when to when."""
    now = ctx.clock()
    with ctx.write() as s:
        name = s.scalar(select(User.username).where(User.id == user.id)) or user.username
        audit.record(s, now, user.id, "user.logout", "user", name)


def list_users(ctx: AppContext) -> list[UserInfo]:
    with ctx.read() as s:
        return [_user_info(u) for u in s.scalars(select(User).order_by(User.username))]


def add_user(
    ctx: AppContext,
    actor: UserInfo,
    *,
    username: str,
    display_name: str,
    staff_no: str,
    role: str,
    password: str,
) -> UserInfo:
    _check_user_fields(ctx, username, display_name, staff_no, role, password)
    now = ctx.clock()
    with ctx.write() as s:
        require(s, actor, "user.manage", now)
        hall_id = s.scalar(select(Hall.id).order_by(Hall.id).limit(1))
        if hall_id is None:
            raise UserError("营业厅尚未设置")
        user = _new_user(s, hall_id, username, display_name, staff_no, role, password, now)
        audit.record(s, now, actor.id, "user.create", "user", username, {"role": role})
        return _user_info(user)


def _stored_user(s: Session, user_id: int) -> User:
    """The user an administrator acts on, as the store has it now."""
    user = s.get(User, user_id)
    if user is None:
        raise NotFound("找不到该用户")
    return user


def set_user_active(ctx: AppContext, actor: UserInfo, user_id: int, active: bool) -> UserInfo:
    if user_id == actor.id and not active:
        raise UserError("不能停用自己的账户")
    now = ctx.clock()
    with ctx.write() as s:
        require(s, actor, "user.manage", now)
        user = _stored_user(s, user_id)
        user.active = active
        audit.record(
            s, now, actor.id, "user.enable" if active else "user.disable", "user", user.username
        )
        return _user_info(user)


def rename_user(ctx: AppContext, actor: UserInfo, user_id: int, display_name: str) -> UserInfo:
    """An administrator corrects a user's name as staff lists and receipts show it."""
    name = display_name.strip()
    if not name:
        raise UserError("请填写姓名", "display_name")
    now = ctx.clock()
    with ctx.write() as s:
        require(s, actor, "user.manage", now)
        user = _stored_user(s, user_id)
        old, user.display_name = user.display_name, name
        audit.record(
            s, now, actor.id, "user.rename", "user", user.username, {"old": old[:40], "new": name}
        )
        return _user_info(user)


def update_hall(
    ctx: AppContext, actor: UserInfo, *, name: str, address: str, phone: str
) -> HallInfo:
    """An administrator corrects the hall's name, address and phone (its code stays: it is
    in every receipt and batch number)."""
    name = name.strip()
    if not name:
        raise UserError("请填写营业厅名称", "name")
    now = ctx.clock()
    with ctx.write() as s:
        require(s, actor, "hall.update", now)
        hall = s.scalar(select(Hall).order_by(Hall.id).limit(1))
        if hall is None:
            raise UserError("营业厅尚未设置")
        before = {"name": hall.name, "address": hall.address, "phone": hall.phone}
        hall.name, hall.address, hall.phone = name, address.strip(), phone.strip()
        after = {"name": hall.name, "address": hall.address, "phone": hall.phone}
        audit.record(
            s, now, actor.id, "hall.update", "hall", hall.code, {"old": before, "new": after}
        )
        return _hall_info(hall)


def reset_password(ctx: AppContext, actor: UserInfo, user_id: int, password: str) -> None:

    _check_password(ctx, password)
    now = ctx.clock()
    with ctx.write() as s:
        acting = require(s, actor, "counter.work" if actor.id == user_id else "user.manage", now)
        if actor.id != user_id and not may(acting.role, "user.manage"):
            raise PermissionDenied("只有管理员可以重置他人的密码")
        user = _stored_user(s, user_id)
        user.password_hash = hash_password(password)
        user.failed_logins = 0
        user.locked_until = None
        audit.record(s, now, actor.id, "user.password", "user", user.username)


def authorize_supervisor(ctx: AppContext, username: str, password: str, purpose: str) -> UserInfo:
    """A supervisor's user and password for one action (override, void, sign-off)."""
    user = login(ctx, username, password)
    if not user.is_supervisor:
        raise PermissionDenied("需要值班长或管理员授权")
    now = ctx.clock()
    with ctx.write() as s:
        audit.record(
            s,
            now,
            user.id,
            "supervisor.authorize",
            "user",
            user.username,
            {"purpose": purpose[:200]},
        )
    return user


def session_problem(ctx: AppContext, user: UserInfo) -> UserError | None:
    """Why ``user``'s open session must end now (disabled, locked out, removed), or None."""
    try:
        with ctx.read() as s:
            require(s, user, "counter.work", ctx.clock())
    except UserError as exc:
        return exc
    return None


def record_refusal(ctx: AppContext, username: str, command: str, why: str) -> None:
    """A command-line command refused (no login, wrong password, role too low): an audit
    entry ``cli.refused`` naming the command and, when one was given, the user name."""
    # What was typed or read from a file: printable and short, whatever it holds.
    name = "".join(ch for ch in username.strip() if ch.isprintable())[:40]
    now = ctx.clock()
    with ctx.write() as s:
        user_id = s.scalar(select(User.id).where(User.username == name)) if name else None
        detail = {"username": name, "why": why[:200]}
        audit.record(s, now, user_id, "cli.refused", "command", command[:60], detail)
