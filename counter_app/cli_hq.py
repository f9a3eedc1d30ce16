"""`counter-app hq-merge`, `hq-load` and `hq-verify`: headquarters' side of the period
workbooks.

    counter-app hq-merge 330101_20261101-20261130_0003.xlsx 330202_*.xlsx --out 全省合并.xlsx
    counter-app hq-load 收件箱/*.xlsx --db postgresql+psycopg://hq@dbhost/hq
    counter-app hq-verify --db hq.db "330101-01-20261126-0002|86.50|3FA9C1"
    counter-app hq-verify --db hq.db --receipt 330101-01-20261126-0002 --amount 86.50

Both check every file first (manifest, format_version, row counts and SHA-256 of every
data sheet) and stop without writing anything if any file is bad, naming each bad file
and why. Neither needs a hall's store, so neither asks for a login (HQ's own
tools, run on HQ's side on the workbooks); hq-load refuses a hall's store as its target.

Exit status: 0 done; 1 a file refused or the output could not be written / loaded.
hq-verify (hq/verify.py): 0 真收据; 2 不是真收据 or 已作废; 3 无法判断 (not loaded); 1 an
error (no such database, a QR text that is not a receipt's).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from counter_app.cli_options import count_option
from counter_app.domain.limits import EXCEL_MAX_ROWS

HQ_COMMANDS = ("hq-merge", "hq-load", "hq-verify")


def add_hq_parsers(sub: Any) -> None:
    """Add `hq-merge`, `hq-load` and `hq-verify` to the parser's sub-parsers."""
    merge = sub.add_parser(
        "hq-merge",
        help="总部用：校验并合并各营业厅导出的期间工作簿，按记录键去重，生成一个工作簿",
        description=(
            "逐个校验文件（说明表的 format_version、各表行数和 SHA-256）；任何一个文件未通过，"
            "列出所有问题文件及原因，不生成任何文件，退出码 1。"
            "同一记录键以生成时间较晚的批次为准（相同时以批次号较大者为准）。"
            f"某表超过 Excel 每表 {EXCEL_MAX_ROWS} 行（含表头）时续写在“表名_2”等工作表，"
            "并在“汇总”表中说明。"
        ),
    )
    merge.add_argument("files", nargs="+", metavar="FILE", help="营业厅导出的 .xlsx 文件")
    merge.add_argument("--out", required=True, metavar="FILE", help="合并后的 .xlsx 文件")
    count_option(
        merge,
        "--max-rows",
        EXCEL_MAX_ROWS,
        "每个工作表最多行数（含表头，默认 %(default)s，Excel 的上限）",
    )
    load = sub.add_parser(
        "hq-load",
        help="总部用：校验各营业厅的期间工作簿并载入数据库（PostgreSQL），可重复载入",
        description=(
            "校验同 hq-merge；全部通过后在一个事务中载入：每个数据表一张同名表，主键为记录键，"
            "已有的记录只被较新批次的版本替换，重复载入结果不变。表不存在时自动建立。"
        ),
    )
    load.add_argument("files", nargs="+", metavar="FILE", help="营业厅导出的 .xlsx 文件")
    load.add_argument(
        "--db",
        dest="hq_db",
        metavar="URL",
        help="数据库 URL，例如 postgresql+psycopg://用户@主机/库名（也可以是 SQLite 文件路径）",
    )
    verify = sub.add_parser(
        "hq-verify",
        help="总部用：按已载入的数据核对一张收据是否为真（扫码验真）",
        description=(
            "给出收据二维码的内容（收据号|合计|校验码），或手工输入的收据号和金额（校验码可选），"
            "与 hq-load 载入的收费明细核对：真收据退出码 0，不是真收据或已作废 2，"
            "总部尚未载入该收据 3，出错 1。"
        ),
    )
    verify.add_argument("qr", nargs="?", metavar="QR", help="二维码内容：收据号|合计|校验码")
    verify.add_argument("--db", dest="hq_db", metavar="URL", help="总部数据库 URL 或 SQLite 文件")
    verify.add_argument("--receipt", metavar="NO", help="收据号（手工输入时）")
    verify.add_argument("--amount", metavar="元", help="收据上的合计金额（手工输入时）")
    verify.add_argument("--code", metavar="CODE", help="收据上的校验码（可选）")


def _say(message: str) -> None:
    print(message, flush=True)


def _hall_store(url: str) -> bool:
    """Whether ``url`` is a hall's store (its halls and audit trail tables)."""
    from sqlalchemy import create_engine, inspect

    from counter_app.store.db import database_url, sqlite_path

    full = database_url(url)
    path = sqlite_path(full)
    if path is not None and not path.exists():
        return False
    try:
        engine = create_engine(full)
        try:
            names = set(inspect(engine).get_table_names())
        finally:
            engine.dispose()
    except Exception:  # load_files says what is wrong with the address
        return False
    return {"halls", "audit_entries"} <= names


def run_hq(args: argparse.Namespace) -> int:
    from counter_app.hq.check import HqFilesRefused
    from counter_app.hq.load import load_files
    from counter_app.hq.merge import merge_files
    from counter_app.services.errors import UserError

    if args.command == "hq-verify":
        return _verify(args)
    try:
        if args.command == "hq-merge":
            result: Any = merge_files(args.files, args.out, max_rows=args.max_rows, say=_say)
        else:
            url = args.hq_db or getattr(args, "db", None)
            if not url:
                print("请用 --db 指定总部数据库的 URL", file=sys.stderr)
                return 1
            if _hall_store(url):
                print(
                    f"{url} 是营业厅的数据库，不能作为总部数据库载入：请用 --db 指定总部数据库。",
                    file=sys.stderr,
                )
                return 1
            result = load_files(args.files, url, say=_say)
    except HqFilesRefused as exc:
        what = "未生成合并文件" if args.command == "hq-merge" else "没有载入任何数据"
        print(f"{len(exc.problems)} 个文件未通过校验，{what}：", file=sys.stderr)
        for file, reason in exc.problems:
            print(f"  {file}：{reason}", file=sys.stderr)
        return 1
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    for line in result.lines():
        print(line)
    return 0


def _verify(args: argparse.Namespace) -> int:
    from counter_app.hq.verify import EXIT_CODES, verify
    from counter_app.services.errors import UserError

    url = args.hq_db or getattr(args, "db", None)
    if not url:
        print("请用 --db 指定总部数据库的 URL", file=sys.stderr)
        return 1
    try:
        verdict = verify(
            url, qr=args.qr, receipt_no=args.receipt, amount=args.amount, code=args.code
        )
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    for line in verdict.lines():
        print(line)
    return EXIT_CODES[verdict.status]
