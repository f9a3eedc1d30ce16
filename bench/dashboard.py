"""指标看板 of one month through the service layer, on the demo store of 1,000,000 visits.

    python bench/dashboard.py [--runs 7] [--rebuild]

The store is bench/out/dashboard.db (git-ignored): a copy of bench/lookup.py's
bench/out/lookup.db (200,000 customers and 1,000,000 visits over 90 days from
counter_app.demo.fill_demo; built by lookup.py's own code when it is missing or
of another size), migrated to the current schema. Where the demo leaves
something out that the dashboard reads, the copy is topped up once, by SQL,
so that every query works on realistic volumes:

- visits without a queue category, arrival or call get them (walk-ins, one in
  ten, keep no call), and seven in ten a rating (5 60 %, 4 25 %, 3 8 %, 2 4 %,
  1 3 %); categories follow the business (A applications, B payments, C the
  rest);
- when there are no payments, each payment visit gets a receipt (cash, card,
  mobile by turns, one in fifty voided);
- when there are no complaints, every bad rating gets its follow-up and one
  visit in two hundred a complaint, with their deadlines, a share overdue;
- today gets some waiting tickets.

What was topped up is printed and kept in dashboard.json beside the store;
delete the store (or pass --rebuild) once the demo fills these itself.

The month timed is the last full calendar month of the store (October for a
store filled in November): services.dashboard.dashboard is called --runs times
after two warm-up runs and the median is held against the budget. For
comparison each SQL statement one dashboard runs is timed again on a bare
sqlite3 connection with the same SQL and parameters; the heaviest are printed
with the indexes their plans use (SQLite plans without statistics here: a plan
that strays from the index a statement was written for shows up there).

Budget: median ≤ 500 ms for a month. Exit status 1 when it is broken.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sqlite3
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select

from counter_app.bootstrap import open_context
from counter_app.domain import indicators
from counter_app.domain.clock import local_date
from counter_app.services import dashboard
from counter_app.services.context import AppContext
from counter_app.store.models import AuditEntry, Visit

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
SOURCE = OUT / "lookup.db"
DB = OUT / "dashboard.db"
META = OUT / "dashboard.json"
VISITS = 1_000_000
BUDGET_MS = 500.0
WARMUP = 2


# -- the store ---------------------------------------------------------------------------


def _lookup_bench() -> Any:
    """bench/lookup.py as a module: its prepare() builds (or reuses) lookup.db."""
    spec = importlib.util.spec_from_file_location("bench_lookup", HERE / "lookup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _source_visits() -> int:
    if not SOURCE.exists():
        return 0
    conn = sqlite3.connect(f"file:{SOURCE}?mode=ro", uri=True)
    try:
        filled = conn.execute(
            "SELECT count(*) FROM audit_entries WHERE action = 'demo.fill'"
        ).fetchone()[0]
        return int(conn.execute("SELECT count(*) FROM visits").fetchone()[0]) if filled else 0
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def _copy_source() -> None:
    """A consistent copy of lookup.db (its WAL included) by SQLite's backup API."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DB}{suffix}").unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{SOURCE}?mode=ro", uri=True)
    dst = sqlite3.connect(DB)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def _count(ctx: AppContext, model: Any) -> int:
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def prepare(rebuild: bool) -> tuple[AppContext, dict[str, Any]]:
    OUT.mkdir(parents=True, exist_ok=True)
    source_stamp = SOURCE.stat().st_mtime if SOURCE.exists() else None
    if DB.exists() and META.exists() and not rebuild:
        meta = json.loads(META.read_text(encoding="utf-8"))
        if meta.get("source_mtime") == source_stamp:
            ctx = open_context(str(DB))
            if _count(ctx, Visit) == VISITS:
                meta["reused"] = True
                return ctx, meta
            ctx.close()
    if _source_visits() != VISITS:
        print(f"{SOURCE.name} is missing or not of {VISITS:,} visits: building it …", flush=True)
        lookup_ctx, _ = _lookup_bench().prepare(200_000, VISITS, rebuild=True)
        lookup_ctx.close()
        source_stamp = SOURCE.stat().st_mtime
    started = time.perf_counter()
    print(f"copying {SOURCE.name} to {DB.name} …", flush=True)
    _copy_source()
    ctx = open_context(str(DB))  # migrates the copy to the current schema
    with ctx.read() as s:
        filled = s.scalar(select(func.count()).where(AuditEntry.action == "demo.fill"))
    assert filled, "the copy is not a demo store"
    topped = top_up(DB, local_date(ctx.clock()))
    meta = {
        "source": SOURCE.name,
        "source_mtime": source_stamp,
        "visits": VISITS,
        "topped_up": topped,
        "prepare_seconds": round(time.perf_counter() - started, 1),
        "built": datetime.now().isoformat(timespec="seconds"),
    }
    META.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    meta["reused"] = False
    return ctx, meta


def _stamp(expr: str) -> str:
    """SQL for a time stored the way SQLAlchemy stores it on SQLite."""
    return f"strftime('%Y-%m-%d %H:%M:%S', {expr}) || '.000000'"


def top_up(path: Path, today: date) -> dict[str, int]:
    """Fill, by SQL, what the demo does not (yet) write; returns what was added."""
    conn = sqlite3.connect(path)
    done: dict[str, int] = {}
    try:
        conn.execute("BEGIN")
        queue_less = conn.execute(
            "SELECT count(*) FROM visits WHERE called_at IS NULL AND arrived_at IS NULL"
        ).fetchone()[0]
        if queue_less:
            # Waits of 30 s … 25.5 min by id, a call a few seconds before the start.
            cur = conn.execute(
                f"""
                UPDATE visits SET
                  category = CASE
                    WHEN category != '' THEN category
                    WHEN business_code = 'payment' THEN 'B'
                    WHEN business_code = 'inquiry' THEN 'C' ELSE 'A' END,
                  arrived_at = CASE WHEN id % 10 = 0 THEN started_at ELSE
                    {_stamp("started_at, '-' || ((id * 7919) % 1500 + 30) || ' seconds'")} END,
                  called_at = CASE WHEN id % 10 = 0 THEN NULL ELSE
                    {_stamp("started_at, '-' || ((id * 31) % 30) || ' seconds'")} END
                WHERE called_at IS NULL AND arrived_at IS NULL
                """
            )
            done["visits given a queue category, arrival and call"] = cur.rowcount
            # Their waiting seconds, as the queue stamps them (models.Visit.wait_seconds).
            conn.execute(
                """
                UPDATE visits SET wait_seconds =
                  CAST(round((julianday(called_at) - julianday(arrived_at)) * 86400) AS INTEGER)
                WHERE wait_seconds IS NULL AND called_at IS NOT NULL AND arrived_at IS NOT NULL
                """
            )
        rated = conn.execute("SELECT count(*) FROM visits WHERE rating IS NOT NULL").fetchone()
        if not rated[0]:
            cur = conn.execute(
                """
                UPDATE visits SET
                  rating = CASE
                    WHEN (id * 13) % 100 < 30 THEN NULL
                    WHEN (id * 17) % 100 < 60 THEN 5
                    WHEN (id * 17) % 100 < 85 THEN 4
                    WHEN (id * 17) % 100 < 93 THEN 3
                    WHEN (id * 17) % 100 < 97 THEN 2
                    ELSE 1 END,
                  rated_at = ended_at
                WHERE ended_at IS NOT NULL
                """
            )
            conn.execute("UPDATE visits SET rated_at = NULL WHERE rating IS NULL")
            done["visits rated (seven in ten)"] = conn.execute(
                "SELECT count(*) FROM visits WHERE rating IS NOT NULL"
            ).fetchone()[0]
        if not conn.execute("SELECT count(*) FROM payments").fetchone()[0]:
            top = conn.execute("SELECT max(id) FROM accounts").fetchone()[0] or 0
            assert top, "the demo store has no accounts"
            cur = conn.execute(
                """
                INSERT INTO payments (receipt_no, hall_id, counter, clerk_id, account_id,
                  visit_id, paid_at, method, reference, total, tendered, change, check_code,
                  status, void_reason, voided_at, voided_by, reprint_count, settlement_id,
                  updated_at)
                SELECT 'BENCH-' || v.id, v.hall_id, v.counter, v.clerk_id, 1 + (v.id % ?), v.id,
                  v.ended_at,
                  CASE v.id % 3 WHEN 0 THEN 'cash' WHEN 1 THEN 'card' ELSE 'mobile' END,
                  '', 1000 + (v.id * 7919) % 90000, NULL, NULL, 'BENCH',
                  CASE WHEN v.id % 50 = 0 THEN 'void' ELSE 'valid' END, '', NULL, NULL, 0, NULL,
                  v.ended_at
                FROM visits v WHERE v.business_code = 'payment' AND v.ended_at IS NOT NULL
                """,
                (top,),
            )
            done["payments (one per payment visit, 1 in 50 void)"] = cur.rowcount
        if not conn.execute("SELECT count(*) FROM complaints").fetchone()[0]:
            # Deadlines: contact the next day, decision in 7 (follow-ups 15) calendar days
            # (close enough here); a third of them still open.
            cur = conn.execute(
                f"""
                INSERT INTO complaints (complaint_no, hall_id, kind, channel, category,
                  customer_id, contact_name, contact_phone, account_no, content, request,
                  visit_id, rating, received_at, contact_due, decision_due, assigned_to,
                  status, contacted_at, resolution, resolved_at, callback_result, closed_at,
                  created_by, updated_at)
                SELECT 'BENCH-' || v.id, v.hall_id,
                  CASE WHEN v.rating <= 2 THEN 'followup' ELSE 'complaint' END,
                  CASE WHEN v.rating <= 2 THEN '评价' ELSE '柜台' END, '服务态度',
                  v.customer_id, '', '', '', '（基准测试）', '', v.id, v.rating, v.ended_at,
                  date(v.ended_at, '+8 hours', '+1 day'),
                  date(v.ended_at, '+8 hours',
                       CASE WHEN v.rating <= 2 THEN '+15 days' ELSE '+7 days' END),
                  NULL,
                  CASE v.id % 3 WHEN 0 THEN 'open' WHEN 1 THEN 'contacted' ELSE 'closed' END,
                  CASE WHEN v.id % 3 = 0 THEN NULL ELSE v.ended_at END, '',
                  CASE WHEN v.id % 3 = 2 THEN v.ended_at END, '',
                  CASE WHEN v.id % 3 = 2 THEN v.ended_at END,
                  v.clerk_id, {_stamp("v.ended_at")}
                FROM visits v
                WHERE v.ended_at IS NOT NULL AND (v.rating <= 2 OR v.id % 200 = 0)
                """
            )
            done["complaints and follow-ups"] = cur.rowcount
        if not conn.execute(
            "SELECT count(*) FROM tickets WHERE day = ?", (today.isoformat(),)
        ).fetchone()[0]:
            hall = conn.execute("SELECT min(id) FROM halls").fetchone()[0]
            now = datetime.now().strftime("%Y-%m-%d %H:%M:%S.000000")
            rows = [
                (hall, today.isoformat(), "B", n, f"B{9000 + n}", now, "waiting", 0, "", now)
                for n in range(1, 13)
            ]
            conn.executemany(
                "INSERT INTO tickets (hall_id, day, category, number, ticket_no, issued_at, "
                "status, recalls, counter, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
            done["tickets waiting today"] = len(rows)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return done


# -- timing ---------------------------------------------------------------------------------


def last_full_month(ctx: AppContext) -> indicators.Period:
    with ctx.read() as s:
        newest = s.scalar(select(func.max(Visit.started_at)))
    assert newest is not None
    last_day = local_date(newest)
    return indicators.month_period(last_day.replace(day=1) - timedelta(days=1))


def record_statements(ctx: AppContext, period: indicators.Period) -> list[tuple[str, Any, bool]]:
    """The SQL and DBAPI parameters of one dashboard, as SQLAlchemy sends them, and
    whether they are sent with executemany."""
    statements: list[tuple[str, Any, bool]] = []
    kinds = ("SELECT", "INSERT", "DELETE", "CREATE", "DROP")

    def before(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        if sql.lstrip().upper().startswith(kinds):
            statements.append((sql, params, many))

    event.listen(ctx.engine, "before_cursor_execute", before)
    try:
        dashboard.dashboard(ctx, period.start, period.end, period.kind)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", before)
    return statements


def time_bare(
    statements: list[tuple[str, Any, bool]], runs: int
) -> tuple[list[tuple[float, str]], dict[str, str]]:
    """Median ms of each statement (execute and fetch) on a plain read-only sqlite3
    connection, the whole sequence replayed ``runs`` times (the temporary tables are
    made and dropped each time, as the service does); and the indexes each SELECT's
    plan uses (EXPLAIN QUERY PLAN), to see at a glance that SQLite planned as meant."""
    conn = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    times: list[list[float]] = [[] for _ in statements]
    plans: dict[str, str] = {}
    try:
        for run in range(runs + 1):
            for n, (sql, params, many) in enumerate(statements):
                if not run and not many and sql.lstrip().upper().startswith(("SELECT", "WITH")):
                    plans[sql] = plan_of(conn, sql, params)
                t0 = time.perf_counter()
                if many:
                    conn.executemany(sql, params)
                else:
                    conn.execute(sql, params).fetchall()
                if run:  # the first replay warms the cache
                    times[n].append((time.perf_counter() - t0) * 1000)
    finally:
        conn.close()
    timed = [(statistics.median(t), sql) for t, (sql, _, _) in zip(times, statements, strict=True)]
    return timed, plans


def plan_of(conn: sqlite3.Connection, sql: str, params: Any) -> str:
    """The indexes (or scans, and sorts) of a statement's plan, in short."""
    steps = []
    for *_, detail in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params):
        words = detail.split()
        if "INDEX" in words:
            steps.append(words[words.index("INDEX") + 1])
        elif words[0] == "SCAN" or "TEMP B-TREE" in detail:
            steps.append(detail.lower())
    return ", ".join(steps)


def describe(sql: str) -> str:
    text = " ".join(sql.split())
    if "CROSS JOIN visits" in text:
        return "visits by clerk, category and day: a seek each, no sort (the one pass)"
    if "CROSS JOIN payments" in text:
        return "payments by clerk and method: a seek each"
    if text.startswith(("SELECT visits.wait_seconds", "SELECT visits.handle_seconds")):
        measure = "waiting" if "visits.wait_seconds FROM" in text else "handling"
        return f"90th percentile of {measure} minutes, one category (ORDER BY … OFFSET)"
    return text[:90] + ("…" if len(text) > 90 else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs (≥ 5)")
    parser.add_argument("--rebuild", action="store_true", help="copy and top up afresh")
    args = parser.parse_args(argv)
    runs = max(5, args.runs)

    ctx, meta = prepare(args.rebuild)
    try:
        size_mb = DB.stat().st_size / 1e6
        how = "reused" if meta["reused"] else f"prepared in {meta['prepare_seconds']:.1f} s"
        print(f"store: {DB.name}, {size_mb:,.0f} MB ({how}; a copy of {meta['source']})")
        for what, n in meta["topped_up"].items():
            print(f"  topped up: {n:,} {what}")
        period = last_full_month(ctx)
        for _ in range(WARMUP):
            figures = dashboard.dashboard(ctx, period.start, period.end, period.kind)
        times, cpu = [], []
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            figures = dashboard.dashboard(ctx, period.start, period.end, period.kind)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        median = statistics.median(times)
        print(
            f"\nmonth {period.label} ({period.start} … {period.end}): {figures.visits:,} visits, "
            f"{figures.payment_count:,} payments, {figures.ratings.rated:,} rated, "
            f"{len(figures.clerks)} clerks, {len(figures.categories)} categories"
        )
        print(
            f"dashboard through the service layer, {runs} runs after {WARMUP} warm-up (ms): "
            f"median {median:.0f}   min {min(times):.0f}   max {max(times):.0f}   "
            f"(CPU median {statistics.median(cpu):.0f}; load average {os.getloadavg()[0]:.1f} "
            f"on {os.cpu_count()} CPUs)"
        )
        ok = median <= BUDGET_MS
        print(f"budget: median ≤ {BUDGET_MS:.0f} ms   {'OK' if ok else 'OVER BUDGET'}")

        statements = record_statements(ctx, period)
        bare, plans = time_bare(statements, 5)
        heaviest_ms, heaviest_sql = max(bare)
        total_bare = sum(ms for ms, _ in bare)
        print(
            f"\nbare sqlite3, the same {len(bare)} statements (median of 5 each): "
            f"{total_bare:.0f} ms in all"
        )
        print(f"  heaviest: {heaviest_ms:5.0f} ms  {describe(heaviest_sql)}")
        print(f"                      plan: {plans.get(heaviest_sql, '—')}")
        for ms, sql in sorted(bare, reverse=True)[1:8]:
            print(f"            {ms:5.0f} ms  {describe(sql)}")
            print(f"                      plan: {plans.get(sql, '—')}")
        print(
            f"  service layer over bare SQL: {median - total_bare:+.0f} ms "
            f"({median / total_bare:.2f}×)"
        )
    finally:
        ctx.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
