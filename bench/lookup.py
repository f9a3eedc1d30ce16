"""便捷查询 through the service layer on a demo store of 200,000 customers, 1,000,000 visits.

    python bench/lookup.py [--queries 200] [--rebuild]

The store is bench/out/lookup.db (git-ignored), filled by the same generator as
`counter-app demo` (counter_app.demo.fill_demo); it is reused when it is there with
the right number of customers and visits, and the time the fill took is kept
beside it in lookup.json. Each kind of lookup runs --queries times with keys
drawn from the store (after a short warm-up) through lookup.search or
customer_history.customer_detail, the way the lookup screen calls them. For comparison,
the same run times the bare sqlite3 query at the core of each kind (the
exact-key lookup, the trigram MATCH, the name range scan; for the detail, the
same six queries) on a plain sqlite3 connection: the ratio is the price of the
service layer (SQLAlchemy, sessions, masking, DTOs).

Budget: p95 ≤ 20 ms for every kind; the fill of 1,000,000 visits under 10
minutes. Exit status 1 when a budget is broken.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from counter_app import demo
from counter_app.bootstrap import open_context
from counter_app.services import customer_history, lookup
from counter_app.services.context import AppContext
from counter_app.store.models import Account, Application, AuditEntry, Customer, Visit

OUT = Path(__file__).resolve().parent / "out"
DB = OUT / "lookup.db"
META = OUT / "lookup.json"
CUSTOMERS, VISITS, DAYS, SEED = 200_000, 1_000_000, 90, 1
BUDGET_MS = 20.0
FILL_BUDGET_S = 600.0
WARMUP = 20


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def count(ctx: AppContext, model: type) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def reusable(ctx: AppContext, customers: int, visits: int) -> bool:
    with ctx.read() as s:
        filled = s.scalar(select(func.count()).where(AuditEntry.action == "demo.fill"))
    return bool(filled) and count(ctx, Customer) == customers and count(ctx, Visit) == visits


def remove_store() -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DB}{suffix}").unlink(missing_ok=True)
    META.unlink(missing_ok=True)


def prepare(customers: int, visits: int, rebuild: bool) -> tuple[AppContext, dict[str, Any]]:
    OUT.mkdir(parents=True, exist_ok=True)
    if DB.exists() and not rebuild:
        ctx = open_context(str(DB))
        if reusable(ctx, customers, visits) and META.exists():
            meta = json.loads(META.read_text(encoding="utf-8"))
            meta["reused"] = True
            return ctx, meta
        ctx.close()
    remove_store()
    ctx = open_context(str(DB))
    started = time.perf_counter()

    def progress(message: str) -> None:
        print(f"  [{time.perf_counter() - started:6.1f} s] {message}", flush=True)

    print(f"filling {DB} with {customers:,} customers and {visits:,} visits ...", flush=True)
    summary = demo.fill_demo(ctx, customers, visits, DAYS, SEED, progress)
    meta = {
        "customers": customers,
        "visits": visits,
        "days": DAYS,
        "seed": SEED,
        "fill_seconds": round(summary.seconds, 1),
        "applications": summary.applications,
        "application_steps": summary.application_steps,
        "accounts": summary.accounts,
        "built": datetime.now().isoformat(timespec="seconds"),
    }
    META.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    meta["reused"] = False
    return ctx, meta


# -- keys drawn from the store ---------------------------------------------------------


def random_rows(ctx: AppContext, model: Any, columns: list[Any], n: int, rng: random.Random):  # type: ignore[no-untyped-def]
    """About n rows picked by random id (ids are dense in a demo store)."""
    with ctx.read() as s:
        top = s.scalar(select(func.max(model.id))) or 0
        ids = rng.sample(range(1, top + 1), min(top, n))
        return s.execute(select(*columns).where(model.id.in_(ids))).all()


def draw_keys(ctx: AppContext, n: int, rng: random.Random) -> dict[str, list[Any]]:
    big = n * 4
    columns = [Customer.kind, Customer.name, Customer.cert_no, Customer.mobile, Customer.id]
    people = [r for r in random_rows(ctx, Customer, columns, big, rng) if r.kind == "person"]
    rng.shuffle(people)
    with ctx.read() as s:
        credit = list(s.scalars(select(Customer.cert_no).where(Customer.kind == "company")))
    addresses = [r.address for r in random_rows(ctx, Account, [Account.address], big, rng)]

    def fragment(text: str) -> str:
        size = rng.randint(3, min(6, len(text)))
        start = rng.randrange(len(text) - size + 1)
        return text[start : start + size]

    keys = {
        "application number": [
            r.application_no
            for r in random_rows(ctx, Application, [Application.application_no], n, rng)
        ],
        "account number": [
            r.account_no for r in random_rows(ctx, Account, [Account.account_no], n, rng)
        ],
        "resident ID": [p.cert_no for p in people[:n]],
        "credit code": rng.sample(credit, min(n, len(credit))),
        "mobile": [p.mobile for p in people[:n]],
        "full name (3 chars)": [p.name for p in people if len(p.name) == 3][:n],
        "2-char name": [p.name[:2] for p in people[:n]],
        "address fragment": [fragment(a) for a in addresses[:n]],
        "customer_detail": [p.id for p in people[:n]],
    }
    for kind, values in keys.items():
        if len(values) < n:
            raise SystemExit(f"only {len(values)} keys for {kind}; is the store filled?")
        rng.shuffle(values)
    return keys


# -- the bare sqlite3 queries at the core of each kind ------------------------------------


def bare_queries(conn: sqlite3.Connection) -> dict[str, Callable[[Any], object]]:
    def one(sql: str) -> Callable[[Any], object]:
        return lambda key: conn.execute(sql, (key,)).fetchall()

    def prefix(key: str) -> object:
        return conn.execute(
            "SELECT id FROM customers WHERE name >= ? AND name < ? ORDER BY name, id LIMIT 50",
            (key, key + "\U0010ffff"),
        ).fetchall()

    def phrase(table: str) -> Callable[[str], object]:
        sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT 50"
        return lambda key: conn.execute(sql, (lookup.fts_phrase(key),)).fetchall()

    def detail(cid: int) -> object:
        conn.execute("SELECT * FROM customers WHERE id = ?", (cid,)).fetchall()
        conn.execute("SELECT * FROM accounts WHERE customer_id = ? ORDER BY id", (cid,)).fetchall()
        apps = conn.execute(
            "SELECT applications.*, accounts.account_no FROM applications LEFT JOIN accounts "
            "ON accounts.id = applications.account_id WHERE applications.customer_id = ? "
            "ORDER BY accepted_at DESC, applications.id DESC LIMIT 100",
            (cid,),
        ).fetchall()
        ids = [a[0] for a in apps]
        if ids:
            marks = ",".join("?" * len(ids))
            conn.execute(
                f"SELECT * FROM application_steps WHERE application_id IN ({marks}) "
                "ORDER BY application_id, seq",
                ids,
            ).fetchall()
        conn.execute(
            "SELECT visits.*, users.display_name FROM visits JOIN users ON users.id = "
            "visits.clerk_id WHERE customer_id = ? ORDER BY started_at DESC, visits.id DESC "
            "LIMIT 50",
            (cid,),
        ).fetchall()
        return conn.execute("SELECT count(*) FROM visits WHERE customer_id = ?", (cid,)).fetchall()

    return {
        "application number": one("SELECT customer_id FROM applications WHERE application_no = ?"),
        "account number": one("SELECT customer_id FROM accounts WHERE account_no = ?"),
        "resident ID": one("SELECT id FROM customers WHERE cert_no = ?"),
        "credit code": one("SELECT id FROM customers WHERE cert_no = ?"),
        "mobile": one("SELECT id FROM customers WHERE mobile = ? ORDER BY id LIMIT 50"),
        "full name (3 chars)": phrase("customers_fts"),
        "2-char name": prefix,
        "address fragment": phrase("accounts_fts"),
        "customer_detail": detail,
    }


def timed(fn: Callable[[Any], object], keys: list[Any]) -> tuple[list[float], int]:
    times, found = [], 0
    for key in keys:
        t0 = time.perf_counter()
        result = fn(key)
        times.append((time.perf_counter() - t0) * 1000)
        found += bool(result)
    return times, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200, help="queries per kind (≥ 200)")
    parser.add_argument("--customers", type=int, default=CUSTOMERS)
    parser.add_argument("--visits", type=int, default=VISITS)
    parser.add_argument("--rebuild", action="store_true", help="fill a fresh store")
    args = parser.parse_args(argv)

    ctx, meta = prepare(args.customers, args.visits, args.rebuild)
    try:
        size_mb = DB.stat().st_size / 1e6
        how = "reused; filled" if meta["reused"] else "filled"
        fill_ok = meta["fill_seconds"] <= FILL_BUDGET_S * args.visits / VISITS
        print(
            f"store: {DB.name}, {size_mb:,.0f} MB ({how} in {meta['fill_seconds']:.1f} s on "
            f"{meta['built']}): {meta['customers']:,} customers, {meta['visits']:,} visits, "
            f"{meta['applications']:,} applications, {meta['accounts']:,} accounts"
        )
        print(
            f"fill: {meta['fill_seconds']:.1f} s   budget: ≤ {FILL_BUDGET_S:.0f} s for "
            f"1,000,000 visits   {'OK' if fill_ok else 'OVER BUDGET'}"
        )
        rng = random.Random(42)
        keys = draw_keys(ctx, args.queries + WARMUP, rng)
        service: dict[str, Callable[[Any], object]] = {
            kind: (lambda k: lookup.search(ctx, k)) for kind in keys if kind != "customer_detail"
        }
        service["customer_detail"] = lambda cid: customer_history.customer_detail(ctx, cid)
        bare_conn = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
        bare = bare_queries(bare_conn)

        print(f"\nlookups through the service layer, {args.queries} queries per kind (ms)")
        header = (
            f"  {'kind':<22}{'p50':>7}{'p95':>7}{'max':>7}   {'budget':<9}"
            f"{'bare p50':>9}{'bare p95':>9}{'ratio':>7}  {'found':>6}"
        )
        print(header)
        print("  " + "-" * (len(header) - 2))
        broken = []
        for kind, values in keys.items():
            warm, measured = values[:WARMUP], values[WARMUP:]
            timed(service[kind], warm)
            timed(bare[kind], warm)
            times, found = timed(service[kind], measured)
            bare_times, _ = timed(bare[kind], measured)
            p50, p95 = statistics.median(times), percentile(times, 0.95)
            b50, b95 = statistics.median(bare_times), percentile(bare_times, 0.95)
            ok = p95 <= BUDGET_MS
            if not ok:
                broken.append(kind)
            print(
                f"  {kind:<22}{p50:7.2f}{p95:7.2f}{max(times):7.1f}   "
                f"≤ {BUDGET_MS:.0f} {'OK ' if ok else 'OVER'}"
                f"{b50:9.3f}{b95:9.3f}{p50 / b50:6.1f}×  {found / len(measured):6.0%}"
            )
        bare_conn.close()
    finally:
        ctx.close()
    if broken:
        print(f"\nOVER BUDGET: {', '.join(broken)}")
    return 0 if fill_ok and not broken else 1


if __name__ == "__main__":
    sys.exit(main())
