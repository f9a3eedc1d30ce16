"""Who runs a command: the login every command on a hall's data asks for.

At a terminal the user name is asked, then the password (not shown). A scheduled
job (no terminal) names a login file in ``COUNTER_APP_LOGIN_FILE``: the user name on
the first line, the password on the second. On POSIX the file must be readable by
its owner only (``chmod 600``); one that group or others can read is refused.

The login is ``services.auth.login`` (a wrong password counts towards the lockout),
and the role must be one ``domain.permissions`` allows for the command. The
``UserInfo`` returned is what the command hands to the services, which check it again.

Exit status of a refusal: 2 no login was possible (no terminal and no login file, a
login file that cannot be read or is too open, a store without users or that does
not exist); 1 the login was refused (wrong password, locked or disabled account,
a role too low). Each refusal is written to the store's audit trail as
``cli.refused`` with the command and the user name given, if any.
"""

from __future__ import annotations

import getpass
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from counter_app.services.auth import UserInfo
    from counter_app.services.context import AppContext

LOGIN_FILE_ENV = "COUNTER_APP_LOGIN_FILE"
NO_LOGIN, REFUSED = 2, 1

# Command -> its action in domain/permissions.py.
COMMAND_ACTIONS = {
    "import-calendar": "import.hq",
    "import-arrears": "import.hq",
    "import-fees": "import.hq",
    "export": "export.hq",
    "backup": "backup.create",
    "restore": "backup.restore",
    "check": "store.check",
    "demo": "demo.fill",
}

Credentials = Callable[[], tuple[str, str]]


class LoginRefused(Exception):
    def __init__(self, message: str, code: int, username: str = "") -> None:
        super().__init__(message)
        self.message, self.code, self.username = message, code, username


def _from_file(value: str) -> tuple[str, str]:
    path = Path(value).expanduser()
    try:
        mode = path.stat().st_mode
        if os.name == "posix" and mode & 0o077:
            raise LoginRefused(
                f"登录文件 {path} 的权限是 {stat.S_IMODE(mode):04o}，同组或其他用户也能读取，"
                f"已拒绝使用。请执行 chmod 600 {path} 后再试。",
                NO_LOGIN,
            )
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise LoginRefused(
            f"无法读取登录文件 {path}（{exc.strerror or exc}）。", NO_LOGIN
        ) from None
    except UnicodeDecodeError:
        raise LoginRefused(f"登录文件 {path} 不是 UTF-8 文本。", NO_LOGIN) from None
    if len(lines) < 2 or not lines[0].strip():
        raise LoginRefused(
            f"登录文件 {path} 的格式不对：第一行应为用户名，第二行为密码。", NO_LOGIN
        )
    return lines[0].strip(), lines[1]


def ask_credentials() -> tuple[str, str]:
    """The login file if one is named, else the terminal; LoginRefused when neither."""
    named = os.environ.get(LOGIN_FILE_ENV)
    if named:
        return _from_file(named)
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            username = input("用户名：").strip()
            password = getpass.getpass("密码：")
        except (EOFError, KeyboardInterrupt):
            raise LoginRefused("已取消登录。", NO_LOGIN) from None
        return username, password
    raise LoginRefused(
        f"需要登录，但没有终端可以输入用户名和密码：请在终端上运行，"
        f"或用环境变量 {LOGIN_FILE_ENV} 指定登录文件（第一行用户名，第二行密码，仅本人可读）。",
        NO_LOGIN,
    )


def authenticate(
    ctx: AppContext, command: str, credentials: Credentials = ask_credentials
) -> UserInfo:
    """The logged-in user allowed to run ``command`` on this store, or LoginRefused
    (already recorded in the audit trail)."""
    from counter_app.domain.permissions import action_name, lowest_role, may
    from counter_app.services import auth
    from counter_app.services.errors import UserError

    action = COMMAND_ACTIONS[command]
    username = ""
    try:
        if not auth.list_users(ctx):
            raise LoginRefused(
                "数据库中还没有营业厅和用户（尚未设置营业厅），无法登录："
                "请先运行 counter-app init。",
                NO_LOGIN,
            )
        username, password = credentials()
        try:
            user = auth.login(ctx, username, password)
        except UserError as exc:
            raise LoginRefused(exc.message, REFUSED, username) from None
        if not may(user.role, action):
            lowest = auth.ROLES[lowest_role(action)]
            raise LoginRefused(
                f"{user.display_name}（{user.username}）是{user.role_name}，"
                f"“{action_name(action)}”须由{lowest}"
                f"{'或更高角色' if lowest != auth.ROLES['admin'] else ''}登录。",
                REFUSED,
                username,
            )
    except LoginRefused as refused:
        auth.record_refusal(ctx, refused.username or username, command, refused.message)
        raise
    return user


def login_for(db: str, command: str) -> UserInfo | int:
    """Open the store, log in for ``command``, close it: the user, or the exit status
    after saying why not on stderr."""
    from counter_app.bootstrap import open_context
    from counter_app.services.errors import StartupError

    path = sqlite_path_of(db)
    if path is not None and not path.exists():  # a typo must not make a new, empty store
        print(f"未执行 {command}：数据库 {path} 不存在。", file=sys.stderr)
        return NO_LOGIN
    try:
        ctx = open_context(db)
    except StartupError as exc:
        # check reports a store that cannot be opened as its first problem.
        print(f"[问题] {exc}" if command == "check" else str(exc), file=sys.stderr)
        return REFUSED if command == "check" else NO_LOGIN
    try:
        return authenticate(ctx, command)
    except LoginRefused as refused:
        print(f"未执行 {command}：{refused.message}", file=sys.stderr)
        return refused.code
    finally:
        ctx.close()


def login_for_restore(db: str, backup: Path) -> UserInfo | int | None:
    """An administrator of the store to be replaced; None when there is nothing to
    replace (no store, or one never set up: a new PC). A store that cannot be opened
    (the damage restore is for) asks for an administrator of the backup instead."""
    import shutil
    import tempfile

    from counter_app.bootstrap import open_context
    from counter_app.services.errors import StartupError

    path = sqlite_path_of(db)
    if path is None or not path.exists():
        return None  # a server store is refused by restore itself
    try:
        ctx = open_context(db)
    except StartupError:
        ctx = None
    if ctx is not None:
        return _restore_login(ctx, unset_is_none=True)
    with tempfile.TemporaryDirectory(prefix="counter-login-") as tmp:
        copy = Path(tmp) / "backup.db"
        try:
            shutil.copyfile(backup, copy)
            ctx = open_context(str(copy))
        except (OSError, StartupError) as exc:
            print(f"未恢复：当前数据库无法打开，备份文件也无法打开（{exc}）。", file=sys.stderr)
            return REFUSED
        print("当前数据库无法打开：请以这份备份中的管理员身份登录。", file=sys.stderr)
        return _restore_login(ctx)


def _restore_login(ctx: AppContext, unset_is_none: bool = False) -> UserInfo | int | None:
    """An administrator of ``ctx``'s store for restore, or the exit status (None for a
    store never set up, with ``unset_is_none``); ``ctx`` is closed."""
    from counter_app.services import auth

    try:
        if unset_is_none and not auth.list_users(ctx):
            return None
        return authenticate(ctx, "restore")
    except LoginRefused as refused:
        print(f"未恢复：{refused.message}", file=sys.stderr)
        return refused.code
    finally:
        ctx.close()


def sqlite_path_of(db: str) -> Path | None:
    from counter_app.store.db import database_url, sqlite_path

    return sqlite_path(database_url(db))
