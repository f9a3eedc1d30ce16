"""The `counter-app` command: the GUI by default, sub-commands for work without a screen."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from counter_app import __version__
from counter_app.cli_demo import add_demo_parser, run_demo
from counter_app.cli_export import add_export_parser, run_export
from counter_app.cli_hq import HQ_COMMANDS, add_hq_parsers, run_hq
from counter_app.cli_login import COMMAND_ACTIONS, LOGIN_FILE_ENV
from counter_app.cli_safety import SAFETY_COMMANDS, add_safety_parsers, run_safety
from counter_app.cli_store import on_store

if TYPE_CHECKING:
    from counter_app.services.auth import UserInfo
    from counter_app.services.context import AppContext

ADMIN_PASSWORD_ENV = "COUNTER_APP_ADMIN_PASSWORD"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counter-app",
        description=(
            "柜台助手 Counter Assistant: 供电营业厅柜台业务助手。不带子命令时启动图形界面。"
        ),
        epilog=(
            "读取或改动营业厅数据的子命令（导入、导出、备份、恢复、检查、演示数据）须先登录："
            "在终端上输入用户名和密码；计划任务等没有终端时，用环境变量 "
            f"{LOGIN_FILE_ENV} 指定登录文件（第一行用户名，第二行密码，权限须为仅本人可读）。"
            "退出码：0 完成；1 被拒绝或出错（含密码错误、角色不够）；2 无法登录或无法打开数据库。"
        ),
    )
    parser.add_argument("--version", action="version", version=f"counter-app {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="自检：在临时数据库上办一笔业务、收一笔费、打印收据、导出工作簿，逐步报告结果",
    )
    parser.add_argument("--db", help="数据库文件路径或数据库 URL（也可用环境变量 COUNTER_APP_DB）")
    parser.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        help="界面语言，覆盖本机设置（也可用环境变量 COUNTER_APP_LANG）",
    )
    sub = parser.add_subparsers(dest="command", metavar="子命令")
    sub.add_parser("gui", help="启动图形界面（默认）")
    init = sub.add_parser(
        "init",
        help="不打开界面完成首次设置：营业厅信息和第一个管理员",
        description=f"管理员密码从终端提示输入；没有终端时从环境变量 {ADMIN_PASSWORD_ENV} 读取。",
    )
    init.add_argument("--hall-code", required=True, help="营业厅编码")
    init.add_argument("--hall-name", required=True, help="营业厅名称")
    init.add_argument("--hall-address", default="", help="营业厅地址")
    init.add_argument("--hall-phone", default="", help="营业厅服务电话")
    init.add_argument("--admin", required=True, help="管理员用户名")
    init.add_argument("--admin-name", default="管理员", help="管理员姓名")
    init.add_argument("--admin-staff-no", default="0001", help="管理员工号")
    add_demo_parser(sub)
    add_safety_parsers(sub)
    add_export_parser(sub)
    add_hq_parsers(sub)
    cal = sub.add_parser("import-calendar", help="导入总部下发的工作日历（日期、类型）")
    cal.add_argument("file", help=".xlsx 文件")
    arrears = sub.add_parser(
        "import-arrears", help="导入总部下发的欠费清单（户号、应收年月、欠费金额等）"
    )
    arrears.add_argument("file", help=".xlsx 文件")
    fees = sub.add_parser("import-fees", help="导入总部下发的收费标准和阶梯电价")
    fees.add_argument("file", help=".xlsx 文件")
    return parser


def _import_calendar(args: argparse.Namespace, db: str, user: UserInfo | None) -> int:
    def work(ctx: AppContext) -> int:
        from pathlib import Path

        from counter_app.services.calendar_import import import_calendar

        for year, days in import_calendar(ctx, user, Path(args.file)).items():
            print(f"{year}年：{days} 天")
        return 0

    return on_store(db, work)


def _import_hq(args: argparse.Namespace, db: str, user: UserInfo | None) -> int:
    """import-arrears / import-fees: the summary on stdout; a refused file, every bad row."""

    def work(ctx: AppContext) -> int:
        from pathlib import Path

        from counter_app.services import hq_imports
        from counter_app.services.errors import ImportRejected

        path = Path(args.file)
        try:
            if args.command == "import-arrears":
                text = hq_imports.import_arrears(ctx, user, path).text
            else:
                text = hq_imports.import_fee_schedule(ctx, user, path).text
        except ImportRejected as exc:
            print(f"文件 {exc.file} 未导入，请修正以下问题后重新导入：", file=sys.stderr)
            for row, reason in exc.problems:
                print(f"第{row}行：{reason}" if row else reason, file=sys.stderr)
            return 1
        print(text)
        return 0

    return on_store(db, work)


def _admin_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("管理员密码：")
        if getpass.getpass("再次输入：") != first:
            raise SystemExit("两次输入的密码不一致")
        return first
    password = os.environ.get(ADMIN_PASSWORD_ENV)
    if not password:
        raise SystemExit(f"没有终端可以输入密码：请设置环境变量 {ADMIN_PASSWORD_ENV}")
    return password


def _init(args: argparse.Namespace, db: str) -> int:
    password = _admin_password()  # before the store: a refusal leaves no file behind

    def work(ctx: AppContext) -> int:
        from counter_app.services import auth

        hall, admin = auth.setup_hall(
            ctx,
            code=args.hall_code,
            name=args.hall_name,
            address=args.hall_address,
            phone=args.hall_phone,
            admin_username=args.admin,
            admin_name=args.admin_name,
            admin_staff_no=args.admin_staff_no,
            password=password,
        )
        print(f"已设置营业厅 {hall.code} {hall.name}，管理员 {admin.username}。数据库：{db}")
        return 0

    return on_store(db, work, refused="未完成设置：")


def main(argv: list[str] | None = None) -> int:
    from counter_app.privacy import private_files

    private_files()  # the store, backups, exports, printouts, logs: never for others
    args = build_parser().parse_args(argv)
    if args.self_test:  # a temporary store: never the user's database or settings
        from counter_app.self_test import run_self_test

        return run_self_test()
    if args.command in HQ_COMMANDS:  # HQ's tools never touch a hall's store
        return run_hq(args)
    from counter_app import datadir

    db = datadir.chosen_database(args.db)
    if args.command not in (None, "gui") and db == datadir.default_database():
        from counter_app.privacy import restrict

        try:  # the GUI says it in a dialog (ui/app.py)
            restrict(datadir.data_dir())  # what an older version left to its user only
        except datadir.DataFolderError as exc:
            print(exc, file=sys.stderr)
            return 2
    if args.command == "init":
        return _init(args, db)
    if args.command == "demo":  # it first refuses a store it did not make, then logs in
        return run_demo(args, db)
    if args.command in COMMAND_ACTIONS:
        from pathlib import Path

        from counter_app.cli_login import login_for, login_for_restore

        if args.command == "restore":
            user = login_for_restore(db, Path(args.file).expanduser())
        else:
            user = login_for(db, args.command)
        if isinstance(user, int):
            return user
    if args.command in SAFETY_COMMANDS:
        return run_safety(args, db, user)
    if args.command == "export":
        return run_export(args, db, user)
    if args.command == "import-calendar":
        return _import_calendar(args, db, user)
    if args.command in ("import-arrears", "import-fees"):
        return _import_hq(args, db, user)
    from counter_app.ui.app import run_gui

    return run_gui(db, args.lang)


if __name__ == "__main__":
    sys.exit(main())
