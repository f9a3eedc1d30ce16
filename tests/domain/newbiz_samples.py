"""One valid application of each issue-13 business (new energy, residential choices).

Kept apart from test_definitions.py so that file only needs their codes; values are
as the wizard hands them over, dates relative to the caller's today.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

PERSON = {
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002X",
    "name": "张三丰",
    "mobile": "13812341234",
    "is_proxy": False,
}
COMPANY = {
    "cert_type": "统一社会信用代码",
    "cert_no": "91350100M000100Y43",
    "name": "福州市鼓楼区示例商贸有限公司",
    "mobile": "13812341234",
    "legal_rep_name": "李四",
    "legal_rep_cert_no": "11010519491231002X",
    "is_proxy": True,
    "proxy_name": "王五",
    "proxy_cert_no": "11010519491231002X",
}
ACCOUNT = {"account_no": "3301010000123"}

NEW_ENERGY = ("pv_household", "pv_business", "ev_home_charger", "ev_charging_station")
RESIDENTIAL_CHOICES = ("tou_tariff", "multi_person_household", "meter_test", "billing_dispute")
NEWBIZ = NEW_ENERGY + RESIDENTIAL_CHOICES


def newbiz_samples(today: date) -> dict[str, dict[str, Any]]:
    start = (today + timedelta(days=7)).isoformat()
    return {
        "pv_household": {
            **PERSON,
            "address": "城关镇人民路100号",
            "capacity_kw": "12.5",
            "connection_voltage": "380V",
            "consumption_mode": "自发自用、余电上网",
            "consumption_account_no": "3301010000123",
            "roof_shared": False,
        },
        "pv_business": {
            **COMPANY,
            "address": "城关镇工业园区创业路8号",
            "project_type": "一般工商业",
            "capacity_kw": "400",
            "connection_voltage": "10kV",
            "consumption_mode": "全部自用",
            "consumption_account_no": "",
            "site_leased": True,
        },
        "ev_home_charger": {
            **PERSON,
            "address": "城关镇人民路100号幸福小区地下车库B-108",
            "parking_type": "自有产权车位",
            "capacity_kw": "7",
            "supply_phase": "单相220V",
            "usage": "居民生活用电",
            "needs_property_consent": True,
        },
        "ev_charging_station": {
            **COMPANY,
            "address": "城关镇环城路88号停车场",
            "station_type": "充电站",
            "charger_count": "6",
            "capacity_kw": "150",
            "usage": "工商业用电",
            "site_leased": False,
        },
        "tou_tariff": {
            **ACCOUNT,
            **PERSON,
            "tou_choice": "申请执行峰谷分时电价",
            "start_date": start,
        },
        "multi_person_household": {
            **ACCOUNT,
            **PERSON,
            "persons": "6",
            "tier_raise": "每户每月增加100千瓦时阶梯电量基数（示例，以本省规定为准）",
        },
        "meter_test": {
            **ACCOUNT,
            **PERSON,
            "doubt": "电量明显偏高",
            "description": "近两个月电量比去年同期高一倍",
        },
        "billing_dispute": {
            **ACCOUNT,
            **COMPANY,
            "dispute_type": "抄表示数有误",
            "bill_month": "2025年5月",
            "description": "电表现场示数为12345，账单抄见示数为12845",
        },
    }
