"""`counter-app backup`, `restore` and `check`: keeping the hall's data safe.

    counter-app backup --to E:\\柜台备份 [--keep 30]
    counter-app restore E:\\柜台备份\\counter-20250301-083000.db [--yes] [--accept-loss]
        [--marks-from 330101_20250201-20250228_0007.xlsx]
    counter-app check [--anchor ID:HASH …]

Each asks for a login first (cli_login.py: backup and check a supervisor, restore an
administrator of the store it replaces).

Exit status: 0 done / all checks passed; 1 refused, cancelled or a problem
found; 2 no login possible, or the store cannot be opened (backup only).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counter_app.cli_options import count_option
from counter_app.cli_store import on_store
from counter_app.domain.limits import BACKUPS_KEPT

if TYPE_CHECKING:
    from counter_app.services.auth import UserInfo
    from counter_app.services.context import AppContext

SAFETY_COMMANDS = ("backup", "restore", "check")


def add_safety_parsers(sub: Any) -> None:
    """Add `backup`, `restore` and `check` to the parser's sub-parsers."""
    backup = sub.add_parser(
        "backup",
        help="把数据库备份到文件夹（例如U盘），保留最近的若干份",
        description=(
            "用 SQLite 备份接口生成一致的副本（柜台助手运行时也可以备份），"
            "文件名形如 counter-20250301-083000.db；只保留该文件夹中最近的 N 份备份。"
            "文件夹必须已经存在（U盘须已插好）。"
        ),
    )
    backup.add_argument("--to", required=True, metavar="DIR", help="备份文件夹（须已存在）")
    count_option(
        backup, "--keep", BACKUPS_KEPT, "保留最近几份备份（默认 %(default)s），更早的会被删除"
    )
    restore = sub.add_parser(
        "restore",
        help="用备份文件恢复数据库（先检查备份，并保留被替换的数据库副本）",
        description=(
            "恢复前请在所有电脑上退出柜台助手。先检查备份文件（完整性、营业厅数据、数据库版本），"
            "再把当前数据库另存为 counter.before-restore-<时间>.db，然后用备份替换它。"
            "在终端上会请你确认；没有终端时须加 --yes。"
        ),
    )
    restore.add_argument("file", help="备份文件（counter-YYYYmmdd-HHMMSS.db）")
    restore.add_argument("--yes", action="store_true", help="不询问，直接恢复")
    restore.add_argument(
        "--accept-loss",
        action="store_true",
        help="管理员确认：备份比当前数据库旧时，接受备份之后的记录从数据库中消失"
        "（编号仍从已发出的最大号之后继续）",
    )
    restore.add_argument(
        "--marks-from",
        metavar="XLSX",
        help="新电脑上（数据库旁没有编号标记文件时）：另以这份报送总部的批次中的最大编号为准",
    )
    check = sub.add_parser(
        "check",
        help="检查数据库：审计链、各类编号是否连续、账目与收据是否相符",
        description=(
            "逐项检查并打印结果；每项发现问题时指出第一处问题所在的记录。"
            "有问题时退出码为 1。检查期间会短暂占用数据库，宜在营业结束后运行。"
        ),
    )
    check.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="ID:HASH",
        help="核对审计链锚点：日结报表末尾所印的“审计链锚点”，如 1234:0123456789abcdef，可多次给出",
    )


def run_safety(args: argparse.Namespace, db: str, user: UserInfo | None = None) -> int:
    """``user``: who logged in (cli_login), recorded with the backup or restore."""
    user_id = user.id if user is not None else None
    if args.command == "backup":
        return _backup(args, db, user_id)
    if args.command == "restore":
        return _restore(args, db, user_id)
    return _check(db, args.anchor)


def _backup(args: argparse.Namespace, db: str, user_id: int | None) -> int:
    def work(ctx: AppContext) -> int:
        from counter_app.services.backup_folder import list_backups
        from counter_app.services.backups import backup_now

        target = backup_now(ctx, Path(args.to).expanduser().absolute(), args.keep, user_id)
        size = target.stat().st_size / 1_048_576
        count = len(list_backups(target.parent))
        print(f"已备份到 {target}（{size:.1f} MB）。该文件夹中现有 {count} 份备份。")
        return 0

    return on_store(db, work)


def _confirmed(args: argparse.Namespace) -> bool | None:
    """True to go on, False if the user said no, None if nobody can be asked."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        return None
    try:
        answer = input("确定用这份备份替换当前数据库吗？请输入 yes 确认：")
    except EOFError:
        return False
    return answer.strip().lower() in ("yes", "y", "是")


def _restore(args: argparse.Namespace, db: str, user_id: int | None) -> int:
    from counter_app.hq.check import batch_marks as hq_batch_marks
    from counter_app.services.backups import check_restore, restore, store_file
    from counter_app.services.errors import UserError

    try:
        path = store_file(db)
        hq = hq_batch_marks(Path(args.marks_from).expanduser()) if args.marks_from else None
        info, loss = check_restore(Path(args.file), path, hq_marks=hq)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    print("备份文件检查通过：")
    print(info.describe())
    print(f"将替换的数据库：{path}")
    if loss:
        print(loss.error(info.file.name).message, file=sys.stderr)
        if not args.accept_loss:
            print("未恢复，数据库未改动。", file=sys.stderr)
            return 1
    go_on = _confirmed(args)
    if go_on is None:
        print("没有终端可以确认：确认无误后请加 --yes 再运行。", file=sys.stderr)
        return 1
    if not go_on:
        print("已取消，数据库未改动。")
        return 1
    try:
        kept = restore(
            Path(args.file), path, user_id=user_id, accept_loss=args.accept_loss, hq_marks=hq
        )
    except UserError as exc:
        print(f"未恢复：{exc.message}", file=sys.stderr)
        return 1
    print(f"已用备份恢复数据库：{path}")
    if kept is not None:
        print(f"原来的数据库已另存为：{kept}")
    if loss:
        print("备份之后的记录已不在数据库中；新的编号从已发出的最大号之后继续。")
    return 0


def _check(db: str, anchor_texts: list[str]) -> int:
    from counter_app.services.errors import UserError
    from counter_app.services.integrity_anchor import parse_anchor

    try:
        anchors = [parse_anchor(text) for text in anchor_texts]
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1

    def work(ctx: AppContext) -> int:
        from counter_app.services.integrity import check_store
        from counter_app.services.unconfirmed import note_lines

        print(f"检查数据库：{ctx.database}", flush=True)
        report = check_store(ctx, anchors)
        for result in report.results:
            print(result.line())
        for line in note_lines(ctx.workflows):  # a note for HQ, not a failed check
            print(line)
        if report.ok:
            print("全部检查通过。")
            return 0
        first = report.first_problem
        assert first is not None
        print(f"发现问题，第一处：{first.message}", file=sys.stderr)
        return 1

    # A store that cannot be opened is check's first problem, not a failure to start.
    return on_store(db, work, unopened="[问题] ", unopened_exit=1)
