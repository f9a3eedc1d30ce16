"""The columns and bounds of HQ's arrears list and fee schedule (hq-contract.md 2, 3)."""

from __future__ import annotations

from decimal import Decimal
from typing import TypeVar

from counter_app.domain.text import N_

ARREARS_HEADERS = (
    "户号",
    "户名",
    "用电地址",
    "用户类别",
    "应收年月",
    "应收金额",
    "已收金额",
    "欠费金额",
    "缴费截止日期",
)
# May follow ARREARS_HEADERS: a contract's daily late-fee rate in ‰ (empty: the defaults
# of fees.toml). A list without the column leaves the stored rates as they are.
RATE_HEADER = "违约金日费率（‰）"
ARREARS_OPTIONAL = (RATE_HEADER,)
# 电力供应与使用条例 art. 39: a contract's rate lies within 1‰–3‰ a day.
RATE_RANGE = (Decimal(1), Decimal(3))
CATEGORIES = ("居民", "非居民")
PLACEHOLDER_CERT_TYPE = "户号"

FEE_HEADERS = (
    "项目编码",
    "项目名称",
    "计费方式",
    "单价",
    "单位",
    "依据文件",
    "生效日期",
    "失效日期",
)
TIER_HEADERS = (
    "类别",
    "档位",
    "年用电量下限(kWh)",
    "年用电量上限(kWh)",
    "电价(元/kWh)",
    "生效日期",
)
TIER_SHEET = "阶梯电价"
METHODS = (N_("固定"), N_("按容量kVA"), N_("按电量kWh"))
_METHOD_KEYS = {m.lower(): m for m in METHODS}

MAX_PRICE = Decimal("99999999.9999")
_CHUNK = 500  # values per IN (...): well under SQLite's bound-parameter limit

T = TypeVar("T")
