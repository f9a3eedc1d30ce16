"""Demo data (演示数据) for demonstrations, training and benchmarks, reproducible by seed.

``fill_demo`` writes what the app itself would have written over the last
``days`` days: customers with valid resident IDs or credit codes, their
accounts (户号), visits at the counters in opening hours, and applications
across every business of the workflow definitions, with their steps, due dates
(from the definitions and the working-day calendar), events and a realistic
mix of statuses: most completed, some in progress, some overdue, a few paused,
returned or cancelled.

Rows are built with the models' own column types (aware datetimes, Decimal
capacities, JSON details) and written with Core bulk inserts, in one
transaction per batch of customers and one per day of visits. Each day's
numbers take one bump of the same sequences the services use
(``visit:{hall}:{yyyymmdd}``, ``application:{hall}:{yyyymmdd}``,
``account:{hall}``), so the app numbers on after the demo without a gap or a
clash. Do not run it while the app is using the same database.

Money (issue 4), after the rest: HQ's sample fee schedule is imported
through ``hq_imports`` (and, with ``hq_samples``, the sample arrears list),
then a share of the accounts owe: counter payers, about one payment visit per
bill over the window, and some that owe and never come. Their bill months
(HQ lists month M on the 5th of M+1, due the 25th, as the sample) become
Arrears rows. Every payment visit (PAYMENT_SHARE of the visits) pays what the
app would take: open months oldest first (all, some, or part of the oldest
with the late fee on the part, through ``domain.fees``), now and then a
prepayment or a business fee from the schedule; cash with tendered and
change, bank card or mobile payment with a reference. Receipt numbers follow
``payments`` (``receipt:{hall}:{counter}:{yyyymmdd}``, in time order, the
sequence bumped once per counter-day) with the check code keyed by the hall's
secret. About 1 % are voided the same day by a supervisor (the ledger as if
never paid; most taken again at once), about 3 % reprinted (Reprint rows,
reprint_count). Every past clerk-day with payments is settled as
``settlement.close_day`` writes it: expected cash from the valid cash
payments, a blind count by the configured denominations that adds up to the
counted cash, a few small differences with their reasons, signed off by a
supervisor (another one, or the admin, for a supervisor's own day), the
day's payments pointing at it. Today stays open. Arrears paid and prepaid
balances are the sum of the valid lines. Money draws on its own random
stream, so customers, visits and applications are those of the same seed
without money.

Simplifications, on purpose: a finished change-of-service business does not
change its account (status, capacity, holder); the account statuses are drawn
on their own. A finished new connection does open an account, numbered as the
app numbers them. A prepayment stays on the account (nothing debits it, as in
the app). Each demo payment, reprint and void writes its audit entry, chained as
the app chains them, so ``counter-app check`` passes on a demo store.
"""

from __future__ import annotations

import math
import random
import time as _time
from bisect import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from counter_app.domain import fees
from counter_app.domain import workflow as wf
from counter_app.domain.allocation import OpenBill, allocate_payment
from counter_app.domain.clock import HALL_TZ, local_date
from counter_app.domain.identity import credit_code_check_char, resident_id_check_char
from counter_app.resources import resource
from counter_app.services import audit, audit_details, auth, hq_imports, payments
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.services.hq_imports import FeeItemView
from counter_app.services.marks import marks_path, sync_marks
from counter_app.store.db import sqlite_path
from counter_app.store.models import (
    Account,
    Application,
    ApplicationEvent,
    ApplicationStep,
    Arrears,
    AuditEntry,
    Base,
    Customer,
    Hall,
    Payment,
    PaymentLine,
    Reprint,
    Settlement,
    Visit,
    VisitItem,
    whole_seconds,
)
from counter_app.store.models import (
    Sequence as SequenceRow,
)
from counter_app.store.types import Money, UTCDateTime

__all__ = ["DEMO_HALL", "DEMO_MARKER", "DEMO_PASSWORD", "DemoSummary", "fill_demo"]

# A ``sequences`` row marking a store the demo made (as training_store.MARKER marks the
# training store): `counter-app demo` fills only such a store or an empty one.
DEMO_MARKER = "demo-store"
TRAINING_MARKER = "training-store"  # services/training_store.py's MARKER

# Printed in the summary: the demo users' password (a demo, not a secret).
DEMO_PASSWORD = "demo-pass-1"
DEMO_HALL = {
    "code": "330101",
    "name": "城关供电营业厅",
    "address": "城关镇人民路1号",
    "phone": "0571-12345678",
}
DEMO_ADMIN = ("admin", "王管理", "A001")
DEMO_STAFF = (
    ("clerk1", "陈晓燕", "1001", "clerk"),
    ("clerk2", "刘建军", "1002", "clerk"),
    ("clerk3", "赵丽华", "1003", "clerk"),
    ("clerk4", "孙志强", "1004", "clerk"),
    ("clerk5", "周婷婷", "1005", "clerk"),
    ("clerk6", "吴海波", "1006", "clerk"),
    ("supervisor", "郑国平", "S001", "supervisor"),
)
BATCH = 10_000
COMPANY_SHARE = 0.05
PERSON_CERT = "居民身份证"
COMPANY_CERT = "统一社会信用代码"
OPENS, CLOSES = time(8, 30), time(17, 30)
LAST_START = timedelta(minutes=5)  # before closing
# What brings people to the counter (shares of all visits).
APPLICATION_SHARE = 0.15  # a business accepted: an application
ATTEMPT_SHARE = 0.03  # a business started, documents missing: no application
QUICK_SHARE = 0.47  # short visits: a payment, or a quick question
PAYMENT_SHARE = 0.22  # of all visits: a payment with a receipt; the rest are inquiries (咨询)
# How applications go (shares); the rest finish on time.
FATES = (("cancelled", 0.03), ("paused", 0.015), ("returned", 0.015), ("stuck", 0.02),
         ("late", 0.10))  # fmt: skip

# How common each business is at a county hall; unknown codes count 1.
PERSON_WEIGHTS = {
    "lv_residential_new": 24.0, "lv_nonresidential_new_sanling": 1.5,
    "lv_nonresidential_new": 0.3, "hv_new_single": 0.05, "hv_new_dual": 0.01,
    "capacity_increase": 3, "capacity_reduction": 0.3, "capacity_reduction_restore": 0.2,
    "suspension": 0.5, "suspension_restore": 0.4, "rename": 4, "transfer": 5, "split": 1,
    "merge": 0.5, "meter_relocation": 2, "category_change": 1, "close_account": 2,
}  # fmt: skip
COMPANY_WEIGHTS = {
    "lv_nonresidential_new_sanling": 8.0, "lv_nonresidential_new": 3, "hv_new_single": 1.5,
    "hv_new_dual": 0.3, "capacity_increase": 3, "capacity_reduction": 1.5,
    "capacity_reduction_restore": 1, "suspension": 2, "suspension_restore": 1.5,
    "rename": 2, "transfer": 2, "split": 0.5, "merge": 0.5, "meter_relocation": 1,
    "category_change": 1, "close_account": 1,
}  # fmt: skip

# -- names, places and numbers ------------------------------------------------------

# Common surnames with rough frequencies (per mille), compound ones rare.
SURNAMES = (
    "王71 李70 张67 刘54 陈45 杨31 黄22 赵20 吴20 周19 徐16 孙15 马14 朱13 胡13 郭11 何11 "
    "高10 林10 罗9 郑8 梁8 谢7 宋6 唐6 许6 韩5 冯5 邓5 曹5 彭5 曾5 肖5 田4 董4 袁4 潘4 于4 "
    "蒋4 蔡4 余4 杜4 叶4 程3 苏3 魏3 吕3 丁3 任3 沈3 姚3 卢3 姜3 崔3 钟3 谭3 陆3 汪3 范3 "
    "金3 石2 廖2 贾2 夏2 韦2 付2 方2 白2 邹2 孟2 熊2 秦2 邱2 江2 尹2 薛2 闫2 段2 雷2 侯2 "
    "龙2 史2 陶2 黎2 贺2 顾2 毛2 郝2 龚2 邵2 万2 钱2 严2 覃1 武1 戴1 莫1 孔1 向1 汤1 "
    "欧阳1 司马1 诸葛1 上官1"
)
MALE_GIVEN = (
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国志文海东亮晨博峰家"
    "子然嘉睿轩泽晖毅栋彬瑞鸿振荣坤成康德庆祥福忠春永"
)
FEMALE_GIVEN = (
    "芳娜敏静丽艳娟霞秀英玲桂兰萍红燕梅琳颖婷雪慧莹倩洁丹琴云佳欣怡雨萱思涵梦晓月悦琪"
    "瑶璐菲蕾薇凤玉珍莉娇美妍彤"
)
NEUTRAL_GIVEN = "文明华春晓雨子一欣安宁嘉思佳"
# Area codes (GB/T 2260) of resident IDs: mostly local (Hangzhou), some from elsewhere.
LOCAL_AREAS = ("330102", "330105", "330106", "330108", "330109", "330110", "330111",
               "330112", "330122", "330127", "330182")  # fmt: skip
OTHER_AREAS = ("330203", "330302", "330402", "330502", "330602", "330702", "330802",
               "331002", "341202", "342201", "362301", "410102", "411502", "430102",
               "510104", "522101", "612301", "320106", "350102", "420102")  # fmt: skip
MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                   "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                   "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
                   "185", "186", "187", "188", "189", "191", "198", "199")  # fmt: skip
TOWNS = ("城关镇", "东城街道", "西城街道", "南山街道", "北湖街道", "临江镇", "青山镇",
         "白沙镇", "石桥镇", "桃源乡")  # fmt: skip
ROADS = ("人民路", "解放路", "中山路", "建设路", "文化路", "新华路", "和平路", "胜利路",
         "青年路", "府前路", "环城东路", "环城西路", "江滨路", "体育场路", "学院路",
         "迎宾大道", "兴业路", "光明路", "朝阳路", "东风路", "健康路", "振兴路")  # fmt: skip
ESTATES = ("阳光花园", "锦绣家园", "金色港湾", "翠苑小区", "丽水苑", "幸福里", "江南名都",
           "桂花园", "紫荆花园", "新城公寓", "水岸名居", "东方华庭", "滨江花苑")  # fmt: skip
VILLAGES = ("前进", "红旗", "新塘", "上埠", "下洋", "长塘", "东岙", "西溪", "后山", "塘头",
            "湖畔", "枫树", "金竹", "石门", "大路")  # fmt: skip
TRADE_NAMES = ("恒达", "鑫源", "华联", "金盛", "宏远", "天成", "永利", "伟业", "博通", "瑞丰",
               "嘉和", "信诚", "联创", "新亚", "东升", "盛世", "兴旺", "顺发", "佳美", "万家",
               "福源", "利民", "通达", "汇通", "长兴", "同心", "立新", "明远")  # fmt: skip
TRADES = ("科技", "贸易", "食品", "机械", "建材", "餐饮管理", "服装", "物流", "电子", "印务",
          "五金", "包装", "纺织", "塑业", "家具", "商贸")  # fmt: skip
SHOPS = ("便利店", "超市", "饭店", "理发店", "五金店", "小吃店", "茶馆", "农家乐", "汽修店",
         "药店", "水果店")  # fmt: skip
CITY = "杭州"

RESIDENTIAL_KW = (4, 6, 6, 8, 8, 8, 10, 10, 12, 16)
LV_BUSINESS_KW = (10, 15, 20, 25, 30, 40, 50, 63, 80, 100, 125, 160)
HV_KVA = (250, 315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500)
CANCEL_REASONS = ("客户申请撤销", "客户放弃办理", "重复申请", "客户用电计划取消")
PAUSE_REASONS = ("客户内部受电工程施工中", "等待客户确认供电方案", "客户要求延后装表")
REASONS = ("经营需要", "设备检修", "季节性生产", "家庭用电需求变化")


def _expand(weighted: str) -> list[str]:
    out: list[str] = []
    for item in weighted.split():
        name = item.rstrip("0123456789")
        out += [name] * int(item[len(name) :])
    return out


_SURNAME_TABLE = _expand(SURNAMES)


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    hall_code: str
    hall_name: str
    created_hall: bool
    created_users: tuple[str, ...]
    password: str  # the demo users' password; "" when no user was created
    customers: int
    companies: int
    accounts: int
    visits: int
    applications: int
    application_steps: int
    application_events: int
    status_counts: tuple[tuple[str, int], ...]
    overdue: int
    first_day: date
    last_day: date
    seconds: float
    payments: int = 0  # valid ones
    payment_total: Decimal = Decimal("0.00")
    payment_methods: tuple[tuple[str, int], ...] = ()
    payment_lines: int = 0
    voids: int = 0
    reprinted: int = 0
    arrears: int = 0  # generated bill months
    debtors: int = 0
    arrears_open: int = 0
    arrears_overdue: int = 0
    settlements: int = 0
    settlement_differences: int = 0
    fee_items: int = 0
    sample_arrears: int = 0  # rows of the sample arrears list imported

    def lines(self) -> list[str]:
        statuses = "，".join(f"{name} {count}" for name, count in self.status_counts)
        methods = "，".join(f"{name} {count}" for name, count in self.payment_methods) or "无"
        out = [
            f"营业厅：{self.hall_code} {self.hall_name}"
            + ("（新建）" if self.created_hall else ""),
        ]
        if self.created_users:
            out.append(f"演示用户：{'、'.join(self.created_users)}，密码均为 {self.password}")
        out += [
            f"客户 {self.customers} 户（其中单位 {self.companies} 户），户号 {self.accounts} 个",
            f"来访 {self.visits} 次，{self.first_day.isoformat()} 至 {self.last_day.isoformat()}",
            f"业务受理 {self.applications} 件（{statuses}），其中超期 {self.overdue} 件；"
            f"办电环节 {self.application_steps} 条，事件 {self.application_events} 条",
            f"欠费 {self.arrears} 笔（{self.debtors} 户），至今未结清 {self.arrears_open} 笔，"
            f"其中已逾期 {self.arrears_overdue} 笔",
            f"收费 {self.payments} 笔（{methods}），合计 {self.payment_total:,.2f} 元，"
            f"收费明细 {self.payment_lines} 行；作废 {self.voids} 笔，补打 {self.reprinted} 笔",
            f"日结 {self.settlements} 份（有差额 {self.settlement_differences} 份），今日未日结",
            f"已导入示例收费标准（收费项目 {self.fee_items} 项）"
            + (f"和示例欠费清单（{self.sample_arrears} 行）" if self.sample_arrears else ""),
            f"随机种子 {self.seed}，用时 {self.seconds:.1f} 秒",
        ]
        return out


# -- generators -----------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randrange(10**n)).zfill(n)


def person_name(rng: random.Random, male: bool) -> str:
    surname = rng.choice(_SURNAME_TABLE)
    r = rng.random()
    pool = NEUTRAL_GIVEN if r < 0.1 else (MALE_GIVEN if male else FEMALE_GIVEN)
    if rng.random() < 0.3:
        return surname + rng.choice(pool)
    return surname + rng.choice(pool) + rng.choice(MALE_GIVEN if male else FEMALE_GIVEN)


def resident_id(rng: random.Random, today: date) -> tuple[str, bool]:
    """A valid GB 11643 number of someone 18 to 85 years old, and whether male."""
    area = rng.choice(LOCAL_AREAS) if rng.random() < 0.8 else rng.choice(OTHER_AREAS)
    birth = today - timedelta(days=rng.randint(18 * 366, 85 * 365))
    seq = rng.randint(1, 999)
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first17 + resident_id_check_char(first17), seq % 2 == 1


_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def organization_code(rng: random.Random) -> str:
    """A 9-character organisation code (GB 11714): 8 digits and its check character."""
    body = _digits(rng, 8)
    check = 11 - sum(int(c) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True)) % 11
    return body + {10: "X", 11: "0"}.get(check, str(check))


def credit_code(rng: random.Random, org_type: str) -> str:
    """A valid GB 32100 code: 9 (market regulator), the type, area, organisation code."""
    first17 = "9" + org_type + rng.choice(LOCAL_AREAS) + organization_code(rng)
    return first17 + credit_code_check_char(first17)


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 8)


def company(rng: random.Random) -> tuple[str, str]:
    """(name, credit code): a limited company, or now and then a sole trader (个体工商户)."""
    trade = rng.choice(TRADE_NAMES)
    if rng.random() < 0.8:
        return f"{CITY}{trade}{rng.choice(TRADES)}有限公司", credit_code(rng, "1")
    return f"{rng.choice(TOWNS)}{trade}{rng.choice(SHOPS)}", credit_code(rng, "2")


def address(rng: random.Random, business: bool = False) -> str:
    town = rng.choice(TOWNS)
    r = rng.random()
    if business:
        park = "工业园区" if r < 0.4 else ""
        return f"{town}{park}{rng.choice(ROADS)}{rng.randint(1, 300)}号"
    if r < 0.55:
        floor, room = rng.randint(1, 18), rng.randint(1, 4)
        return (
            f"{town}{rng.choice(ROADS)}{rng.randint(1, 400)}号{rng.choice(ESTATES)}"
            f"{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元{floor}{room:02d}室"
        )
    if r < 0.7:
        return f"{town}{rng.choice(ROADS)}{rng.randint(1, 400)}号"
    return f"{town}{rng.choice(VILLAGES)}村{rng.randint(1, 12)}组{rng.randint(1, 150)}号"


def _moment(rng: random.Random, day: date, start: time = OPENS, end: time = CLOSES) -> datetime:
    """A random moment in the hall's opening hours of ``day``, as aware UTC."""
    midnight = datetime.combine(day, time(), HALL_TZ)
    lo = start.hour * 3600 + start.minute * 60
    hi = end.hour * 3600 + end.minute * 60
    return (midnight + timedelta(seconds=rng.randint(lo, hi))).astimezone(UTC)


# -- the population -------------------------------------------------------------------


@dataclass
class _Acct:
    id: int
    account_no: str
    address: str
    category: str
    voltage: str
    capacity_kw: Decimal | None
    status: str


@dataclass
class _Population:
    ids: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    certs: list[str] = field(default_factory=list)
    mobiles: list[str] = field(default_factory=list)
    accounts: list[list[_Acct]] = field(default_factory=list)
    account_count: int = 0


def _max_id(s: Session, table: Table) -> int:
    return int(s.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0)


def _insert(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    conn = s.connection()
    for start in range(0, len(rows), BATCH):
        conn.execute(insert(table), rows[start : start + BATCH])
    if rows and "id" in rows[0] and conn.dialect.name == "postgresql":
        # Explicit ids leave PostgreSQL's id sequence behind (SQLite just takes
        # max(id) + 1): move it past them, or the app's next row here collides.
        conn.execute(
            select(func.setval(func.pg_get_serial_sequence(table.name, "id"), func.max(table.c.id)))
        )


def _legacy_account_no(rng: random.Random, taken: set[str]) -> str:
    """户号 from the marketing system: 10 or 13 digits, never the app's own 12."""
    while True:
        no = "33" + _digits(rng, 8) if rng.random() < 0.75 else "330" + _digits(rng, 10)
        if no not in taken:
            taken.add(no)
            return no


def _capacity(rng: random.Random, choices: Sequence[int]) -> Decimal:
    return Decimal(rng.choice(choices))


def _fill_customers(
    ctx: AppContext,
    rng: random.Random,
    hall: HallInfo,
    count: int,
    today: date,
    before: date,
    say: Callable[[str], None],
) -> _Population:
    pop = _Population()
    customers_t, accounts_t = Customer.__table__, Account.__table__
    assert isinstance(customers_t, Table) and isinstance(accounts_t, Table)
    with ctx.read() as s:
        taken_certs = set(s.scalars(select(Customer.cert_no)))
        taken_accounts = set(s.scalars(select(Account.account_no)))
    span = (before - date(2000, 1, 1)).days
    done = 0
    while done < count:
        n = min(BATCH, count - done)
        customer_rows: list[dict[str, Any]] = []
        account_rows: list[dict[str, Any]] = []
        with ctx.write() as s:
            next_customer = _max_id(s, customers_t) + 1
            next_account = _max_id(s, accounts_t) + 1
            for _ in range(n):
                is_company = rng.random() < COMPANY_SHARE
                while True:
                    if is_company:
                        name, cert = company(rng)
                    else:
                        cert, male = resident_id(rng, today)
                        name = person_name(rng, male)
                    if cert not in taken_certs:
                        taken_certs.add(cert)
                        break
                phone = mobile(rng)
                accounts: list[_Acct] = []
                first_opened: datetime | None = None
                for _k in range(1 if rng.random() < 0.7 else 2):
                    opened = _moment(rng, date(2000, 1, 1) + timedelta(days=rng.randrange(span)))
                    first_opened = min(first_opened or opened, opened)
                    if is_company:
                        high = rng.random() < 0.2
                        category, voltage = "非居民", "高压" if high else "低压"
                        capacity = _capacity(rng, HV_KVA if high else LV_BUSINESS_KW)
                        where = address(rng, business=True)
                    elif rng.random() < 0.05:  # a small shop on a person's name
                        category, voltage = "非居民", "低压"
                        capacity = _capacity(rng, LV_BUSINESS_KW[:5])
                        where = address(rng, business=True)
                    else:
                        category, voltage = "居民", "低压"
                        capacity = _capacity(rng, RESIDENTIAL_KW)
                        where = address(rng)
                    r = rng.random()
                    status = "active" if r < 0.95 else ("suspended" if r < 0.98 else "closed")
                    closed = None
                    if status == "closed":
                        closed = opened + timedelta(days=rng.randint(30, 3000))
                        closed = min(closed, _moment(rng, before))
                    acct = _Acct(
                        next_account,
                        _legacy_account_no(rng, taken_accounts),
                        where,
                        category,
                        voltage,
                        capacity,
                        status,
                    )
                    accounts.append(acct)
                    account_rows.append(
                        {
                            "id": acct.id,
                            "account_no": acct.account_no,
                            "hall_id": hall.id,
                            "customer_id": next_customer,
                            "address": where,
                            "category": category,
                            "voltage": voltage,
                            "capacity_kw": capacity,
                            "status": status,
                            "opened_at": opened,
                            "closed_at": closed,
                            "updated_at": closed or opened,
                        }
                    )
                    next_account += 1
                assert first_opened is not None
                customer_rows.append(
                    {
                        "id": next_customer,
                        "kind": "company" if is_company else "person",
                        "name": name,
                        "cert_type": COMPANY_CERT if is_company else PERSON_CERT,
                        "cert_no": cert,
                        "mobile": phone,
                        "created_at": first_opened,
                        "updated_at": first_opened,
                    }
                )
                pop.ids.append(next_customer)
                pop.kinds.append("company" if is_company else "person")
                pop.names.append(name)
                pop.certs.append(cert)
                pop.mobiles.append(phone)
                pop.accounts.append(accounts)
                pop.account_count += len(accounts)
                next_customer += 1
            _insert(s, customers_t, customer_rows)
            _insert(s, accounts_t, account_rows)
        done += n
        say(f"客户 {done}/{count}")
    return pop


# -- applications -----------------------------------------------------------------------


@dataclass
class _Business:
    defn: wf.WorkflowDefinition
    number_fields: dict[str, str]  # key -> "capacity_up" / "capacity_down" / "capacity"
    allowed_status: tuple[str, ...] | None
    allowed_category: tuple[str, ...] | None
    capacity_max: Decimal | None


def _business(defn: wf.WorkflowDefinition) -> _Business:
    numbers: dict[str, str] = {}
    allowed_status = allowed_category = None
    capacity_max = None
    for rule in defn.rules:
        if rule.kind == "capacity_change":
            up = rule.params["direction"] == "increase"
            numbers[rule.params["field"]] = "capacity_up" if up else "capacity_down"
        elif rule.kind == "account_status":
            allowed_status = tuple(rule.params["allowed"])
        elif rule.kind == "category_is":
            allowed_category = tuple(rule.params["allowed"])
        elif rule.kind == "capacity_max":
            capacity_max = Decimal(rule.params["max"])
    return _Business(defn, numbers, allowed_status, allowed_category, capacity_max)


def _new_capacity(rng: random.Random, biz: _Business, f: wf.Field) -> Decimal:
    name = biz.defn.name
    if "高压" in name:
        choices: Sequence[int] = HV_KVA
    elif "居民" in name and "非居民" not in name:
        choices = RESIDENTIAL_KW
    else:
        choices = LV_BUSINESS_KW
    fitting = [
        c
        for c in choices
        if (f.minimum is None or c >= f.minimum)
        and (f.maximum is None or c <= f.maximum)
        and (biz.capacity_max is None or c <= biz.capacity_max)
    ]
    if not fitting:
        return f.minimum if f.minimum is not None else Decimal(1)
    return Decimal(rng.choice(fitting))


def _changed_capacity(rng: random.Random, current: Decimal | None, up: bool) -> Decimal:
    base = current or Decimal(10)
    factor = Decimal(rng.choice((15, 20, 25))) / 10 if up else Decimal(rng.choice((3, 5, 7))) / 10
    value = (base * factor).quantize(Decimal(1))
    return max(value, Decimal(1))


@dataclass
class _Who:
    kind: str
    name: str
    cert: str
    mobile: str
    accounts: list[_Acct]


def _values(
    rng: random.Random,
    biz: _Business,
    who: _Who,
    account: _Acct | None,
    where: str,
    accepted_on: date,
    today: date,
) -> tuple[dict[str, Any], Decimal | None]:
    """What the wizard would have kept for this business, and the application's capacity."""
    values: dict[str, Any] = {}
    capacity: Decimal | None = account.capacity_kw if account else None
    last_date: date | None = None
    for f in biz.defn.fields:
        if not wf.is_visible(f, values):
            continue
        key = f.key
        value: Any
        if key == "cert_type":
            cert_type = COMPANY_CERT if who.kind == "company" else PERSON_CERT
            value = cert_type if cert_type in f.choices else (f.default or f.choices[0])
        elif key == "cert_no":
            value = who.cert
        elif key == "name":
            value = who.name
        elif key == "mobile":
            value = who.mobile
        elif key == "address":
            value = where
        elif key == "account_no":
            value = account.account_no if account else ""
        elif f.kind == "bool":
            value = False
        elif f.kind == "choice":
            value = f.default if f.default in f.choices else rng.choice(f.choices)
        elif f.kind == "number":
            how = biz.number_fields.get(key)
            if how is not None and account is not None:
                number = _changed_capacity(rng, account.capacity_kw, how == "capacity_up")
            else:
                number = _new_capacity(rng, biz, f)
            if "capacity" in key:
                capacity = number
            value = f"{number.normalize():f}"
        elif f.kind == "date":
            ends = {"end", "to", "until"} & set(key.split("_"))
            if last_date is not None and ends:
                day = last_date + timedelta(days=rng.randint(20, 150))
            else:
                day = accepted_on + timedelta(days=rng.randint(6, 20))
            last_date = day
            value = day.isoformat()
        else:
            value = _text_value(rng, f, key, values, who, today)
        values[key] = value
    return values, capacity


def _text_value(
    rng: random.Random,
    f: wf.Field,
    key: str,
    values: dict[str, Any],
    who: _Who,
    today: date,
) -> str:
    check = f.check
    if f.check_by:
        check = f.checks.get(str(values.get(f.check_by, "")), "certificate")
    if check == "resident_id":
        return resident_id(rng, today)[0]
    if check == "credit_code":
        return credit_code(rng, "1")
    if check == "mobile":
        return mobile(rng)
    if check in ("passport", "certificate"):
        return "E" + _digits(rng, 8)
    if check == "account_no" or "account_no" in key:
        others = [a.account_no for a in who.accounts if a.account_no != values.get("account_no")]
        return rng.choice(others) if others else "33" + _digits(rng, 8)
    if check == "person_name" or key.endswith("name"):
        return person_name(rng, rng.random() < 0.5)
    if "address" in key:
        return address(rng)
    if "location" in key:
        return rng.choice(("户外表箱", "楼道集中表箱", "室外墙面", "配电房"))
    if "bank" in key:
        return "中国工商银行城关支行"
    if "reason" in key:
        return rng.choice(REASONS)
    return "演示" if f.required else ""


@dataclass
class _Plan:
    """One application with everything that happened to it by now."""

    status: str
    current: str
    completions: list[datetime | None]
    completed_at: datetime | None = None
    paused_since: datetime | None = None
    ended_at: datetime | None = None  # cancelled at
    note: str = ""


def _fate(rng: random.Random) -> str:
    r = rng.random()
    for name, share in FATES:
        if r < share:
            return name
        r -= share
    return "on_time"


def _plan(
    rng: random.Random,
    dues: list[tuple[wf.Step, date]],
    accepted_at: datetime,
    now: datetime,
) -> _Plan:
    fate = _fate(rng)
    k = len(dues)
    completions: list[datetime | None] = [accepted_at] + [None] * (k - 1)
    late = rng.randrange(1, k) if fate == "late" and k > 1 else -1
    # Where a stuck, cancelled, paused or returned application stops going forward.
    stop = rng.randrange(1, k) if fate not in ("late", "on_time") and k > 1 else -1
    prev = accepted_at
    for i in range(1, k):
        if i == stop:
            break
        due = dues[i][1]
        lo = local_date(prev)
        if i == late:
            day = due + timedelta(days=rng.randint(1, 15))
        else:
            span = max(0, (due - lo).days)
            # Most steps are done well before their due date.
            day = lo + timedelta(days=min(span, int(span * rng.random() ** 1.5 + 0.5)))
        moment = _moment(rng, day)
        if moment <= prev:
            moment = prev + timedelta(minutes=rng.randint(10, 180))
        if moment > now:
            break
        completions[i] = moment
        prev = moment
    done = sum(1 for c in completions if c is not None)
    if done == k:
        return _Plan("completed", dues[-1][0].code, completions, completed_at=prev)
    current = dues[done][0].code
    if fate in ("cancelled", "paused", "returned"):
        # Some hours to some days after the last step done, and not after now.
        at = min(now, prev + timedelta(minutes=rng.randint(60, 10 * 24 * 60)))
        if fate == "cancelled":
            return _Plan("cancelled", current, completions, ended_at=at,
                         note=rng.choice(CANCEL_REASONS))  # fmt: skip
        return _Plan(fate, current, completions, paused_since=at)
    return _Plan("in_progress", current, completions)


# -- days, visits and their numbers --------------------------------------------------------


def _day_windows(
    ctx: AppContext, days: int, now: datetime
) -> list[tuple[date, datetime, datetime, float]]:
    """(day, opening, closing, weight) for each day of the window, oldest first; today
    closes now. Visits start and end between opening and closing."""
    today = local_date(now)
    out = []
    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        start = datetime.combine(day, OPENS, HALL_TZ).astimezone(UTC)
        end = datetime.combine(day, CLOSES, HALL_TZ).astimezone(UTC)
        if day == today:
            end = min(end, now)
        full = (datetime.combine(day, CLOSES) - datetime.combine(day, OPENS)).total_seconds()
        # The last visit starts some minutes before closing.
        share = max(0.0, (end - start - LAST_START).total_seconds() / full)
        # Halls open at weekends and holidays too, with fewer customers.
        weight = share * (1.0 if ctx.calendar.is_working_day(day) else 0.3)
        out.append((day, start, end, weight))
    return out


def _split(total: int, weights: list[float]) -> list[int]:
    """``total`` split in proportion to ``weights``, largest remainders first; sums exactly."""
    whole = sum(weights)
    if total == 0 or whole <= 0:
        return [0] * len(weights)
    shares = [total * w / whole for w in weights]
    counts = [int(x) for x in shares]
    order = sorted(range(len(weights)), key=lambda i: (counts[i] - shares[i], i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _bump(s: Session, name: str, used: int) -> int:
    """Take ``used`` numbers of a sequence at once; returns the last number before them."""
    row = s.get(SequenceRow, name, with_for_update=True)
    if row is None:
        row = SequenceRow(name=name, value=0)
        s.add(row)
    before = row.value
    row.value = before + used
    s.flush()
    return before


@dataclass
class _Counts:
    visits: int = 0
    applications: int = 0
    steps: int = 0
    events: int = 0
    accounts: int = 0
    overdue: int = 0
    statuses: dict[str, int] = field(default_factory=dict)


class _Chooser:
    """Weighted choice of a business for a kind of customer, without re-summing weights."""

    def __init__(self, businesses: Iterable[_Business], weights: dict[str, float], kind: str):
        self.items = [b for b in businesses if kind in b.defn.customer_types]
        self.cum: list[float] = []
        total = 0.0
        for b in self.items:
            total += weights.get(b.defn.code, 1.0)
            self.cum.append(total)

    def pick(self, rng: random.Random) -> _Business | None:
        if not self.items:
            return None
        return self.items[bisect(self.cum, rng.random() * self.cum[-1])]


def _fill_day(
    ctx: AppContext,
    rng: random.Random,
    hall: HallInfo,
    staff: list[int],
    pop: _Population,
    choosers: dict[str, _Chooser],
    window: tuple[date, datetime, datetime, float],
    n: int,
    now: datetime,
    counts: _Counts,
    due_cache: dict[tuple[str, date], list[tuple[wf.Step, date]]],
    money: _Money,
) -> None:
    day, first, last, _weight = window
    today = local_date(now)
    span = max(1, int((last - LAST_START - first).total_seconds()))
    starts = sorted(first + timedelta(seconds=rng.randrange(span)) for _ in range(n))
    counters = list(range(1, len(staff) + 1))
    rng.shuffle(counters)
    desk = dict(zip(staff, counters, strict=True))
    visits_t, apps_t = Visit.__table__, Application.__table__
    steps_t, events_t, accounts_t = (
        ApplicationStep.__table__,
        ApplicationEvent.__table__,
        Account.__table__,
    )
    assert isinstance(visits_t, Table) and isinstance(apps_t, Table)
    assert isinstance(steps_t, Table) and isinstance(events_t, Table)
    assert isinstance(accounts_t, Table)
    visit_rows: list[dict[str, Any]] = []
    app_rows: list[dict[str, Any]] = []
    step_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    account_rows: list[dict[str, Any]] = []
    with ctx.write() as s:
        next_visit = _max_id(s, visits_t) + 1
        next_app = _max_id(s, apps_t) + 1
        next_account = _max_id(s, accounts_t) + 1
        visit_base = _bump(s, f"visit:{hall.code}:{day:%Y%m%d}", n)
        # (visit index, accepted at, clerk, customer index, business)
        planned: list[tuple[int, datetime, int, int, _Business]] = []
        for i, started in enumerate(starts):
            clerk = rng.choice(staff)
            r = rng.random()
            who = rng.randrange(len(pop.ids))
            if r < APPLICATION_SHARE:
                kind, minutes = "application", rng.randint(10, 40)
            elif r < APPLICATION_SHARE + ATTEMPT_SHARE:
                kind, minutes = "attempt", rng.randint(5, 15)
            elif r < APPLICATION_SHARE + ATTEMPT_SHARE + QUICK_SHARE:
                kind, minutes = "quick", rng.randint(1, 6)
            else:
                kind, minutes = "inquiry", rng.randint(2, 15)
            ended = min(started + timedelta(minutes=minutes, seconds=rng.randint(0, 59)), last)
            # Who pays is drawn from the money's own stream, so this one stays as it was.
            quick = kind == "quick"
            payer = money.payer(clerk, day) if quick else None
            if quick:
                # A payment; or a quick question (nobody to pay, or the clerk-day is settled).
                kind = "inquiry" if payer is None else "payment"
            business, outcome = kind, "completed"
            customer_id: int | None = pop.ids[who if payer is None else payer.who]
            if payer is not None:
                money.visited(day, _PayVisit(next_visit + i, clerk, str(desk[clerk]), ended, payer))
            elif quick and money.rng.random() < 0.2:
                customer_id = None  # someone who only asked
            if kind in ("application", "attempt"):
                picked = choosers[pop.kinds[who]].pick(rng)
                if picked is None:
                    business, outcome = "inquiry", "completed"
                else:
                    business = picked.defn.code
                    if kind == "attempt":
                        outcome = "needs_documents"
                    else:
                        planned.append((i, ended, clerk, who, picked))
            elif kind == "inquiry" and not quick and rng.random() < 0.2:
                customer_id = None  # someone who only asked
            visit_rows.append(
                {
                    "id": next_visit + i,
                    "visit_no": f"{hall.code}-V{day:%Y%m%d}-{visit_base + i + 1:04d}",
                    "hall_id": hall.id,
                    "clerk_id": clerk,
                    "counter": str(desk[clerk]),
                    "customer_id": customer_id,
                    "business_code": business,
                    "outcome": outcome,
                    "started_at": started,
                    "ended_at": ended,
                    # No queue times here: no waiting (models.Visit.wait_seconds).
                    "wait_seconds": None,
                    "handle_seconds": whole_seconds(started, ended),
                }
            )
        # The applications accepted at those visits, numbered in the order accepted.
        apps: list[tuple[int, datetime, int, int, _Business, _Acct | None]] = []
        for i, accepted, clerk, who, chosen in planned:
            account: _Acct | None = None
            if chosen.defn.target == "account":
                fitting = [
                    a
                    for a in pop.accounts[who]
                    if a.status in (chosen.allowed_status or ("active", "suspended"))
                    and (chosen.allowed_category is None or a.category in chosen.allowed_category)
                ]
                if not fitting:
                    # No account this business could apply to: the visit was an inquiry.
                    visit_rows[i]["business_code"] = "inquiry"
                    continue
                account = rng.choice(fitting)
            apps.append((i, accepted, clerk, who, chosen, account))
        app_base = _bump(s, f"application:{hall.code}:{day:%Y%m%d}", len(apps))
        new_accounts: list[tuple[dict[str, Any], _Plan, _Business, Decimal | None]] = []
        for n_app, (i, accepted, clerk, who, biz, account) in enumerate(apps):
            defn = biz.defn
            dues = due_cache.get((defn.code, day))
            if dues is None:
                dues = wf.step_due_dates(defn, day, ctx.calendar)
                due_cache[(defn.code, day)] = dues
            promised = ctx.calendar.add_working_days(day, defn.time_limit_days)
            person = _Who(
                pop.kinds[who], pop.names[who], pop.certs[who], pop.mobiles[who], pop.accounts[who]
            )
            where = account.address if account else address(rng, business=person.kind == "company")
            values, capacity = _values(rng, biz, person, account, where, day, today)
            documents = [d for d in wf.applicable_documents(defn, values) if d.required]
            plan = _plan(rng, dues, accepted, now)
            app_id = next_app + n_app
            details: dict[str, Any] = {
                "values": values,
                "documents_received": [d.code for d in documents],
            }
            if plan.status == "returned" and documents:
                details["documents_missing"] = [rng.choice(documents).name]
            row: dict[str, Any] = {
                "id": app_id,
                "application_no": f"{hall.code}-{day:%Y%m%d}-{app_base + n_app + 1:04d}",
                "hall_id": hall.id,
                "business_code": defn.code,
                "business_name": defn.name,
                "customer_id": pop.ids[who],
                "account_id": account.id if account else None,
                "visit_id": next_visit + i,
                "clerk_id": clerk,
                "status": plan.status,
                "current_step": plan.current,
                "paused_since": plan.paused_since,
                "address": where,
                "capacity_kw": capacity,
                "details": details,
                "accepted_at": accepted,
                "promised_date": promised,
                "completed_at": plan.completed_at,
                "updated_at": accepted,
            }
            app_rows.append(row)
            if plan.status == "completed" and defn.effect == "open_account":
                new_accounts.append((row, plan, biz, capacity))
            overdue = False
            for seq, ((step, due), done) in enumerate(
                zip(dues, plan.completions, strict=True), start=1
            ):
                step_rows.append(
                    {
                        "application_id": app_id,
                        "seq": seq,
                        "code": step.code,
                        "name": step.name,
                        "limit_days": step.limit_days,
                        "due_date": due,
                        "completed_at": done,
                    }
                )
                overdue = overdue or (plan.status == "in_progress" and done is None and due < today)
            counts.overdue += overdue
            events = _events(rng, app_id, plan, dues, clerk, staff)
            event_rows += events
            row["updated_at"] = events[-1]["at"]
            counts.statuses[plan.status] = counts.statuses.get(plan.status, 0) + 1
        if new_accounts:
            # A finished new connection opens its account, numbered as the app numbers them.
            digits = "".join(ch for ch in hall.code if ch.isdigit())[:6].ljust(6, "0")
            account_base = _bump(s, f"account:{hall.code}", len(new_accounts))
            for k, (row, plan, biz, capacity) in enumerate(new_accounts):
                account_no = f"{digits}{account_base + k + 1:06d}"
                usage = str(row["details"]["values"].get("usage", ""))
                residential = usage.startswith("居民") or (
                    "居民" in biz.defn.name and "非居民" not in biz.defn.name
                )
                account_rows.append(
                    {
                        "id": next_account + k,
                        "account_no": account_no,
                        "hall_id": hall.id,
                        "customer_id": row["customer_id"],
                        "address": row["address"],
                        "category": "居民" if residential else "非居民",
                        "voltage": "高压" if "高压" in biz.defn.name else "低压",
                        "capacity_kw": capacity,
                        "status": "active",
                        "opened_at": plan.completed_at,
                        "closed_at": None,
                        "updated_at": plan.completed_at,
                    }
                )
                row["account_id"] = next_account + k
                row["details"]["opened_account"] = account_no
        _insert(s, visits_t, visit_rows)
        _insert(s, accounts_t, account_rows)
        _insert(s, apps_t, app_rows)
        _insert(s, steps_t, step_rows)
        _insert(s, events_t, event_rows)
    counts.visits += len(visit_rows)
    counts.applications += len(app_rows)
    counts.steps += len(step_rows)
    counts.events += len(event_rows)
    counts.accounts += len(account_rows)


def _events(
    rng: random.Random,
    app_id: int,
    plan: _Plan,
    dues: list[tuple[wf.Step, date]],
    clerk: int,
    staff: list[int],
) -> list[dict[str, Any]]:
    """The application's events in the order they happened, as the services write them."""

    def event(at: datetime, user: int, kind: str, step: str, note: str = "") -> dict[str, Any]:
        return {
            "application_id": app_id,
            "at": at,
            "user_id": user,
            "kind": kind,
            "step_code": step,
            "note": note,
        }

    accepted = plan.completions[0]
    assert accepted is not None
    out = [event(accepted, clerk, "accepted", dues[0][0].code)]
    for (step, _due), done in zip(dues[1:], plan.completions[1:], strict=True):
        if done is not None:
            out.append(event(done, rng.choice(staff), "step_done", step.code))
    if plan.status == "completed" and plan.completed_at is not None:
        out.append(event(plan.completed_at, out[-1]["user_id"], "completed", dues[-1][0].code))
    elif plan.status == "cancelled" and plan.ended_at is not None:
        out.append(event(plan.ended_at, rng.choice(staff), "cancelled", plan.current, plan.note))
    elif plan.status == "paused" and plan.paused_since is not None:
        out.append(
            event(
                plan.paused_since,
                rng.choice(staff),
                "paused",
                plan.current,
                rng.choice(PAUSE_REASONS),
            )
        )
    elif plan.status == "returned" and plan.paused_since is not None:
        out.append(event(plan.paused_since, rng.choice(staff), "returned", plan.current, "缺资料"))
    return out


# -- money: arrears, payments with receipts, voids, reprints, settlements -------------------

FEE_SCHEDULE_SAMPLE = ("samples", "fee_schedule_sample.xlsx")
ARREARS_SAMPLE = ("samples", "arrears_sample.xlsx")
ZERO = Decimal("0.00")
CENT = Decimal("0.01")
BILL_CYCLE_DAYS = 30  # a counter payer comes about once a bill
NON_PAYER_SHARE = 0.15  # accounts that owe and do not come, per counter payer
ISSUE_DAY, DUE_DAY = 5, 25  # HQ lists month M on the 5th of M+1; due the 25th (as the sample)
# How many bills before the window's first bill a payer's oldest unpaid bill is.
FIRST_UNPAID = ((0, 0.5), (1, 0.3), (2, 0.1), (3, 0.05), (4, 0.03), (5, 0.02))
NON_PAYER_BACK = ((0, 0.35), (1, 0.25), (2, 0.15), (3, 0.1), (4, 0.08), (5, 0.07))
# Residential consumption by calendar month (air conditioning in summer, heating in winter).
SEASON = {1: 1.3, 2: 1.25, 3: 1.0, 4: 0.85, 5: 0.9, 6: 1.05, 7: 1.45, 8: 1.5, 9: 1.15,
          10: 0.9, 11: 0.95, 12: 1.2}  # fmt: skip
PAY_ALL, PAY_SOME_MONTHS = 0.8, 0.9  # the rest pay part of the oldest month
UNPROMPTED_SHARE = 0.12  # payment visits without a new bill: prepayment, a fee
PREPAY_SHARE = 0.06  # pays the bills and adds a prepayment (预存)
PREPAYMENTS = (50, 100, 100, 200, 200, 300, 500)
FEE_SHARE = 0.03  # a business fee on the receipt
FEES_BY_KIND = {"居民": ("JY0301", "FD0401"), "低压": ("JY0302", "FD0401"),
                "高压": ("JY0302", "FD0402")}  # fmt: skip
VOID_SHARE = 0.01
REPRINT_SHARE = 0.03
DIFFERENCE_SHARE = 0.05  # clerk-days whose count is really off
DIFFERENCES = ("-0.50", "-1.00", "-1.00", "-2.00", "-5.00", "-10.00", "0.50", "1.00", "2.00")
RETAKE_METHOD = "支付方式选错，已按实际支付方式重新收费"
RETAKE_FEWER = "客户改为只缴最早一个月，已重新收费"
VOID_REASONS = ("客户改用手机线上缴费，已当场退款", "重复收费，已当场退还客户",
                "收费金额录入错误，已退还客户")  # fmt: skip
REPRINT_AT_ONCE = "打印机卡纸，收据未完整打出"
REPRINT_LATER = ("客户遗失收据，凭身份证申请补打", "客户报销需要，申请补打",
                 "收据字迹褪色不清，申请补打")  # fmt: skip


@dataclass(eq=False)
class _Bill:
    """One bill month of a debtor: an Arrears row, paid as the payments go."""

    month: str
    issued: date
    due: date
    amount: Decimal
    id: int = 0  # given when the Arrears rows are written
    paid: Decimal = ZERO
    touched: datetime | None = None

    @property
    def owed(self) -> Decimal:
        return self.amount - self.paid


@dataclass(eq=False)
class _Payer:
    """An account with arrears: a counter payer, or one that owes and does not come."""

    who: int
    acct: _Acct
    back: int  # its oldest unpaid bill, in bills before the window's first
    bills: list[_Bill] = field(default_factory=list)
    prepaid: Decimal = ZERO
    touched: datetime | None = None
    last_visit: date | None = None

    @property
    def residential(self) -> bool:
        return self.acct.category == "居民"

    def has_news(self, day: date) -> bool:
        """A bill listed by ``day`` and since the last payment visit: a reason to come."""
        return any(
            b.issued <= day and (self.last_visit is None or b.issued > self.last_visit)
            for b in self.bills
        )


@dataclass(frozen=True)
class _PayVisit:
    visit_id: int
    clerk: int
    counter: str
    at: datetime  # the end of the visit: when the receipt is printed
    payer: _Payer


class _Money:
    """Who pays at which visit; filled while the visits are made, paid out afterwards."""

    def __init__(
        self,
        rng: random.Random,
        payers: list[_Payer],
        debtors: list[_Payer],
        settled: set[tuple[int, date]],
    ) -> None:
        self.rng, self.payers, self.debtors, self.settled = rng, payers, debtors, settled
        self.by_day: dict[date, list[_PayVisit]] = {}

    def payer(self, clerk: int, day: date) -> _Payer | None:
        """Who pays at a short visit (PAYMENT_SHARE of QUICK_SHARE of them); None for a
        quick question, or when nobody can pay (the clerk-day is settled already)."""
        if self.rng.random() >= PAYMENT_SHARE / QUICK_SHARE:
            return None
        if not self.payers or (clerk, day) in self.settled:
            return None
        # Most come when a new bill is listed; a few to prepay or for a business fee.
        for _try in range(8):
            payer = self.payers[self.rng.randrange(len(self.payers))]
            if payer.has_news(day) or self.rng.random() < UNPROMPTED_SHARE:
                break
        payer.last_visit = day
        return payer

    def visited(self, day: date, visit: _PayVisit) -> None:
        self.by_day.setdefault(day, []).append(visit)


def _weighted(rng: random.Random, table: Sequence[tuple[int, float]]) -> int:
    r = rng.random()
    for value, share in table:
        if r < share:
            return value
        r -= share
    return table[-1][0]


def _choose_payers(
    rng: random.Random,
    pop: _Population,
    visits: int,
    first_day: date,
    today: date,
    settled: set[tuple[int, date]],
) -> _Money:
    """A fraction of the accounts owe: counter payers (about one payment visit per bill
    over the window) and some that owe and do not come; with their bill months."""
    days = (today - first_day).days + 1
    eligible = [
        (who, acct)
        for who, accounts in enumerate(pop.accounts)
        for acct in accounts
        if acct.status != "closed"
    ]
    expected = visits * PAYMENT_SHARE
    size = min(len(eligible), max(1, round(expected / max(1.0, days / BILL_CYCLE_DAYS))))
    if not visits or not eligible:
        return _Money(rng, [], [], settled)
    picked = rng.sample(
        range(len(eligible)), min(len(eligible), round(size * (1 + NON_PAYER_SHARE)))
    )
    payers = [_Payer(*eligible[k], _weighted(rng, FIRST_UNPAID)) for k in picked[:size]]
    debtors = [_Payer(*eligible[k], _weighted(rng, NON_PAYER_BACK)) for k in picked[size:]]
    money = _Money(rng, payers, debtors, settled)
    _plan_bills(rng, money, first_day, today)
    return money


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month_day(index: int, day: int) -> date:
    return date(index // 12, index % 12 + 1, day)


def _last_listed(day: date) -> int:
    """The newest bill month HQ has listed by ``day`` (month M is listed on the 5th of M+1)."""
    return _month_index(day) - (1 if day.day >= ISSUE_DAY else 2)


def _monthly_base(rng: random.Random, acct: _Acct) -> float:
    """A typical month's bill in yuan: by household habits, or by capacity and hours."""
    if acct.category == "居民":
        return min(1500.0, max(15.0, rng.lognormvariate(math.log(110), 0.55)))
    kw = float(acct.capacity_kw or 10)
    if acct.voltage == "高压":
        return kw * rng.uniform(120, 350) * 0.65
    return kw * rng.uniform(60, 250) * 0.72


def _bill_amount(rng: random.Random, base: float, month: int, residential: bool) -> Decimal:
    season = SEASON[month % 12 + 1]
    if not residential:
        season = 1 + (season - 1) / 3  # businesses follow the seasons less
    fen = max(500, round(base * season * rng.uniform(0.85, 1.15) * 100))
    return Decimal(fen).scaleb(-2)


def _plan_bills(rng: random.Random, money: _Money, first_day: date, today: date) -> None:
    """Every debtor's bill months, from its oldest unpaid one to the newest listed."""
    window_first = _last_listed(first_day) + 1
    newest = _last_listed(today)
    for group, start_of in ((money.payers, window_first), (money.debtors, newest)):
        for payer in group:
            base = _monthly_base(rng, payer.acct)
            for month in range(start_of - payer.back, newest + 1):
                payer.bills.append(
                    _Bill(
                        f"{month // 12}{month % 12 + 1:02d}",
                        _month_day(month + 1, ISSUE_DAY),
                        _month_day(month + 1, DUE_DAY),
                        _bill_amount(rng, base, month, payer.residential),
                    )
                )


def _arrears_rows(money: _Money, next_id: int, now: datetime) -> list[dict[str, Any]]:
    """The bills as Arrears rows, nothing paid yet (the payments follow)."""
    rows: list[dict[str, Any]] = []
    for payer in money.payers + money.debtors:
        for bill in payer.bills:
            bill.id = next_id
            rows.append(
                {
                    "id": next_id,
                    "account_id": payer.acct.id,
                    "bill_month": bill.month,
                    "amount_due": bill.amount,
                    "amount_paid": ZERO,
                    "due_date": bill.due,
                    "status": "open",
                    "updated_at": min(now, datetime.combine(bill.issued, OPENS, HALL_TZ)),
                }
            )
            next_id += 1
    return rows


# (kind, item, bill month, bill, fee code, principal, late fee)
_Line = tuple[str, str, str, _Bill | None, str, Decimal, Decimal]


@dataclass(eq=False)
class _Pay:
    """One payment of the day, before its receipt number is known."""

    visit: _PayVisit
    at: datetime
    lines: list[_Line]
    method: str
    reference: str
    tendered: Decimal | None
    status: str = "valid"
    void_reason: str = ""
    voided_at: datetime | None = None
    voided_by: int | None = None
    reprints: list[tuple[datetime, int, str]] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((line[5] + line[6] for line in self.lines), ZERO)


@dataclass
class _MoneyCounts:
    payments: int = 0  # valid
    voids: int = 0
    reprinted: int = 0
    lines: int = 0
    total: Decimal = ZERO
    by_method: dict[str, int] = field(default_factory=dict)
    arrears: int = 0
    debtors: int = 0
    arrears_open: int = 0
    arrears_overdue: int = 0
    settlements: int = 0
    differences: int = 0
    fee_items: int = 0
    sample_rows: int = 0


class _Till:
    """Takes the payments of the demo's days the way PaymentPage and payments.take_payment do."""

    def __init__(
        self,
        rng: random.Random,
        rates: fees.LateFeeRates,
        fee_items: dict[str, FeeItemView],
        staff: list[int],
        signer: Callable[[int], int],
        now: datetime,
    ) -> None:
        self.rng, self.rates, self.fee_items = rng, rates, fee_items
        self.staff, self.signer, self.now = staff, signer, now

    def lines(self, payer: _Payer, day: date, oldest_only: bool = False) -> list[_Line]:
        """What the customer pays: open months oldest first (all, some, or part of the
        oldest), now and then a prepayment or a business fee."""
        rng = self.rng
        listed = [b for b in payer.bills if b.issued <= day and b.owed > 0]
        out: list[_Line] = []
        prepay = ZERO
        if listed:
            residential = payer.residential
            late = [fees.late_fee(b.owed, b.due, day, residential, self.rates) for b in listed]
            r = rng.random()
            if oldest_only:
                months = 1
            elif r < PAY_ALL or (r < PAY_SOME_MONTHS and len(listed) == 1):
                months = len(listed)
            elif r < PAY_SOME_MONTHS:
                months = rng.randint(1, len(listed) - 1)
            else:  # a round sum the customer has on them, short of the oldest month
                oldest = float(listed[0].owed + late[0])
                step = 100 if oldest >= 400 else 10
                amount = Decimal(int(oldest * rng.uniform(0.3, 0.8)) // step * step)
                months = 0 if amount >= 10 else len(listed)
            if months:
                # Whole months, oldest first, each with its late fee: what allocate_payment
                # books for their sum (computed here without a second pass).
                out += [
                    ("electricity", "电费", b.month, b, "", b.owed, fee)
                    for b, fee in zip(listed[:months], late, strict=False)
                ]
            else:  # part of the oldest month, its late fee on the part paid
                allocation = allocate_payment(
                    [OpenBill(b.month, b.due, b.owed) for b in listed],
                    amount.quantize(CENT),
                    day,
                    residential,
                    self.rates,
                )
                out += [
                    ("electricity", "电费", a.bill_month, listed[0], "", a.principal, a.late_fee)
                    for a in allocation.lines
                ]
            if not oldest_only and rng.random() < PREPAY_SHARE:
                prepay += Decimal(rng.choice(PREPAYMENTS))
        elif rng.random() < 0.85:
            prepay = Decimal(rng.choice(PREPAYMENTS))
        if prepay > 0:
            out.append(("prepayment", "预存电费", "", None, "", prepay.quantize(CENT), ZERO))
        if not out or (not oldest_only and rng.random() < FEE_SHARE):
            kind = payer.acct.category if payer.residential else payer.acct.voltage
            codes = [c for c in FEES_BY_KIND.get(kind, ()) if c in self.fee_items]
            if codes:
                item = self.fee_items[rng.choice(codes)]
                price = item.unit_price.quantize(CENT, rounding=ROUND_HALF_UP)
                out.append(("business_fee", item.name, "", None, item.code, price, ZERO))
        if not out:  # no fee schedule: a prepayment after all
            out.append(("prepayment", "预存电费", "", None, "", Decimal("100.00"), ZERO))
        return out

    def method(self, total: Decimal, day: date, avoid: str = "") -> tuple[str, str, Decimal | None]:
        """Method, reference and cash tendered: cash for everyday sums, cards for big ones."""
        rng = self.rng
        weights: tuple[tuple[str, float], ...]
        if total > 50000:  # a company's bill: its bank card
            weights = (("card", 1.0),)
        elif total > 5000:
            weights = (("card", 0.7), ("mobile", 0.3))
        elif total > 1000:
            weights = (("cash", 0.3), ("card", 0.35), ("mobile", 0.35))
        else:
            weights = (("cash", 0.55), ("card", 0.1), ("mobile", 0.35))
        choices = [(m, w) for m, w in weights if m != avoid]
        r = rng.random() * sum(w for _m, w in choices)
        method = choices[-1][0]
        for m, w in choices:
            if r < w:
                method = m
                break
            r -= w
        if method == "cash":
            if rng.random() < 0.2:
                return method, "", total  # the exact sum
            step = Decimal(100 if total > 500 else rng.choice((10, 20, 50, 100, 100)))
            return method, "", (total / step).to_integral_value(ROUND_CEILING) * step + ZERO
        if method == "card":  # the POS terminal's reference number (参考号)
            return method, _digits(rng, 12), None
        if rng.random() < 0.55:  # WeChat Pay / Alipay transaction numbers
            return method, f"4200{_digits(rng, 6)}{day:%Y%m%d}{_digits(rng, 10)}", None
        return method, f"{day:%Y%m%d}2200{_digits(rng, 16)}", None

    def take(self, visit: _PayVisit, day: date, closes: datetime) -> list[_Pay]:
        """The payment of one visit; now and then voided the same day (and taken again)."""
        rng = self.rng
        payer = visit.payer
        lines = self.lines(payer, day)
        total = sum((line[5] + line[6] for line in lines), ZERO)
        first = _Pay(visit, visit.at, lines, *self.method(total, day))
        limit = min(closes, self.now)
        voided_at = visit.at + timedelta(minutes=rng.randint(1, 40), seconds=rng.randint(0, 59))
        if rng.random() >= VOID_SHARE or voided_at > limit:
            self._apply(payer, first)
            self._reprints(first, day)
            return [first]
        first.status, first.voided_at = "void", voided_at
        first.voided_by = self.signer(visit.clerk)
        again = voided_at + timedelta(minutes=rng.randint(1, 3), seconds=rng.randint(0, 59))
        retake: _Pay | None = None
        if again <= limit and rng.random() < 0.6 and total <= 50000:  # (above: card only)
            if len(lines) > 1 and lines[0][0] == "electricity" and rng.random() < 0.4:
                first.void_reason = RETAKE_FEWER
                fewer = self.lines(payer, day, oldest_only=True)
                retake_total = sum((line[5] + line[6] for line in fewer), ZERO)
                retake = _Pay(visit, again, fewer, *self.method(retake_total, day))
            else:
                first.void_reason = RETAKE_METHOD
                retake = _Pay(visit, again, lines, *self.method(total, day, avoid=first.method))
        else:
            first.void_reason = rng.choice(VOID_REASONS)
        for line in first.lines:  # the void restores the ledger; only its time stays
            if line[3] is not None:
                line[3].touched = voided_at
        payer.touched = voided_at
        if retake is None:
            return [first]
        self._apply(payer, retake)
        self._reprints(retake, day)
        return [first, retake]

    def _apply(self, payer: _Payer, pay: _Pay) -> None:
        for kind, _item, _month, bill, _code, principal, _fee in pay.lines:
            if bill is not None:
                bill.paid += principal
                bill.touched = pay.at
            elif kind == "prepayment":
                payer.prepaid += principal
        payer.touched = pay.at

    def _reprints(self, pay: _Pay, day: date) -> None:
        rng = self.rng
        if rng.random() >= REPRINT_SHARE:
            return
        at = pay.at
        today = local_date(self.now)
        for copy in range(1 if rng.random() < 0.85 else 2):
            if copy == 0 and rng.random() < 0.4:
                at = at + timedelta(minutes=rng.randint(1, 5))
                user, reason = pay.visit.clerk, REPRINT_AT_ONCE
            else:
                later = min(today, local_date(at) + timedelta(days=rng.randint(1, 20)))
                moment = _moment(rng, later)
                at = moment if moment > at else at + timedelta(minutes=rng.randint(5, 60))
                user, reason = rng.choice(self.staff), rng.choice(REPRINT_LATER)
            if at > self.now:
                return
            pay.reprints.append((at, user, reason))


def _count_cash(
    rng: random.Random, amount: Decimal, denominations: list[tuple[str, Decimal]]
) -> dict[str, int]:
    """A drawer holding ``amount`` as counted at the settlement: mostly notes, some change."""
    counts = {label: 0 for label, _value in denominations}
    rest = amount
    for k, (label, value) in enumerate(denominations):
        n = int(rest // value)
        if n and k < len(denominations) - 3:
            n -= rng.randint(0, min(n, 2))  # some change kept in smaller notes
        counts[label] = n
        rest -= value * n
    return counts


def _counted(counts: dict[str, int], denominations: list[tuple[str, Decimal]]) -> Decimal:
    values = dict(denominations)
    return sum((values[label] * n for label, n in counts.items()), ZERO).quantize(CENT)


def _settle(
    rng: random.Random,
    clerk: int,
    pays: list[_Pay],
    denominations: list[tuple[str, Decimal]],
) -> tuple[dict[str, Any], int]:
    """One clerk-day's settlement row as close_day writes it (no id, number, times yet),
    and whether the count was off."""
    valid = [p for p in pays if p.status == "valid"]
    expected = sum((p.total for p in valid if p.method == "cash"), ZERO)
    non_cash = sum((p.total for p in valid if p.method != "cash"), ZERO)
    smallest = denominations[-1][1] if denominations else CENT
    countable = (expected // smallest) * smallest
    reasons = []
    target = countable
    if expected and rng.random() < DIFFERENCE_SHARE:
        off = Decimal(rng.choice(DIFFERENCES))
        if countable + off >= 0:
            target = countable + off
            reasons.append(
                f"短款{-off:.2f}元，疑为找零多找，已由收费员补齐"
                if off < 0
                else f"长款{off:.2f}元，疑为客户多付未找零，已登记待退"
            )
    counts = _count_cash(rng, target, denominations)
    counted = _counted(counts, denominations)
    if expected - countable:
        reasons.append(f"分币{expected - countable:.2f}元无对应面额，未计入清点")
    return {
        "clerk_id": clerk,
        "expected_cash": expected,
        "counted_cash": counted,
        "difference": counted - expected,
        "non_cash_total": non_cash,
        "payment_count": len(valid),
        "difference_reason": "；".join(reasons) if counted != expected else "",
        "denominations": counts,
    }, int(counted != expected)


def _import_samples(
    ctx: AppContext, admin: UserInfo | None, arrears: bool, counts: _MoneyCounts
) -> None:
    """HQ's sample fee schedule (and arrears list), through the app's own import."""
    fees_book = hq_imports.import_fee_schedule(ctx, admin, resource(*FEE_SCHEDULE_SAMPLE))
    counts.fee_items = fees_book.items_added + fees_book.items_updated + fees_book.items_unchanged
    if arrears:
        summary = hq_imports.import_arrears(ctx, admin, resource(*ARREARS_SAMPLE))
        counts.sample_rows = summary.rows


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _payment_audit(
    s: Session,
    pays: list[_Pay],
    rows: list[dict[str, Any]],
    lines: list[dict[str, Any]],
    settlements: list[tuple[dict[str, Any], dict[str, Decimal]]],
    usernames: dict[int, str],
) -> list[dict[str, Any]]:
    """The audit entries the app writes when it takes, reprints and voids these payments
    (services/payments.py) and closes these days (services/settlement.py), with the
    details the services build (audit_details), in time order and chained to the last
    entry in the store."""
    by_payment: dict[int, list[SimpleNamespace]] = {}
    for line in lines:
        by_payment.setdefault(line["payment_id"], []).append(SimpleNamespace(**line))
    events: list[tuple[datetime, int, str, str, str, dict[str, Any]]] = []
    for pay, row in zip(pays, rows, strict=True):
        receipt_no, stored = row["receipt_no"], SimpleNamespace(**row)
        account = pay.visit.payer.acct.account_no
        taken = audit_details.payment_take(stored, account, by_payment.get(row["id"], []))
        events.append((pay.at, pay.visit.clerk, "payment.take", "payment", receipt_no, taken))
        for copy, (at, user, reason) in enumerate(pay.reprints, start=1):
            reprint = audit_details.receipt_reprint(copy, reason)
            events.append((at, user, "receipt.reprint", "payment", receipt_no, reprint))
        if pay.voided_at is not None:
            void = audit_details.payment_void(stored, usernames.get(pay.voided_by or 0, ""))
            events.append(
                (pay.voided_at, pay.visit.clerk, "payment.void", "payment", receipt_no, void)
            )
    for row, sums in settlements:
        signer = usernames.get(row["signed_off_by"], "")
        closed = audit_details.settlement_close(SimpleNamespace(**row), signer, sums)
        number = row["settlement_no"]
        events.append(
            (row["signed_at"], row["clerk_id"], "settlement.close", "settlement", number, closed)
        )
    events.sort(key=lambda e: e[0])
    prev = s.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    prev_hash = prev or audit.GENESIS
    next_id = _max_id(s, _table(AuditEntry)) + 1
    out: list[dict[str, Any]] = []
    for k, (at, user, action, entity, entity_id, detail) in enumerate(events):
        at = at.astimezone(UTC).replace(microsecond=0)  # as audit.record keeps it
        digest = audit.entry_hash(prev_hash, at, user, action, entity, entity_id, detail)
        out.append(
            {
                "id": next_id + k,
                "at": at,
                "user_id": user,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "detail": detail,
                "prev_hash": prev_hash,
                "hash": digest,
            }
        )
        prev_hash = digest
    return out


def _fill_money(
    ctx: AppContext,
    money: _Money,
    hall: HallInfo,
    users: list[UserInfo],
    staff: list[int],
    windows: list[tuple[date, datetime, datetime, float]],
    now: datetime,
    counts: _MoneyCounts,
    say: Callable[[str], None],
) -> None:
    """Arrears for the debtors, then each day's payments, receipts and settlements."""
    rng = money.rng
    today = local_date(now)
    first_day = windows[0][0]
    arrears_t, payments_t, lines_t = _table(Arrears), _table(Payment), _table(PaymentLine)
    reprints_t, settlements_t, accounts_t = _table(Reprint), _table(Settlement), _table(Account)
    audit_t = _table(AuditEntry)
    usernames = {u.id: u.username for u in users}
    supervisors = [u.id for u in users if u.role == "supervisor" and u.active]
    admin = next((u.id for u in users if u.is_admin and u.active), None)

    def signer(clerk: int) -> int:
        """Another supervisor signs; the admin when the clerk is the only one."""
        others = [u for u in supervisors if u != clerk]
        return others[0] if others else (admin if admin is not None else clerk)

    items = {
        i.code: i
        for i in hq_imports.current_fee_items(ctx, today)
        if i.method == "固定" and i.valid_from <= first_day
    }
    till = _Till(rng, ctx.rules.fees.late_fee, items, staff, signer, now)
    denominations = list(ctx.rules.fees.denominations)
    with ctx.write() as s:
        secret = s.get_one(Hall, hall.id).secret
        rows = _arrears_rows(money, _max_id(s, arrears_t) + 1, now)
        _insert(s, arrears_t, rows)
        if rows:  # as an HQ list would have brought them: what check compares them with
            bills = [SimpleNamespace(**row, paid_elsewhere=ZERO) for row in rows]
            detail = {"rows": len(rows), "arrears": audit_details.arrears_rows(bills)}
            audit.record(s, now, None, "arrears.seed", "arrears", "演示数据", detail)
    counts.arrears += len(rows)
    counts.debtors += len(money.payers) + len(money.debtors)
    total_visits = sum(len(v) for v in money.by_day.values())
    done = shown = 0
    for day, _start, _end, _weight in windows:
        visits = sorted(money.by_day.get(day, ()), key=lambda v: (v.at, v.visit_id))
        if not visits:
            continue
        closes = datetime.combine(day, CLOSES, HALL_TZ).astimezone(UTC)
        pays = [pay for visit in visits for pay in till.take(visit, day, closes)]
        pays.sort(key=lambda p: (p.at, p.visit.visit_id))
        with ctx.write() as s:
            next_payment = _max_id(s, payments_t) + 1
            next_settlement = _max_id(s, settlements_t) + 1
            settlement_of: dict[int, int] = {}
            settlement_rows: list[dict[str, Any]] = []
            sums: dict[int, dict[str, Decimal]] = {}  # clerk -> valid totals by method
            if day < today:
                by_clerk: dict[int, list[_Pay]] = {}
                for pay in pays:
                    by_clerk.setdefault(pay.visit.clerk, []).append(pay)
                signed = []  # after closing, one clerk after the other
                for clerk in sorted(by_clerk):
                    after = timedelta(minutes=rng.randint(5, 50), seconds=rng.randint(0, 59))
                    signed.append((datetime.combine(day, CLOSES, HALL_TZ) + after, clerk))
                signed.sort()
                base = _bump(s, f"settlement:{hall.code}:{day:%Y%m%d}", len(signed))
                for k, (at, clerk) in enumerate(signed):
                    row, off = _settle(rng, clerk, by_clerk[clerk], denominations)
                    valid = [p for p in by_clerk[clerk] if p.status == "valid"]
                    sums[clerk] = {
                        m: sum((p.total for p in valid if p.method == m), ZERO)
                        for m in payments.METHODS
                    }
                    at_utc = at.astimezone(UTC)
                    row |= {
                        "id": next_settlement + k,
                        "settlement_no": f"{hall.code}-RJ{day:%Y%m%d}-{base + k + 1:03d}",
                        "hall_id": hall.id,
                        "day": day,
                        "signed_off_by": signer(clerk),
                        "signed_at": at_utc,
                        "created_at": at_utc,
                        "updated_at": at_utc,
                    }
                    settlement_rows.append(row)
                    settlement_of[clerk] = next_settlement + k
                    counts.settlements += 1
                    counts.differences += off
            per_counter: dict[str, int] = {}
            for pay in pays:
                per_counter[pay.visit.counter] = per_counter.get(pay.visit.counter, 0) + 1
            bases = {
                counter: _bump(s, f"receipt:{hall.code}:{counter}:{day:%Y%m%d}", n)
                for counter, n in sorted(per_counter.items())
            }
            payment_rows: list[dict[str, Any]] = []
            line_rows: list[dict[str, Any]] = []
            reprint_rows: list[dict[str, Any]] = []
            item_rows: list[dict[str, Any]] = []  # the visit each receipt belongs to
            for k, pay in enumerate(pays):
                counter = pay.visit.counter
                bases[counter] += 1
                receipt_no = f"{hall.code}-{counter:0>2}-{day:%Y%m%d}-{bases[counter]:04d}"
                pay_id = next_payment + k
                total = pay.total
                updated = max(
                    [pay.at, *([pay.voided_at] if pay.voided_at else [])]
                    + [at for at, _u, _r in pay.reprints]
                )
                payment_rows.append(
                    {
                        "id": pay_id,
                        "receipt_no": receipt_no,
                        "hall_id": hall.id,
                        "counter": counter,
                        "clerk_id": pay.visit.clerk,
                        "account_id": pay.visit.payer.acct.id,
                        "visit_id": pay.visit.visit_id,
                        "paid_at": pay.at,
                        "method": pay.method,
                        "reference": pay.reference,
                        "total": total,
                        "tendered": pay.tendered,
                        "change": pay.tendered - total if pay.tendered is not None else None,
                        "check_code": payments.check_code(secret, receipt_no, total),
                        "status": pay.status,
                        "void_reason": pay.void_reason,
                        "voided_at": pay.voided_at,
                        "voided_by": pay.voided_by,
                        "reprint_count": len(pay.reprints),
                        "settlement_id": settlement_of.get(pay.visit.clerk),
                        "updated_at": updated,
                    }
                )
                for seq, (kind, item, month, bill, code, principal, late) in enumerate(
                    pay.lines, start=1
                ):
                    line_rows.append(
                        {
                            "payment_id": pay_id,
                            "seq": seq,
                            "kind": kind,
                            "item": item,
                            "bill_month": month,
                            "arrears_id": bill.id if bill is not None else None,
                            "fee_code": code,
                            "principal": principal,
                            "late_fee": late,
                            "amount": principal + late,
                        }
                    )
                item_rows.append(
                    {
                        "visit_id": pay.visit.visit_id,
                        "kind": "payment",
                        "ref": receipt_no,
                        "created_at": pay.at,
                    }
                )
                for copy, (at, user, reason) in enumerate(pay.reprints, start=1):
                    reprint_rows.append(
                        {
                            "payment_id": pay_id,
                            "copy_no": copy,
                            "at": at,
                            "user_id": user,
                            "reason": reason,
                        }
                    )
                if pay.status == "valid":
                    counts.payments += 1
                    counts.total += total
                    counts.by_method[pay.method] = counts.by_method.get(pay.method, 0) + 1
                else:
                    counts.voids += 1
                counts.reprinted += bool(pay.reprints)
            counts.lines += len(line_rows)
            _insert(s, settlements_t, settlement_rows)
            _insert(s, payments_t, payment_rows)
            closed = [(row, sums[row["clerk_id"]]) for row in settlement_rows]
            entries = _payment_audit(s, pays, payment_rows, line_rows, closed, usernames)
            _insert(s, audit_t, entries)
            _insert(s, lines_t, line_rows)
            _insert(s, reprints_t, reprint_rows)
            _insert(s, _table(VisitItem), item_rows)
        done += len(visits)
        if done * 10 >= (shown + 1) * total_visits or done == total_visits:
            shown = done * 10 // total_visits
            say(f"收费 {done}/{total_visits}（{day.isoformat()}）")

    # The ledger as the payments left it: arrears paid, prepaid balances.
    everyone = money.payers + money.debtors
    paid = [
        {"b_id": b.id, "b_paid": b.paid, "b_at": b.touched}
        for p in everyone
        for b in p.bills
        if b.touched is not None
    ]
    prepaid = [
        {"b_id": p.acct.id, "b_prepaid": p.prepaid, "b_at": p.touched}
        for p in everyone
        if p.touched is not None
    ]
    with ctx.write() as s:
        conn = s.connection()
        if paid:
            conn.execute(
                update(arrears_t)
                .where(arrears_t.c.id == bindparam("b_id"))
                .values(
                    amount_paid=bindparam("b_paid", type_=Money()),
                    updated_at=bindparam("b_at", type_=UTCDateTime()),
                ),
                paid,
            )
        if prepaid:
            conn.execute(
                update(accounts_t)
                .where(accounts_t.c.id == bindparam("b_id"))
                .values(
                    prepaid=accounts_t.c.prepaid + bindparam("b_prepaid", type_=Money()),
                    updated_at=bindparam("b_at", type_=UTCDateTime()),
                ),
                prepaid,
            )
    for p in everyone:
        for b in p.bills:
            if b.owed > 0:
                counts.arrears_open += 1
                counts.arrears_overdue += b.due < today


# -- hall and staff ---------------------------------------------------------------------


def _ensure_staff(ctx: AppContext) -> tuple[HallInfo, bool, list[int], int | None, list[str]]:
    """The hall and who serves at its counters; the demo hall and users if there are none."""
    created: list[str] = []
    hall = auth.current_hall(ctx)
    created_hall = hall is None
    if hall is None:
        username, name, staff_no = DEMO_ADMIN
        hall, _admin = auth.setup_hall(
            ctx,
            **DEMO_HALL,
            admin_username=username,
            admin_name=name,
            admin_staff_no=staff_no,
            password=DEMO_PASSWORD,
        )
        with ctx.write() as s:
            s.add(SequenceRow(name=DEMO_MARKER, value=1))
        created.append(username)
    users = [u for u in auth.list_users(ctx) if u.active]
    admin = next((u for u in users if u.is_admin), None)
    if admin is not None and not any(u.role == "clerk" for u in users):
        existing = {u.username for u in users}
        for username, name, staff_no, role in DEMO_STAFF:
            if username not in existing:
                auth.add_user(
                    ctx,
                    admin,
                    username=username,
                    display_name=name,
                    staff_no=staff_no,
                    role=role,
                    password=DEMO_PASSWORD,
                )
                created.append(username)
        users = [u for u in auth.list_users(ctx) if u.active]
    counter_staff = [u.id for u in users if u.role in ("clerk", "supervisor")]
    if not counter_staff:
        counter_staff = [u.id for u in users]
    return hall, created_hall, sorted(counter_staff), admin.id if admin else None, created


def _is_empty(s: Session) -> bool:
    """No row in any table (refused command-line attempts aside): a new store."""
    for table in Base.metadata.sorted_tables:
        query = select(table.c[next(iter(table.c.keys()))]).limit(1)
        if table.name == AuditEntry.__tablename__:
            query = query.where(AuditEntry.action != "cli.refused")
        if s.execute(query).first() is not None:
            return False
    return True


def refuse_real_store(ctx: AppContext) -> None:
    """`counter-app demo` fills only a store it made itself (its marker, or the training
    store's) or an empty one: never a hall's real data, and never demo users with a
    known password beside real ones. A UserError, with nothing written, otherwise."""
    with ctx.read() as s:
        if s.get(SequenceRow, DEMO_MARKER) or s.get(SequenceRow, TRAINING_MARKER):
            return
        if _is_empty(s):
            return
    raise UserError(
        "这个数据库已有营业厅、用户或业务数据，不是演示程序建立的演示数据库，"
        "不能填充演示数据（没有写入任何数据）。请用 --db 指定一个新的文件，例如 --db 演示.db。"
    )


# -- the whole fill -----------------------------------------------------------------------


def fill_demo(
    ctx: AppContext,
    customers: int,
    visits: int,
    days: int,
    seed: int,
    progress: Callable[[str], None] | None = None,
    hq_samples: bool = False,
) -> DemoSummary:
    """Fill the store with demo data (see the module doc); the same seed gives the same data
    on the same starting store and clock. ``hq_samples`` also imports the sample arrears
    list (resources/samples/), whose 15 accounts get placeholder holders without an ID or
    a mobile number, as the import makes them; `counter-app demo` asks for it."""
    if customers < 1:
        raise UserError("客户数至少为1", "customers")
    if visits < 0:
        raise UserError("来访次数不能为负数", "visits")
    if days < 1:
        raise UserError("天数至少为1", "days")
    say = progress or (lambda _message: None)
    t0 = _time.perf_counter()
    rng = random.Random(seed)
    now = ctx.clock()
    today = local_date(now)
    windows = _day_windows(ctx, days, now)
    if visits and not any(w for *_rest, w in windows):
        raise UserError("所选天数内还没有营业时间（今天尚未开门），请把天数设为2天以上", "days")

    hall, created_hall, staff, admin_id, created = _ensure_staff(ctx)
    if not staff:
        raise UserError("营业厅没有可用的用户")
    pop = _fill_customers(ctx, rng, hall, customers, today, windows[0][0], say)
    with ctx.read() as s:
        settled = {(c, d) for c, d in s.execute(select(Settlement.clerk_id, Settlement.day))}
    # Money draws on its own random stream: the rest of the data stays as it was.
    money = _choose_payers(
        random.Random(f"money:{seed}"), pop, visits, windows[0][0], today, settled
    )

    businesses = [_business(d) for _code, d in sorted(ctx.workflows.items())]
    choosers = {
        "person": _Chooser(businesses, PERSON_WEIGHTS, "person"),
        "company": _Chooser(businesses, COMPANY_WEIGHTS, "company"),
    }
    jitter = [w * rng.uniform(0.85, 1.15) for *_rest, w in windows]
    per_day = _split(visits, jitter)
    counts = _Counts()
    due_cache: dict[tuple[str, date], list[tuple[wf.Step, date]]] = {}
    shown, said = 0, -1  # twentieths reported; visits count last reported
    for window, n in zip(windows, per_day, strict=True):
        if n:
            _fill_day(
                ctx, rng, hall, staff, pop, choosers, window, n, now, counts, due_cache, money
            )
        step = counts.visits * 20 >= (shown + 1) * max(visits, 1)
        if step or (window is windows[-1] and counts.visits != said):
            shown, said = counts.visits * 20 // max(visits, 1), counts.visits
            say(f"来访 {counts.visits}/{visits}（{window[0].isoformat()}）")

    users = auth.list_users(ctx)
    cash = _MoneyCounts()
    _import_samples(ctx, next((u for u in users if u.id == admin_id), None), hq_samples, cash)
    _fill_money(ctx, money, hall, users, staff, windows, now, cash, say)

    order = ("completed", "in_progress", "paused", "returned", "cancelled")
    statuses = tuple(
        (APP_STATUS_NAMES[k], counts.statuses[k]) for k in order if k in counts.statuses
    )
    companies = sum(1 for k in pop.kinds if k == "company")
    elapsed = _time.perf_counter() - t0
    summary = DemoSummary(
        seed=seed,
        hall_code=hall.code,
        hall_name=hall.name,
        created_hall=created_hall,
        created_users=tuple(created),
        password=DEMO_PASSWORD if created else "",
        customers=customers,
        companies=companies,
        accounts=pop.account_count + counts.accounts,
        visits=counts.visits,
        applications=counts.applications,
        application_steps=counts.steps,
        application_events=counts.events,
        status_counts=statuses,
        overdue=counts.overdue,
        first_day=windows[0][0],
        last_day=windows[-1][0],
        seconds=elapsed,
        payments=cash.payments,
        payment_total=cash.total,
        payment_methods=tuple(
            (payments.METHODS[m], cash.by_method[m])
            for m in payments.METHODS
            if m in cash.by_method
        ),
        payment_lines=cash.lines,
        voids=cash.voids,
        reprinted=cash.reprinted,
        arrears=cash.arrears,
        debtors=cash.debtors,
        arrears_open=cash.arrears_open,
        arrears_overdue=cash.arrears_overdue,
        settlements=cash.settlements,
        settlement_differences=cash.differences,
        fee_items=cash.fee_items,
        sample_arrears=cash.sample_rows,
    )
    with ctx.write() as s:
        audit.record(
            s,
            ctx.clock(),
            admin_id,
            "demo.fill",
            "database",
            f"seed:{seed}",
            {
                "customers": customers,
                "companies": companies,
                "accounts": summary.accounts,
                "visits": counts.visits,
                "applications": counts.applications,
                "payments": cash.payments,
                "voids": cash.voids,
                "arrears": cash.arrears,
                "settlements": cash.settlements,
                "days": days,
                "from": summary.first_day.isoformat(),
                "to": summary.last_day.isoformat(),
                "users_created": list(created),
            },
        )
    # The payments' audit entries went in through Core, past the session hooks that keep
    # the marks: write the marks from what the store now holds (SQLite stores only).
    store = sqlite_path(str(ctx.engine.url))
    if store is not None:
        sync_marks(ctx.readers, marks_path(store))
    return summary


APP_STATUS_NAMES = {
    "completed": "已办结",
    "in_progress": "办理中",
    "paused": "暂停计时",
    "returned": "退回补正",
    "cancelled": "已撤销",
}
