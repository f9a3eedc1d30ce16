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

Simplifications, on purpose: a finished change-of-service business does not
change its account (status, capacity, holder); the account statuses are drawn
on their own. A finished new connection does open an account, numbered as the
app numbers them.
"""

from __future__ import annotations

import random
import time as _time
from bisect import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from counter_app.domain import workflow as wf
from counter_app.domain.clock import HALL_TZ, local_date
from counter_app.domain.identity import credit_code_check_char, resident_id_check_char
from counter_app.services import audit, auth
from counter_app.services.auth import HallInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import (
    Account,
    Application,
    ApplicationEvent,
    ApplicationStep,
    Customer,
    Visit,
)
from counter_app.store.models import (
    Sequence as SequenceRow,
)

__all__ = ["DEMO_HALL", "DEMO_PASSWORD", "DemoSummary", "fill_demo"]

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
PAYMENT_SHARE = 0.47  # the rest are inquiries (咨询)
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

    def lines(self) -> list[str]:
        statuses = "，".join(f"{name} {count}" for name, count in self.status_counts)
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
            elif r < APPLICATION_SHARE + ATTEMPT_SHARE + PAYMENT_SHARE:
                kind, minutes = "payment", rng.randint(1, 6)
            else:
                kind, minutes = "inquiry", rng.randint(2, 15)
            ended = min(started + timedelta(minutes=minutes, seconds=rng.randint(0, 59)), last)
            business, outcome = kind, "completed"
            customer_id: int | None = pop.ids[who]
            if kind in ("application", "attempt"):
                picked = choosers[pop.kinds[who]].pick(rng)
                if picked is None:
                    business = "payment"
                else:
                    business = picked.defn.code
                    if kind == "attempt":
                        outcome = "needs_documents"
                    else:
                        planned.append((i, ended, clerk, who, picked))
            elif kind == "inquiry" and rng.random() < 0.2:
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
                    # No account this business could apply to: the visit was a payment instead.
                    visit_rows[i]["business_code"] = "payment"
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


# -- the whole fill -----------------------------------------------------------------------


def fill_demo(
    ctx: AppContext,
    customers: int,
    visits: int,
    days: int,
    seed: int,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill the store with demo data (see the module doc); the same seed gives the same data
    on the same starting store and clock."""
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
            _fill_day(ctx, rng, hall, staff, pop, choosers, window, n, now, counts, due_cache)
        step = counts.visits * 20 >= (shown + 1) * max(visits, 1)
        if step or (window is windows[-1] and counts.visits != said):
            shown, said = counts.visits * 20 // max(visits, 1), counts.visits
            say(f"来访 {counts.visits}/{visits}（{window[0].isoformat()}）")

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
                "days": days,
                "from": summary.first_day.isoformat(),
                "to": summary.last_day.isoformat(),
                "users_created": list(created),
            },
        )
    return summary


APP_STATUS_NAMES = {
    "completed": "已办结",
    "in_progress": "办理中",
    "paused": "暂停计时",
    "returned": "退回补正",
    "cancelled": "已撤销",
}
