"""便捷查询: every kind of key, masked output, the trigram path and its LIKE fallback."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from sqlalchemy import event, func, select, text

from counter_app import demo
from counter_app.services import customer_history, lookup
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound
from counter_app.store.models import Account, Application, ApplicationStep, Customer, Visit

NOW = datetime(2026, 11, 20, 7, 0, tzinfo=UTC)  # Friday 15:00 in the hall
NEWEST = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)  # after every demo visit
FTS_TABLES = ("customers_fts", "accounts_fts", "applications_fts")


@pytest.fixture
def filled(ctx: AppContext, clerk: UserInfo) -> AppContext:
    ctx.clock = lambda: NOW
    demo.fill_demo(ctx, customers=160, visits=1200, days=40, seed=11)
    return ctx


@contextmanager
def statements(ctx: AppContext) -> Iterator[list[str]]:
    """The SQL sent to the database inside the block."""
    seen: list[str] = []

    def note(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(ctx.engine, "before_cursor_execute", note)


def drop_fts(ctx: AppContext) -> None:
    with ctx.engine.begin() as conn:
        for table in FTS_TABLES:
            for suffix in ("ai", "ad", "au"):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")


def customers(ctx: AppContext) -> list[Customer]:
    with ctx.read() as s:
        return list(s.scalars(select(Customer).order_by(Customer.id)))


def assert_masked(ctx: AppContext, hits: list[lookup.CustomerHit]) -> None:
    """No field of any hit holds a whole name, ID or mobile of any customer."""
    shown = [
        " ".join(str(v) for v in (h.name, h.cert_no, h.mobile, h.account_no, h.address))
        for h in hits
    ]
    for c in customers(ctx):
        for line in shown:
            assert c.cert_no not in line and c.mobile not in line
            if len(c.name) >= 3:
                assert c.name not in line


def only(hits: list[lookup.CustomerHit], customer_id: int) -> lookup.CustomerHit:
    matching = [h for h in hits if h.customer_id == customer_id]
    assert len(matching) == 1, hits
    return matching[0]


# -- exact keys -------------------------------------------------------------------


def test_application_number(filled: AppContext) -> None:
    with filled.read() as s:
        app = s.scalars(select(Application).order_by(Application.id.desc())).first()
        assert app is not None
        customer = s.get_one(Customer, app.customer_id)
    hits = lookup.search(filled, f"  {app.application_no} ")
    assert len(hits) == 1
    hit = hits[0]
    assert hit.customer_id == app.customer_id and hit.matched == "受理编号"
    assert hit.application_no == app.application_no
    assert hit.name == customer.name[0] + "*" * (len(customer.name) - 1)
    assert_masked(filled, hits)


def test_account_number(filled: AppContext) -> None:
    with filled.read() as s:
        account = s.scalars(select(Account).order_by(Account.id).offset(7)).first()
        assert account is not None
    hits = lookup.search(filled, account.account_no)
    assert [(h.customer_id, h.matched, h.account_no, h.address) for h in hits] == [
        (account.customer_id, "户号", account.account_no, account.address)
    ]
    assert_masked(filled, hits)


def test_resident_id_any_case(filled: AppContext) -> None:
    people = [c for c in customers(filled) if c.kind == "person"]
    with_x = next(c for c in people if c.cert_no.endswith("X"))
    for typed in (people[3].cert_no, with_x.cert_no.lower(), f" {with_x.cert_no} "):
        hits = lookup.search(filled, typed)
        assert len(hits) == 1 and hits[0].matched == "证件号码"
        assert hits[0].cert_no[:6] == typed.strip()[:6]
    hit = lookup.search(filled, people[3].cert_no)[0]
    assert hit.cert_no == people[3].cert_no[:6] + "*" * 8 + people[3].cert_no[-4:]
    assert hit.kind == "person" and hit.kind_name == "个人"
    assert_masked(filled, lookup.search(filled, with_x.cert_no))


def test_credit_code(filled: AppContext) -> None:
    company = next(c for c in customers(filled) if c.kind == "company")
    hits = lookup.search(filled, company.cert_no.lower())
    assert [(h.customer_id, h.matched, h.kind_name) for h in hits] == [
        (company.id, "证件号码", "单位")
    ]
    assert_masked(filled, hits)


def test_mobile_in_any_spelling(filled: AppContext) -> None:
    c = customers(filled)[5]
    m = c.mobile
    for typed in (m, f"+86 {m[:3]}-{m[3:7]}-{m[7:]}", f"0086{m}"):
        hits = lookup.search(filled, typed)
        hit = only(hits, c.id)
        assert hit.matched == "手机"
        assert hit.mobile == f"{m[:3]}****{m[7:]}"
    assert_masked(filled, lookup.search(filled, m))


# -- names and addresses ----------------------------------------------------------


def test_full_name(filled: AppContext) -> None:
    c = next(c for c in customers(filled) if c.kind == "person" and len(c.name) == 3)
    hits = lookup.search(filled, c.name)
    hit = only(hits, c.id)
    assert hit.matched == "姓名" and hit.name == c.name[0] + "**"
    assert hit.account_no  # the customer's first account, for the clerk to tell them apart
    assert_masked(filled, hits)


def test_two_characters_find_exact_names_and_name_prefixes(filled: AppContext) -> None:
    people = [c for c in customers(filled) if c.kind == "person"]
    long_one = next(c for c in people if len(c.name) == 3)
    prefix = long_one.name[:2]
    hits = lookup.search(filled, prefix)
    ids = {h.customer_id for h in hits}
    expected = {c.id for c in customers(filled) if c.name.startswith(prefix)}
    assert ids == expected and long_one.id in ids
    assert all(h.matched == "姓名" for h in hits)
    # The exact name sorts first.
    exact = [c.id for c in people if c.name == prefix]
    if exact:
        assert hits[0].customer_id in exact
    assert_masked(filled, hits)


def test_short_text_is_not_found_inside_a_name(filled: AppContext) -> None:
    """The documented limit: 1-2 characters match a name's beginning only."""
    everyone = customers(filled)
    c = next(
        c
        for c in everyone
        if len(c.name) == 3 and not any(o.name.startswith(c.name[1:]) for o in everyone)
    )
    assert c.id not in {h.customer_id for h in lookup.search(filled, c.name[1:])}


def test_one_character_is_a_surname(filled: AppContext) -> None:
    hits = lookup.search(filled, "王")
    assert hits and all(h.name.startswith("王") for h in hits)
    assert len(hits) == sum(1 for c in customers(filled) if c.name.startswith("王"))


def test_address_fragment(filled: AppContext) -> None:
    with filled.read() as s:
        addresses = dict(s.execute(select(Account.id, Account.address)).tuples().all())
        owners = dict(s.execute(select(Account.id, Account.customer_id)).tuples().all())
    fragment = "人民路"
    hits = lookup.search(filled, fragment, limit=500)
    expected = {owners[i] for i, a in addresses.items() if fragment in a}
    assert expected and expected <= {h.customer_id for h in hits}
    for h in hits:
        assert h.matched in ("地址", "姓名")
        if h.matched == "地址":
            assert fragment in h.address
    assert_masked(filled, hits)


def test_address_of_an_application_without_an_account_yet(filled: AppContext) -> None:
    """A new connection still in progress has an address but no account: found all the same."""
    with filled.read() as s:
        app = s.scalars(
            select(Application)
            .where(Application.account_id.is_(None))
            .order_by(Application.id.desc())
        ).first()
        assert app is not None
    hits = lookup.search(filled, app.address, limit=500)
    hit = only(hits, app.customer_id)
    assert hit.matched == "地址" and hit.application_no == app.application_no
    assert hit.address == app.address


def test_limit_and_one_line_per_customer(filled: AppContext) -> None:
    hits = lookup.search(filled, "城街道", limit=7)
    assert len(hits) == 7
    assert len({h.customer_id for h in hits}) == 7
    assert lookup.search(filled, "城街道", limit=0) == []


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "9999999999",
        "330101-20991231-9999",
        "19999999999",
        "110105194912310021",
        "ZZZZ12345",
        "不存在的名字",
        "没",
        '"人民',
        '人民路"',
        "100%",
        "a_b%c",
        "人民 AND 路",
        "NEAR(人民 路)",
        "*",
    ],
)
def test_unknown_is_empty_and_never_an_error(filled: AppContext, typed: str) -> None:
    assert lookup.search(filled, typed) == []


# -- the trigram index and the fallback -----------------------------------------------


def test_trigram_path_is_used_where_the_tables_exist(filled: AppContext) -> None:
    with filled.read() as s:
        names = set(
            s.scalars(text("SELECT name FROM sqlite_master WHERE name LIKE '%\\_fts' ESCAPE '\\'"))
        )
    if names != set(FTS_TABLES):
        pytest.skip("this SQLite has no FTS5")
    c = next(c for c in customers(filled) if len(c.name) == 3)
    with statements(filled) as sql:
        hits = lookup.search(filled, c.name)
    assert c.id in {h.customer_id for h in hits}
    assert any("MATCH" in q for q in sql) and not any(" LIKE " in q for q in sql)


def test_like_fallback_gives_the_same_answers(filled: AppContext) -> None:
    people = [c for c in customers(filled) if len(c.name) == 3]
    queries = [people[0].name, people[1].name, "金色港湾", "人民路", "桃源乡"]
    with_fts = {q: {h.customer_id for h in lookup.search(filled, q, limit=1000)} for q in queries}
    drop_fts(filled)
    with statements(filled) as sql:
        without = {
            q: {h.customer_id for h in lookup.search(filled, q, limit=1000)} for q in queries
        }
    assert without == with_fts
    assert all(without.values())
    assert any(" LIKE " in q for q in sql) and not any("MATCH" in q for q in sql)
    # LIKE's wildcards are taken literally.
    assert lookup.search(filled, "人民%") == []
    assert lookup.search(filled, "人_路") == []


def test_new_rows_reach_the_index(filled: AppContext, clerk: UserInfo) -> None:
    """Rows the app writes later are found too (the triggers keep the index)."""
    with filled.write() as s:
        c = Customer(kind="person", name="欧阳明远", cert_type="居民身份证",
                     cert_no="11010519491231002X", mobile="13812341234",
                     created_at=NOW, updated_at=NOW)  # fmt: skip
        s.add(c)
        s.flush()
        account = Account(
            account_no="3312345678",
            hall_id=1,
            customer_id=c.id,
            address="城关镇中山路8号彩虹苑1幢",
            category="居民",
            voltage="低压",
            capacity_kw=None,
            status="active",
            opened_at=NOW,
            updated_at=NOW,
        )
        s.add(account)
    assert [h.matched for h in lookup.search(filled, "欧阳明远")] == ["姓名"]
    assert [h.matched for h in lookup.search(filled, "彩虹苑")] == ["地址"]
    with filled.write() as s:
        renamed = s.scalars(select(Customer).where(Customer.name == "欧阳明远")).one()
        renamed.name = "欧阳明辉"
    assert lookup.search(filled, "欧阳明远") == []
    assert len(lookup.search(filled, "欧阳明辉")) == 1


# -- one customer -----------------------------------------------------------------------


def busiest(ctx: AppContext) -> int:
    with ctx.read() as s:
        return int(
            s.execute(
                select(Application.customer_id, func.count().label("n"))
                .group_by(Application.customer_id)
                .order_by(func.count().desc(), Application.customer_id)
                .limit(1)
            ).one()[0]
        )


def test_customer_detail(filled: AppContext) -> None:
    cid = busiest(filled)
    with statements(filled) as sql:
        detail = customer_history.customer_detail(filled, cid)
    # A handful of queries, however many applications: steps come in one IN query, and
    # so does the accounts' 欠费停电 state (services/reconnection.supply_states).
    assert len(detail.applications) >= 3
    assert len(sql) <= 8
    with filled.read() as s:
        customer = s.get_one(Customer, cid)
        accounts = s.scalars(select(Account).where(Account.customer_id == cid)).all()
        apps = s.scalars(select(Application).where(Application.customer_id == cid)).all()
        steps = s.scalar(
            select(func.count())
            .select_from(ApplicationStep)
            .join(Application, Application.id == ApplicationStep.application_id)
            .where(Application.customer_id == cid)
        )
        visits = s.scalar(select(func.count()).select_from(Visit).where(Visit.customer_id == cid))
    assert detail.name == customer.name[0] + "*" * (len(customer.name) - 1)
    assert customer.cert_no not in detail.cert_no and customer.mobile not in detail.mobile
    assert {a.account_no for a in detail.accounts} == {a.account_no for a in accounts}
    assert {a.application_no for a in detail.applications} == {a.application_no for a in apps}
    assert sum(len(a.steps) for a in detail.applications) == steps
    accepted = [a.accepted_at for a in detail.applications]
    assert accepted == sorted(accepted, reverse=True)
    for line in detail.applications:
        assert line.steps[0].completed_at == line.accepted_at
        assert line.status_name
        for st in line.steps:
            assert st.overdue == (
                line.status == "in_progress"
                and st.completed_at is None
                and st.due_date < NOW.date()
            )
    assert detail.visit_total == visits == len(detail.visits)
    started = [v.started_at for v in detail.visits]
    assert started == sorted(started, reverse=True)
    assert all(v.business_name and v.outcome_name for v in detail.visits)


def test_recent_visits_are_capped(filled: AppContext, clerk: UserInfo) -> None:
    cid = customers(filled)[0].id
    with filled.write() as s:
        for i in range(60):
            s.add(Visit(visit_no=f"T-{i}", hall_id=1, clerk_id=clerk.id, counter="1",
                        customer_id=cid, business_code="inquiry", outcome="completed",
                        started_at=NOW, ended_at=NOW))  # fmt: skip
    detail = customer_history.customer_detail(filled, cid)
    assert len(detail.visits) == customer_history.RECENT_VISITS and detail.visit_total >= 60


def test_every_visit_outcome_shows_its_label(filled: AppContext, clerk: UserInfo) -> None:
    """Referred and abandoned visits too (the lookup once had its own shorter list)."""
    cid = customers(filled)[0].id
    with filled.write() as s:
        for outcome in ("referred", "abandoned", "needs_documents", "open"):
            s.add(Visit(visit_no=f"O-{outcome}", hall_id=1, clerk_id=clerk.id, counter="1",
                        customer_id=cid, business_code="inquiry", outcome=outcome,
                        started_at=NEWEST, ended_at=NEWEST))  # fmt: skip
    visits = customer_history.customer_detail(filled, cid).visits
    shown = {v.outcome: v.outcome_name for v in visits}
    assert shown["referred"] == "已转办" and shown["abandoned"] == "客户离开"
    assert shown["needs_documents"] == "需补资料" and shown["open"] == "办理中"


def test_unknown_customer(filled: AppContext) -> None:
    with pytest.raises(NotFound):
        customer_history.customer_detail(filled, 10**9)


@pytest.mark.parametrize(
    ("typed", "keys"),
    [
        ("330101-20261127-0001", [("application", "330101-20261127-0001")]),
        ("3301234567", [("account", "3301234567")]),
        ("330101000001", [("account", "330101000001")]),
        ("13812341234", [("mobile", "13812341234"), ("account", "13812341234")]),
        ("+86 138-1234-1234", [("mobile", "13812341234")]),
        ("１３８１２３４１２３４", [("mobile", "13812341234"), ("account", "13812341234")]),
        ("11010519491231002x", [("cert", "11010519491231002X")]),
        ("913301001234567890", [("cert", "913301001234567890")]),
        ("110105491231002", [("account", "110105491231002"), ("cert", "110105491231002")]),
        ("E12345678", [("cert", "E12345678")]),
        ("张三", [("text", "张三")]),
        (" 人民路  18号 ", [("text", "人民路18号")]),
        ("John  Smith", [("text", "John Smith")]),
        ("18号", [("text", "18号")]),
    ],
)
def test_what_the_box_takes(typed: str, keys: list[tuple[str, str]]) -> None:
    assert lookup.search_keys(typed) == keys


def test_fts_phrase_quotes() -> None:
    assert lookup.fts_phrase('人民"路') == '"人民""路"'


def test_exact_name_comes_first(filled: AppContext) -> None:
    ids = []
    with filled.write() as s:
        for name, cert in (
            ("司马建国华", "110105194912310013"),
            ("司马建国", "110105194912310056"),
        ):
            c = Customer(kind="person", name=name, cert_type="居民身份证", cert_no=cert,
                         mobile="", created_at=NOW, updated_at=NOW)  # fmt: skip
            s.add(c)
            s.flush()
            ids.append(c.id)
    hits = lookup.search(filled, "司马建国")
    assert [h.customer_id for h in hits] == [ids[1], ids[0]]
    assert hits[0].mobile == "" and hits[0].account_no == ""
