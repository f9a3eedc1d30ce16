"""The dashboard's SQL (services/dashboard.py explains the plan): two temporary tables
that drive one seek per (clerk, category or method) pair and hall day, the grouped
statements, the packed rating counts, and the 90th percentiles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    TextClause,
    TextualSelect,
    bindparam,
    column,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.orm import Session

from counter_app.domain.queueing import RATING_NAMES
from counter_app.store.models import Visit
from counter_app.store.types import IdType, Money, UTCDateTime

PERCENTILE = 90

# Two small temporary tables of the reading connection drive the seeks: the period's
# hall days, and the (clerk, category) or (clerk, method) pairs found in the store.
# They live in the read transaction: dropped at the end, and gone anyway on rollback.
DAYS = Table(
    "tmp_dashboard_days",
    MetaData(),
    Column("i", Integer, primary_key=True, autoincrement=False),  # index in Period.days
    Column("lo", UTCDateTime()),
    Column("hi", UTCDateTime()),
    prefixes=["TEMPORARY"],
)
PAIRS = Table(
    "tmp_dashboard_pairs",
    MetaData(),
    Column("j", Integer, primary_key=True, autoincrement=False),
    Column("clerk_id", IdType),
    Column("code", String(40)),  # the visits' category, or the payments' method
    prefixes=["TEMPORARY"],
)
MAX_DAYS = 1000  # the longest range asked for
# The indexes the statements below are written for (store/models.py, migration 0006).
VISITS_BY_CLERK = "ix_visits_clerk_category_started"
VISITS_BY_WAIT = "ix_visits_category_wait"
VISITS_BY_HANDLE = "ix_visits_category_handle"
PAYMENTS_BY_CLERK = "ix_payments_clerk_method_paid"
# The five rating counts of a clerk, category and day in one integer, a field of
# RATING_BITS bits each (rating r at bit RATING_BITS × (r − 1)): one SUM instead of
# five COUNT(CASE …), which takes a fifth off the pass. A group of more visits than a
# field holds has its ratings counted again, one by one (exact_ratings).
RATING_BITS = 12
# percentile walks a category's durations from the longest when that reads fewer index
# entries than WALK_FACTOR × the period's durations; else it sorts the period's.
WALK_FACTOR = 4


def pairs_of(s: Session, table: str, first: str, second: str) -> list[tuple[Any, Any]]:
    """Every distinct (first, second) of ``table``, in order, by seeks on an index that
    leads with both (a loose index scan, one statement): a min() a pair and one a
    first value, never a pass over the table."""
    found = s.execute(
        text(
            "WITH RECURSIVE "
            f"firsts(a) AS (SELECT min({first}) FROM {table} UNION ALL "
            f"SELECT (SELECT min({first}) FROM {table} WHERE {first} > firsts.a) "
            "FROM firsts WHERE a IS NOT NULL), "
            f"pairs(a, b) AS (SELECT a, (SELECT min({second}) FROM {table} "
            f"WHERE {first} = firsts.a) FROM firsts WHERE a IS NOT NULL UNION ALL "
            f"SELECT a, (SELECT min({second}) FROM {table} "
            f"WHERE {first} = pairs.a AND {second} > pairs.b) FROM pairs WHERE b IS NOT NULL) "
            "SELECT a, b FROM pairs WHERE b IS NOT NULL ORDER BY a, b"
        )
    )
    return [(a, b) for a, b in found]


def fill_pairs(s: Session, pairs: Sequence[tuple[Any, Any]]) -> None:
    s.execute(PAIRS.delete())
    if pairs:
        s.execute(
            insert(PAIRS), [{"j": j, "clerk_id": c, "code": x} for j, (c, x) in enumerate(pairs)]
        )


def unpack_ratings(packed: int | None) -> dict[int, int]:
    """Rating -> visits from a sum of ratings packed RATING_BITS bits apart (levels
    with none left out)."""
    packed = int(packed or 0)
    mask = (1 << RATING_BITS) - 1
    counts = {r: (packed >> (RATING_BITS * (r - 1))) & mask for r in RATING_NAMES}
    return {r: n for r, n in counts.items() if n}


# The two statements that join the temporary tables are written out: SQLite keeps the
# order of a CROSS JOIN (pairs, then days, then the seek), which SQLAlchemy's join()
# cannot say, and left to itself it plans a pass over every visit. PostgreSQL takes
# the same SQL and plans it freely.


def visit_groups_statement(hall_id: int) -> TextClause:
    """Per pair (clerk, category) and hall day of the temporary tables: visits, waited,
    wait seconds, handled, handle seconds and the ratings packed in one sum.

    Each pair and day is one seek of VISITS_BY_CLERK (clerk, category, started_at …)
    whose entries hold everything summed, so the pass reads only the period's index
    entries; the pairs and days are the outer loops, in the GROUP BY's order, so
    SQLite streams the groups instead of sorting the visits."""
    packed = " ".join(f"WHEN {r} THEN {1 << (RATING_BITS * (r - 1))}" for r in RATING_NAMES)
    return text(
        "SELECT p.j, d.i, count(*), count(v.wait_seconds), sum(v.wait_seconds), "
        "count(v.handle_seconds), sum(v.handle_seconds), "
        f"sum(CASE v.rating {packed} END) "
        f"FROM {PAIRS.name} AS p CROSS JOIN {DAYS.name} AS d CROSS JOIN visits AS v "
        "WHERE v.clerk_id = p.clerk_id AND v.category = p.code "
        "AND v.started_at >= d.lo AND v.started_at < d.hi AND v.hall_id = :hall_id "
        "GROUP BY p.j, d.i"
    ).bindparams(hall_id=hall_id)


def exact_ratings(
    s: Session, hall_id: int, clerk_id: int, category: str, lo: datetime, hi: datetime
) -> dict[int, int]:
    rows = s.execute(
        select(Visit.rating, func.count())
        .where(
            Visit.clerk_id == clerk_id,
            Visit.category == category,
            Visit.started_at >= lo,
            Visit.started_at < hi,
            Visit.hall_id == hall_id,
            Visit.rating.in_(list(RATING_NAMES)),
        )
        .group_by(Visit.rating)
    )
    return {int(r): int(n) for r, n in rows}


@dataclass(frozen=True)
class VisitGroup:
    """The visits of one clerk, category and hall day."""

    clerk_id: int
    category: str
    day: int  # index in Period.days
    visits: int
    waited: int
    wait_sum: int  # seconds
    handled: int
    handle_sum: int  # seconds
    ratings: dict[int, int]  # rating -> visits, rated ones only


def visit_groups(
    s: Session, hall_id: int, bounds: Sequence[tuple[datetime, datetime]]
) -> list[VisitGroup]:
    """The period's visits by clerk, category and hall day (DAYS filled)."""
    pairs = pairs_of(s, "visits", "clerk_id", "category")  # VISITS_BY_CLERK
    fill_pairs(s, pairs)
    out = []
    for j, i, n, waited, wait_sum, handled, handle_sum, packed in s.execute(
        visit_groups_statement(hall_id)
    ).tuples():
        clerk_id, category = pairs[j]
        if n >> RATING_BITS:  # a field could have overflowed: count them one by one
            ratings = exact_ratings(s, hall_id, clerk_id, category, *bounds[i])
        else:
            ratings = unpack_ratings(packed)
        out.append(
            VisitGroup(
                clerk_id,
                category,
                i,
                n,
                waited,
                int(wait_sum or 0),
                handled,
                int(handle_sum or 0),
                ratings,
            )
        )
    return out


def rank(n: int) -> int:
    """Nearest-rank 90th percentile: the k-th smallest of n, k = ⌈0.9 n⌉."""
    return (PERCENTILE * n + 99) // 100


def spread_of(s: Session, lo: datetime, hi: datetime) -> float:
    """How many times the period the store's visits span (at least 1): the share of a
    category's durations a walk from the longest reads to find the period's."""
    first = s.scalar(select(func.min(Visit.started_at)))
    last = s.scalar(select(func.max(Visit.started_at)))
    if first is None or last is None:
        return 1.0
    return max(1.0, (max(last, hi) - min(first, lo)) / (hi - lo))


def percentile(
    s: Session,
    hall_id: int,
    category: str,
    measure: str,
    n: int,
    lo: datetime,
    hi: datetime,
    clerks: Sequence[int],
    spread: float,
) -> float | None:
    """The k-th smallest of the category's n durations in [lo, hi), in minutes: the
    (n − k + 1)-th longest, ORDER BY … DESC with OFFSET n − k.

    Two ways, the same value: walking the category's durations from the longest
    (VISITS_BY_WAIT / VISITS_BY_HANDLE give that order: no sort; the walk reads about
    spread × (n − k + 1) entries, skipping the other periods' ones), or, when that
    would read more than WALK_FACTOR × n (a day among years of visits), sorting the
    period's n durations, found by seeks per clerk of VISITS_BY_CLERK (SQLite's sorter
    keeps only the top tenth)."""
    if n <= 0:
        return None
    column = Visit.wait_seconds if measure == "waiting" else Visit.handle_seconds
    skip = n - rank(n)
    in_period = (
        Visit.category == category,
        Visit.started_at >= lo,
        Visit.started_at < hi,
        Visit.hall_id == hall_id,
    )
    if (skip + 1) * spread <= WALK_FACTOR * n:
        query = select(column).where(*in_period, column.is_not(None)).order_by(column.desc())
    else:
        # "+ 0" leaves the planner no term the walk's index could serve: it would take
        # that index, sort, and read every visit's row for its clerk.
        value = column + 0
        query = (
            select(column)
            .where(*in_period, Visit.clerk_id.in_(clerks), value.is_not(None))
            .order_by(value.desc())
        )
    found = s.scalar(query.limit(1).offset(skip))
    return None if found is None else _round(found / 60)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def payment_groups_statement(hall_id: int, lo: datetime, hi: datetime) -> TextualSelect:
    """Valid receipts paid in [lo, hi) per pair (clerk, method) of PAIRS: count and sum,
    one seek of PAYMENTS_BY_CLERK each, whose entries hold the amount."""
    return (
        text(
            f"SELECT p.j, count(*) AS n, sum(pay.total) AS total FROM {PAIRS.name} AS p "
            "CROSS JOIN payments AS pay "
            "WHERE pay.clerk_id = p.clerk_id AND pay.method = p.code "
            "AND pay.status = 'valid' AND pay.paid_at >= :lo AND pay.paid_at < :hi "
            "AND pay.hall_id = :hall_id "
            "GROUP BY p.j"
        )
        .bindparams(
            bindparam("lo", lo, type_=UTCDateTime()),
            bindparam("hi", hi, type_=UTCDateTime()),
            hall_id=hall_id,
        )
        .columns(column("j", Integer), column("n", Integer), column("total", Money()))
    )
