"""Importing HQ's arrears list of 100,000 rows against bare openpyxl reading the same file.

    python bench/import_arrears.py [--runs 3] [--rows 100000] [--via cli|python]

The workbook is HQ's format (services.hq_imports.ARREARS_HEADERS, as
tools/make_samples.py writes it: account numbers as text, amounts as
numbers with two decimals, due dates as date cells), ~30,000 accounts owing one
to six of the last months before today, generated once per day and row count and
cached under the temp folder (counter-bench-arrears/). A copy whose last row is
bad (a due date in 0001) is made beside it.

Each run, timed as whole processes and alternating (paired):

- app: the import on a fresh copy of a store with the hall set up
  (``auth.setup_hall``): ``counter-app --db STORE import-arrears FILE`` (--via cli,
  the default), logged in as the hall's administrator through a login file
  (``COUNTER_APP_LOGIN_FILE``, as a scheduled job does), or ``python -c`` opening the
  store and calling ``hq_imports.import_arrears`` (--via python).
- bare: ``python -c`` loading the same file with openpyxl read-only
  (``data_only``) and iterating every row's values.

Also timed (once per run): the app refusing the copy with the bad last row, which
must be read through and write nothing (checked: no arrears in the store after).

Peak memory is the largest sum of the resident memory of the app's processes (the
import reads a large file in a child process: services/workbook_apart.py), sampled
every 10 ms from /proc; where there is no /proc, the peak of the largest single
process (GNU time, or ``wait4``).

Budget: median app/bare ratio ≤ 1.5 ×, peak memory < 150 MB. Exit status 1 when over.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from counter_app.bootstrap import open_context
from counter_app.domain.clock import local_date
from counter_app.sample_hall import set_up_hall
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
            rows.append([account, name, address, category, month, due, paid, due - paid, due_date])
    return rows


def write_workbook(path: Path, rows: list[list[object]]) -> None:
    """As HQ sends it: text account numbers and months, 0.00 amounts, yyyy-mm-dd dates;
    then the texts moved into a shared-strings table and the sheet's size declared, as
    Excel saves a workbook (openpyxl writes inline strings and no size: both slower to
    read, which would flatter the app)."""
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
    as_excel_saves(part, path, len(rows) + 1)
    part.unlink()


SHEET = "xl/worksheets/sheet1.xml"
INLINE = re.compile(r't="inlineStr"><is><t(?: [^>]*)?>(.*?)</t></is>', re.S)


def as_excel_saves(source: Path, target: Path, last_row: int) -> None:
    strings: dict[str, int] = {}

    def shared(match: re.Match[str]) -> str:
        index = strings.setdefault(match[1], len(strings))
        return f't="s"><v>{index}</v>'

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename).decode("utf-8")
            if item.filename == SHEET:
                data = INLINE.sub(shared, data)
                data = data.replace(
                    "<sheetViews>", f'<dimension ref="A1:I{last_row}"/><sheetViews>', 1
                )
            elif item.filename == "[Content_Types].xml":
                data = data.replace(
                    "</Types>",
                    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    "</Relationships>",
                    '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                    "</Relationships>",
                )
            new.writestr(item.filename, data)
        table = "".join(f"<si><t>{s}</t></si>" for s in strings)
        new.writestr(
            "xl/sharedStrings.xml",
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{table}</sst>',
        )


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
        set_up_hall(ctx, password=PASSWORD)
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
from counter_app.bootstrap import open_context
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


ROOT = Path(__file__).resolve().parents[1]


def login_file(folder: Path) -> Path:
    """The administrator's login for the CLI, as a scheduled job gives it."""
    path = folder / "login.txt"
    path.write_text(f"admin\n{PASSWORD}\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def app_command(via: str, db: Path, file: Path) -> list[str]:
    if via == "cli":
        cli = Path(sys.executable).with_name("counter-app")
        return [str(cli), "--db", str(db), "import-arrears", str(file)]
    return [sys.executable, "-c", PYTHON_ENTRY, str(db), str(file), PASSWORD]


TIME = Path("/usr/bin/time")


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            for task in os.listdir(f"/proc/{parent}/task"):
                with open(f"/proc/{parent}/task/{task}/children") as children:
                    todo.extend(int(p) for p in children.read().split())
        except OSError:
            continue
        found.append(parent)
    return found


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


PARTS: list[float] = []  # the last timed command's processes at its peak, MB


class TreeMemory(threading.Thread):
    """The largest sum of RSS over a process and its descendants, sampled."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.done = pid, 0, threading.Event()
        self.parts: list[int] = []  # each process's RSS (kB) at the peak, largest first

    def run(self) -> None:
        while not self.done.wait(0.01):
            tree = _descendants(self.pid)
            tree = [p for p in tree if p != self.pid] if TIME.exists() else tree  # not GNU time
            sizes = sorted((_rss_kb(p) for p in tree), reverse=True)
            if sum(sizes) > self.peak_kb:
                self.peak_kb, self.parts = sum(sizes), sizes


def timed(command: list[str], folder: Path) -> tuple[float, float, float, int, str]:
    """Wall seconds, CPU seconds (user + system), peak RSS in MB of the command, exit
    status, its output.

    The peak comes from GNU time when there is one: a child forked from this process
    starts with this process's pages resident, so its own ru_maxrss (wait4) would count
    the rows generated here."""
    # This checkout's code in the children, and the administrator's login for the CLI.
    env = dict(os.environ, PYTHONPATH=str(ROOT), COUNTER_APP_LOGIN_FILE=str(login_file(folder)))
    out, rss = folder / "child.out", folder / "child.rss"
    if TIME.exists():
        command = [str(TIME), "-f", "%M", "-o", str(rss), *command]
    with out.open("w") as sink:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=env)
        tree = TreeMemory(child.pid)
        if Path("/proc/self/task").exists():
            tree.start()
        _pid, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        tree.done.set()
    child.returncode = os.waitstatus_to_exitcode(status)
    peak_kb = int(rss.read_text().split()[-1]) if TIME.exists() else usage.ru_maxrss
    if tree.peak_kb >= peak_kb:
        peak_kb = tree.peak_kb
        PARTS[:] = [kb / 1024 for kb in tree.parts]
    else:
        PARTS[:] = [peak_kb / 1024]
    cpu = usage.ru_utime + usage.ru_stime  # the command's, with what it waited for
    return wall, cpu, peak_kb / 1024, child.returncode, out.read_text(errors="replace")


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
    via = args.via
    apps: list[float] = []
    bares: list[float] = []
    refusals: list[float] = []
    peaks: list[float] = []
    cpu_ratios: list[float] = []  # steadier than wall time on a shared machine
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        template = prepare_store(folder)
        for n in range(args.runs):
            db = fresh_copy(template, folder, "store.db")
            wall, cpu, peak, status, output = timed(app_command(via, db, good), folder)
            parts = " + ".join(f"{mb:.0f}" for mb in PARTS)
            if status != 0 or arrears_count(db) != args.rows:
                print(f"the import failed (exit {status}): {output.strip()[-500:]}")
                return 1
            bare, bare_cpu, _peak, bare_status, bare_out = timed(
                [sys.executable, "-c", BARE, str(good)], folder
            )
            if bare_status != 0 or bare_out.split()[-1] != str(args.rows + 1):
                print(f"the bare read failed: {bare_out[-300:]}")
                return 1
            db = fresh_copy(template, folder, "store.db")
            refused, _cpu, _p, refused_status, refused_out = timed(
                app_command(via, db, bad), folder
            )
            if refused_status != 1 or "0001-01-01" not in refused_out or arrears_count(db):
                print(f"the bad file was not refused cleanly: {refused_out[-500:]}")
                return 1
            apps.append(wall)
            cpu_ratios.append(cpu / bare_cpu)
            bares.append(bare)
            refusals.append(refused)
            peaks.append(peak)
            print(
                f"  run {n + 1}: app {wall:.2f} s (cpu {cpu:.2f} s, {peak:.0f} MB = {parts}), bare "
                f"{bare:.2f} s (cpu {bare_cpu:.2f} s), ratio {wall / bare:.2f} (cpu "
                f"{cpu / bare_cpu:.2f}); bad last row refused in {refused:.2f} s",
                flush=True,
            )
    ratio = statistics.median(a / b for a, b in zip(apps, bares, strict=True))
    peak = max(peaks)
    ratio_ok, memory_ok = ratio <= RATIO_BUDGET, peak < MEMORY_BUDGET_MB
    what = (
        "counter-app --db STORE import-arrears FILE"
        if via == "cli"
        else "python -c: open_context + import_arrears(admin)"
    )
    print(
        f"\napp:         {statistics.median(apps):6.2f} s   (median of {len(apps)}; {what}, "
        f"{args.rows:,} rows into a fresh store)\n"
        f"bare:        {statistics.median(bares):6.2f} s   (python -c: openpyxl read-only, "
        f"every row's values)\n"
        f"ratio:       {ratio:6.2f} ×   (median of the paired ratios; of CPU time "
        f"{statistics.median(cpu_ratios):.2f} ×)   budget ≤ "
        f"{RATIO_BUDGET} ×   {'OK' if ratio_ok else 'OVER BUDGET'}\n"
        f"peak memory: {peak:6.0f} MB  (the app's processes together, largest of the runs)"
        f"   budget < "
        f"{MEMORY_BUDGET_MB:.0f} MB   {'OK' if memory_ok else 'OVER BUDGET'}\n"
        f"bad last row: {statistics.median(refusals):5.2f} s   (median; refused, nothing "
        f"written; {statistics.median(r / b for r, b in zip(refusals, bares, strict=True)):.2f} "
        f"× bare)"
    )
    return 0 if ratio_ok and memory_ok else 1


if __name__ == "__main__":
    sys.exit(main())
