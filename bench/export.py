"""The HQ export (counter_app.hq.export) of 100,000 visits and their payments against bare openpyxl.

    python bench/export.py [--repeat 2] [--rebuild]

The store is bench/out/export.db (git-ignored), filled by the same generator as
`counter-app demo` (counter_app.demo.fill_demo: 20,000 customers, 100,000 visits
over 90 days with their applications, payments and settlements); it is reused
when it is there with the right number of visits.

In the same run, each --repeat times:

- app: ``export.export_period`` over every day of the store (a date range, so
  every run exports the same rows), as the CLI and the GUI call it: SQL through
  SQLAlchemy with ``yield_per``, masking, neutralising, texts and SHA-256 per
  sheet, the rows kept in export_rows for re-export, the batch and audit entry,
  write-only openpyxl with lxml, temp file and rename. The batch is then removed
  again (bench only) so the store stays as it was.
- bare: the same work without the app: plain sqlite3 reads the same rows (the
  same joins, every row fetched), then openpyxl write-only writes the very same
  cell values (taken beforehand from the app's batch, held in memory) into the
  same seven sheets with the same number formats, widths, header style, frozen
  header and autofilter. Not included on the bare side: masking, text and
  checksums, snapshot rows, deduplication, the transaction.

The best of the repeats counts. Peak memory is the ru_maxrss of a separate
process that only runs the app's export (no bare rows in memory).

Budget: app ≤ 1.3 × bare, peak memory ≤ 300 MB. Exit status 1 when over.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from counter_app import demo
from counter_app.bootstrap import open_context
from counter_app.hq import contract, export
from counter_app.services.context import AppContext
from counter_app.services.identity import user_info
from counter_app.store.models import AuditEntry, Payment, PaymentLine, User, Visit

OUT = Path(__file__).resolve().parent / "out"
DB = OUT / "export.db"
META = OUT / "export.json"
CUSTOMERS, VISITS, DAYS, SEED = 20_000, 100_000, 90, 1
RATIO_BUDGET = 1.3
MEMORY_BUDGET_MB = 300.0


def count(ctx: AppContext, model: type) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def prepare(rebuild: bool) -> tuple[AppContext, dict[str, Any]]:
    OUT.mkdir(parents=True, exist_ok=True)
    if DB.exists() and not rebuild:
        ctx = open_context(str(DB))
        with ctx.read() as s:
            filled = s.scalar(select(func.count()).where(AuditEntry.action == "demo.fill"))
        if filled and count(ctx, Visit) == VISITS and META.exists():
            meta = json.loads(META.read_text(encoding="utf-8"))
            meta["reused"] = True
            return ctx, meta
        ctx.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DB}{suffix}").unlink(missing_ok=True)
    ctx = open_context(str(DB))
    started = time.perf_counter()

    def progress(message: str) -> None:
        print(f"  [{time.perf_counter() - started:6.1f} s] {message}", flush=True)

    print(f"filling {DB} with {CUSTOMERS:,} customers and {VISITS:,} visits ...", flush=True)
    summary = demo.fill_demo(ctx, CUSTOMERS, VISITS, DAYS, SEED, progress)
    meta = {
        "customers": CUSTOMERS,
        "visits": VISITS,
        "first_day": summary.first_day.isoformat(),
        "last_day": summary.last_day.isoformat(),
        "fill_seconds": round(summary.seconds, 1),
        "built": datetime.now().isoformat(timespec="seconds"),
    }
    META.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    meta["reused"] = False
    return ctx, meta


def forget(batch_no: int) -> None:
    """Remove a bench batch, its rows and its audit entry (the newest: the chain stays whole)."""
    conn = sqlite3.connect(DB)
    try:
        with conn:
            (batch_id,) = conn.execute(
                "SELECT id FROM export_batches WHERE batch_no = ?", (batch_no,)
            ).fetchone()
            conn.execute("DELETE FROM export_rows WHERE batch_id = ?", (batch_id,))
            conn.execute("DELETE FROM export_batches WHERE id = ?", (batch_id,))
            conn.execute(
                "DELETE FROM audit_entries WHERE id = (SELECT max(id) FROM audit_entries) "
                "AND action = 'export.batch'"
            )
    finally:
        conn.close()


def app_export(ctx: AppContext, first: date, last: date, folder: Path) -> export.ExportResult:
    # As a supervisor does it: the export is refused to no one signed in.
    with ctx.read() as s:
        admin = s.scalars(select(User).where(User.role == "admin").order_by(User.id)).first()
        assert admin is not None, "the demo store has no administrator"
        user = user_info(admin)
    return export.export_period(ctx, user, folder, date_from=first, date_to=last)


# -- bare: plain sqlite3, then openpyxl with precomputed values ---------------------------

BARE_QUERIES = (
    "SELECT v.visit_no, t.ticket_no, v.counter, u.staff_no, v.arrived_at, v.called_at, "
    "v.started_at, v.ended_at, v.business_code, a.account_no, c.name, v.outcome, v.rating "
    "FROM visits v JOIN users u ON u.id = v.clerk_id "
    "LEFT JOIN customers c ON c.id = v.customer_id "
    "LEFT JOIN (SELECT visit_id, min(account_id) AS account_id FROM payments "
    "  WHERE visit_id IS NOT NULL GROUP BY visit_id) p ON p.visit_id = v.id "
    "LEFT JOIN (SELECT visit_id, min(account_id) AS account_id FROM applications "
    "  WHERE visit_id IS NOT NULL GROUP BY visit_id) q ON q.visit_id = v.id "
    "LEFT JOIN accounts a ON a.id = coalesce(p.account_id, q.account_id) "
    "LEFT JOIN (SELECT visit_id, min(ticket_no) AS ticket_no FROM tickets "
    "  WHERE visit_id IS NOT NULL GROUP BY visit_id) t ON t.visit_id = v.id "
    "ORDER BY v.id",
    "SELECT p.application_no, p.business_name, a.account_no, c.name, c.cert_no, c.mobile, "
    "p.address, p.capacity_kw, p.accepted_at, s.name, s.due_date, p.status, p.promised_date, "
    "p.completed_at FROM applications p JOIN customers c ON c.id = p.customer_id "
    "LEFT JOIN accounts a ON a.id = p.account_id LEFT JOIN application_steps s "
    "ON s.application_id = p.id AND s.code = p.current_step ORDER BY p.id",
    "SELECT p.receipt_no, l.seq, p.paid_at, a.account_no, c.name, l.item, l.bill_month, "
    "l.principal, l.late_fee, l.amount, p.method, p.reference, u.staff_no, p.status, "
    "p.void_reason, p.voided_by FROM payment_lines l JOIN payments p ON p.id = l.payment_id "
    "JOIN accounts a ON a.id = p.account_id JOIN customers c ON c.id = a.customer_id "
    "JOIN users u ON u.id = p.clerk_id ORDER BY p.id, l.seq",
    "SELECT * FROM settlements ORDER BY id",
    "SELECT * FROM complaints ORDER BY id",
)


def bare_read() -> int:
    conn = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    try:
        n = 0
        for sql in BARE_QUERIES:
            for _row in conn.execute(sql):
                n += 1
        return n
    finally:
        conn.close()


def bare_write(path: Path, sheets: dict[str, list[list[Any]]], info: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    line = Border(bottom=Side(style="thin", color="8EA9DB"))
    middle = Alignment(horizontal="center", vertical="center")
    layouts = {contract.INFO_SHEET: contract.INFO_COLUMNS, **contract.SHEETS}
    for name, columns in layouts.items():
        ws = wb.create_sheet(name)
        for i, col in enumerate(columns, 1):
            ws.column_dimensions[get_column_letter(i)].width = col.width
        ws.freeze_panes = "A2"
        header = []
        for col in columns:
            cell = WriteOnlyCell(ws, col.header)
            cell.font, cell.fill, cell.border, cell.alignment = bold, fill, line, middle
            header.append(cell)
        ws.append(header)
        formats = [contract.NUMBER_FORMATS.get(col.kind) for col in columns]
        rows = info if name == contract.INFO_SHEET else sheets[name]
        for values in rows:
            row: list[Any] = []
            for value, number_format in zip(values, formats, strict=True):
                if name == contract.INFO_SHEET and isinstance(value, datetime):
                    number_format = "yyyy-mm-dd hh:mm"
                if number_format is None or value is None:
                    row.append(value)
                else:
                    c = WriteOnlyCell(ws, value)
                    c.number_format = number_format
                    row.append(c)
            ws.append(row)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    wb.save(str(path))


def precompute(ctx: AppContext, result: export.ExportResult) -> tuple[dict[str, Any], list[Any]]:
    """The app batch's cell values, in memory, for the bare writer."""
    from openpyxl import load_workbook

    sheets: dict[str, list[list[Any]]] = {name: [] for name in contract.DATA_SHEETS}
    for name, values in export.stored_rows(ctx, result.batch_no):
        sheets[name].append(values)
    book = load_workbook(result.path, read_only=True)
    info = [
        [*r, None][:2] for r in book[contract.INFO_SHEET].iter_rows(min_row=2, values_only=True)
    ]
    book.close()
    return sheets, info


# -- memory: the app's export alone, in a process of its own ---------------------------------


def peak_rss_kb() -> int:
    """This process's peak resident set: VmHWM on Linux (ru_maxrss would include what the
    parent held before exec), ru_maxrss elsewhere."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def memory_probe(first: str, last: str) -> int:
    before = peak_rss_kb()
    ctx = open_context(str(DB))
    try:
        with tempfile.TemporaryDirectory() as folder:
            result = app_export(ctx, date.fromisoformat(first), date.fromisoformat(last),
                                Path(folder))  # fmt: skip
    finally:
        ctx.close()
    forget(result.batch_no)
    peak = peak_rss_kb()
    print(json.dumps({"before_kb": before, "peak_kb": peak}))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="runs of each side (best counts)")
    parser.add_argument("--rebuild", action="store_true", help="fill a fresh store")
    parser.add_argument("--memory-probe", nargs=2, metavar=("FROM", "TO"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_probe:
        return memory_probe(*args.memory_probe)

    ctx, meta = prepare(args.rebuild)
    first, last = date.fromisoformat(meta["first_day"]), date.fromisoformat(meta["last_day"])
    try:
        size_mb = DB.stat().st_size / 1e6
        print(
            f"store: {DB.name}, {size_mb:,.0f} MB ({'reused' if meta['reused'] else 'filled'}; "
            f"filled in {meta['fill_seconds']:.1f} s on {meta['built']}): "
            f"{count(ctx, Visit):,} visits, {count(ctx, Payment):,} payments, "
            f"{count(ctx, PaymentLine):,} receipt lines, {first} to {last}"
        )
        if not count(ctx, Payment):
            print("the demo store has no payments: rebuild it with --rebuild")
            return 1
        import openpyxl  # noqa: F401 - imported before timing: neither side pays for it

        app_runs: list[tuple[float, float]] = []  # (wall, cpu) seconds
        bare_runs: list[tuple[float, float]] = []
        read_times: list[float] = []
        result = None
        with tempfile.TemporaryDirectory() as folder:
            for n in range(args.repeat):
                w0, c0 = time.perf_counter(), time.process_time()
                result = app_export(ctx, first, last, Path(folder))
                app_runs.append((time.perf_counter() - w0, time.process_time() - c0))
                if n == 0:
                    size = result.path.stat().st_size / 1e6
                    sheets, info = precompute(ctx, result)
                result.path.unlink()
                forget(result.batch_no)

                w0, c0 = time.perf_counter(), time.process_time()
                read = bare_read()
                read_times.append(time.perf_counter() - w0)
                bare_write(Path(folder) / "bare.xlsx", sheets, info)
                bare_runs.append((time.perf_counter() - w0, time.process_time() - c0))
                print(
                    f"  run {n + 1}: app {app_runs[-1][0]:.2f} s (cpu {app_runs[-1][1]:.2f}), "
                    f"bare {bare_runs[-1][0]:.2f} s (cpu {bare_runs[-1][1]:.2f}; sqlite3 read "
                    f"of {read:,} rows {read_times[-1]:.2f} s)",
                    flush=True,
                )
        assert result is not None
        rows = ", ".join(f"{k} {v:,}" for k, v in result.row_counts.items())
        print(f"workbook: {rows}; {size:.1f} MB")
        app, bare = min(w for w, _c in app_runs), min(w for w, _c in bare_runs)
        app_cpu, bare_cpu = min(c for _w, c in app_runs), min(c for _w, c in bare_runs)
        ratio = app / bare
        probe = subprocess.run(
            [sys.executable, __file__, "--memory-probe", first.isoformat(), last.isoformat()],
            capture_output=True,
            text=True,
            check=True,
        )
        memory = json.loads(probe.stdout.strip().splitlines()[-1])
        peak_mb = memory["peak_kb"] / 1024
        base_mb = memory["before_kb"] / 1024
        ratio_ok, memory_ok = ratio <= RATIO_BUDGET, peak_mb <= MEMORY_BUDGET_MB
        print(
            f"\napp export:  {app:6.2f} s   (best of {len(app_runs)}; cpu {app_cpu:.2f} s)\n"
            f"bare:        {bare:6.2f} s   (best of {len(bare_runs)}; cpu {bare_cpu:.2f} s: "
            f"sqlite3 read {min(read_times):.2f} s + openpyxl write-only of the same values)\n"
            f"ratio:       {ratio:6.2f} ×   (cpu {app_cpu / bare_cpu:.2f} ×)   budget ≤ "
            f"{RATIO_BUDGET} ×   {'OK' if ratio_ok else 'OVER BUDGET'}\n"
            f"peak memory: {peak_mb:6.0f} MB  (peak RSS of a process running only the app "
            f"export; {base_mb:.0f} MB before it)   budget ≤ {MEMORY_BUDGET_MB:.0f} MB   "
            f"{'OK' if memory_ok else 'OVER BUDGET'}"
        )
        return 0 if ratio_ok and memory_ok else 1
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
