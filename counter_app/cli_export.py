"""`counter-app export`: the period workbook for headquarters (hq-contract.md section 1).

    counter-app export --out DIR                      # what changed since the last batch
    counter-app export --out DIR --from 2026-11-01 --to 2026-11-30
    counter-app export --out DIR --again 3           # batch 0003 once more, exactly

A supervisor or administrator logs in first (cli_login.py). Progress goes to stdout,
errors to stderr in Chinese (exit 1; 2 when no login was possible or the store cannot
be opened; 130 when interrupted). See docs/hq-formats.md.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import date
from typing import TYPE_CHECKING, Any

from counter_app.cli_store import on_store

if TYPE_CHECKING:
    from counter_app.services.auth import UserInfo
    from counter_app.services.context import AppContext

_BATCH = re.compile(r"\d{1,4}")


def add_export_parser(sub: Any) -> argparse.ArgumentParser:
    """Add the `export` sub-command to the parser's sub-parsers (``parser.add_subparsers()``)."""
    export = sub.add_parser(
        "export",
        help="导出报送总部的期间工作簿（来访、受理、收费、日结、投诉、绩效）",
        description=(
            "把营业厅的数据导出为报送总部的 Excel 工作簿，个人信息已遮蔽。"
            "不指定日期时导出自上一批次以来新增和变更的记录；"
            "--again 按原样重新导出已有批次（行和校验值与当初相同）。"
        ),
    )
    export.add_argument("--out", required=True, metavar="文件夹", help="工作簿保存到的文件夹")
    export.add_argument(
        "--since-last", action="store_true", help="自上一批次以来的新增和变更（默认）"
    )
    export.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="起始日期（含）")
    export.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="截止日期（含）")
    export.add_argument("--again", metavar="批次号", help="重新导出已有批次，例如 3 或 0003")
    return export  # type: ignore[no-any-return]


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{what}“{text}”不是有效日期，格式应为 YYYY-MM-DD") from None


def _choice(args: argparse.Namespace) -> tuple[date | None, date | None, int | None]:
    """(from, to, again) from the arguments; ValueError with a Chinese message if they clash."""
    dated = args.date_from is not None or args.date_to is not None
    if args.again is not None:
        if dated or args.since_last:
            raise ValueError("--again 不能与 --since-last、--from、--to 同时使用")
        if not _BATCH.fullmatch(args.again.strip()):
            raise ValueError(f"批次号“{args.again}”不正确，应为 1 至 9999 的数字")
        return None, None, int(args.again)
    if dated:
        if args.since_last:
            raise ValueError("--since-last 不能与 --from、--to 同时使用")
        if args.date_from is None or args.date_to is None:
            raise ValueError("--from 和 --to 须同时给出")
        return _day(args.date_from, "起始日期"), _day(args.date_to, "截止日期"), None
    return None, None, None


class _Printer:
    """Progress lines: each stage when it starts and ends, and every tenth in between."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.stage = ""
        self.tenth = -1

    def __call__(self, stage: str, done: int, total: int) -> bool:
        tenth = done * 10 // total if total else 10
        if stage != self.stage or tenth > self.tenth:
            self.stage, self.tenth = stage, tenth
            count = f" {done}/{total}" if total else ""
            print(f"[{time.perf_counter() - self.started:6.1f} 秒] {stage}{count}", flush=True)
        return True


def run_export(args: argparse.Namespace, db: str, user: UserInfo | None = None) -> int:
    try:
        date_from, date_to, again = _choice(args)
    except ValueError as exc:
        print(f"未导出：{exc}", file=sys.stderr)
        return 1

    def work(ctx: AppContext) -> int:
        from counter_app.hq import export

        printer = _Printer()
        try:
            if again is not None:
                print(f"正在重新导出第 {again:04d} 批：{ctx.database}", flush=True)
                result = export.export_batch_again(
                    ctx, again, args.out, user=user, progress=printer
                )
            else:
                print(f"正在导出：{ctx.database}", flush=True)
                result = export.export_period(
                    ctx,
                    user,
                    args.out,
                    since_last=date_from is None,
                    date_from=date_from,
                    date_to=date_to,
                    progress=printer,
                )
        except KeyboardInterrupt:
            print("已中断：没有生成文件，也没有记录批次。", file=sys.stderr)
            return 130
        except Exception as exc:  # a bug, a full disk …: said in one line, nothing half-written
            from counter_app.services.errors import UserError

            if isinstance(exc, UserError):
                raise
            print(
                f"未导出：遇到意外错误（{type(exc).__name__}: {exc}），"
                "没有生成文件，也没有记录批次。",
                file=sys.stderr,
            )
            return 1
        for line in result.lines():
            print(line)
        return 0

    return on_store(db, work, refused="未导出：")
