"""`counter-app demo`: fill a database with reproducible demo data (演示数据).

    counter-app --db demo.db demo --customers 2000 --visits 10000 --days 90 --seed 1

Used for demonstrations, training and benchmarks; never on a hall's real
database: it fills only a new, empty store (then the demo hall and its users are
created, the store is marked as the demo's and the users' password is printed) or a
store it marked before, after a login of its administrator (cli_login.py). Any other
store is refused (exit 1) with nothing written. Besides customers, visits and
applications it fills the money side: HQ's sample fee schedule and arrears list
(resources/samples/, through the app's own import), arrears of a share of the demo
accounts, payments with numbered receipts (some reprinted, some voided) and a settled
cash drawer for every past clerk-day; today stays open.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING, Any

from counter_app.cli_store import on_store

if TYPE_CHECKING:
    from counter_app.services.context import AppContext


def add_demo_parser(sub: Any) -> argparse.ArgumentParser:
    """Add the `demo` sub-command to the parser's sub-parsers (``parser.add_subparsers()``)."""
    demo = sub.add_parser(
        "demo",
        help="填充演示数据（客户、户号、业务受理、来访、欠费、收费、日结），用于演示、培训和性能测试",
        description=(
            "在数据库中填充可重复的演示数据：同一随机种子得到同样的数据。"
            "包括导入示例收费标准和示例欠费清单、部分户号的欠费、带收据的收费"
            "（含补打和作废）以及以往每天的日结（今天不日结）。"
            "只能用于新的空数据库（先建立演示营业厅和演示用户，并显示其密码）"
            "或演示程序以前建立的演示数据库（须以其管理员登录）；"
            "营业厅的正式数据库一律拒绝，不写入任何数据。"
        ),
    )
    demo.add_argument("--customers", type=int, default=2000, help="客户数（默认 2000）")
    demo.add_argument("--visits", type=int, default=10000, help="来访次数（默认 10000）")
    demo.add_argument("--days", type=int, default=90, help="来访分布在截至今天的天数（默认 90）")
    demo.add_argument("--seed", type=int, default=1, help="随机种子（默认 1）")
    return demo  # type: ignore[no-any-return]


def run_demo(args: argparse.Namespace, db: str) -> int:
    def work(ctx: AppContext) -> int:
        from counter_app.cli_login import LoginRefused, authenticate
        from counter_app.demo import fill_demo, refuse_real_store
        from counter_app.services import auth
        from counter_app.services.errors import UserError

        try:
            refuse_real_store(ctx)  # before any login: a real store is never written to
            if auth.list_users(ctx):  # its own demo store (or a training store): its admin
                authenticate(ctx, "demo")
        except UserError as exc:
            print(f"未填充演示数据：{exc.message}", file=sys.stderr)
            return 1
        except LoginRefused as refused:
            print(f"未填充演示数据：{refused.message}", file=sys.stderr)
            return refused.code
        started = time.perf_counter()

        def progress(message: str) -> None:
            print(f"[{time.perf_counter() - started:6.1f} 秒] {message}", flush=True)

        print(f"正在填充演示数据：{ctx.database}", flush=True)
        summary = fill_demo(
            ctx, args.customers, args.visits, args.days, args.seed, progress, hq_samples=True
        )
        print("演示数据已填充：")
        for line in summary.lines():
            print(f"  {line}")
        return 0

    return on_store(db, work, refused="未完成：")
