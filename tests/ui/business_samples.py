"""Valid values for every business, seeded accounts, and the hands that drive the real wizard.

The values follow tests/domain/test_definitions.py (SAMPLES), with dates made relative to
the hall's today and certificate numbers that match the account holders seeded here.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizard,
)
from sqlalchemy import func, select
from support import type_text

from counter_app.domain import workflow as wf
from counter_app.domain.calendar import add_working_days
from counter_app.domain.clock import local_date
from counter_app.domain.eligibility import add_months
from counter_app.services.context import AppContext
from counter_app.store.models import Account, Customer, Hall
from counter_app.ui.wizard import BusinessWizard, ConfirmPage, DocumentsPage, FieldsPage

PERSON_ID = "11010519491231002X"
OTHER_PERSON_ID = "330102198506120036"
CREDIT_CODE = "91350100M000100Y43"
# The same code with its check character changed: legal-looking, fails only the check.
CREDIT_CODE_BAD_CHECK = "91350100M000100Y44"
ACCOUNT_NO = "330101000123"
OTHER_ACCOUNT_NO = "330101000124"
CAPACITY_KW = Decimal("50")

PERSON: dict[str, Any] = {
    "cert_type": "居民身份证",
    "cert_no": PERSON_ID,
    "name": "张三丰",
    "mobile": "13812341234",
    "is_proxy": False,
}
COMPANY: dict[str, Any] = {
    "cert_type": "统一社会信用代码",
    "cert_no": CREDIT_CODE,
    "name": "福州市鼓楼区示例商贸有限公司",
    "mobile": "13812341234",
    "legal_rep_name": "李四",
    "legal_rep_cert_no": PERSON_ID,
    "is_proxy": True,
    "proxy_name": "王五",
    "proxy_cert_no": OTHER_PERSON_ID,
}
ACCOUNT = {"account_no": ACCOUNT_NO}
NEW_HOLDER = {
    "new_cert_type": "居民身份证",
    "new_cert_no": OTHER_PERSON_ID,
    "new_name": "赵六",
    "new_mobile": "13912345678",
}

# 改类 changes a residential account; every other change starts from a non-residential one.
ACCOUNT_CATEGORY = {
    "category_change": "居民",
    "tou_tariff": "居民",
    "multi_person_household": "居民",
}
ACCOUNT_STATUS = {"suspension_restore": "suspended", "reinstallation": "suspended"}


def resident_id(first17: str) -> str:
    """A resident ID with its check character (GB 11643) computed."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return first17 + "10X98765432"[total % 11]


def hall_today(ctx: AppContext) -> date:
    return local_date(ctx.clock())


def sample_values(code: str, today: date) -> dict[str, Any]:
    """One valid application of the business, as a clerk would type it today."""
    # The 7th working day on: past the 5 working days' notice whatever the holidays.
    start = add_working_days(today, 7)
    samples: dict[str, dict[str, Any]] = {
        "lv_residential_new": {
            **PERSON,
            "address": "城关镇人民路100号",
            "capacity_kw": "8",
            "usage": "居民生活用电",
            "ownership_unclear": False,
        },
        "lv_nonresidential_new_sanling": {
            **COMPANY,
            "address": "城关镇人民路100号1号商铺",
            "capacity_kw": "160",
            "usage": "工商业用电",
            "ownership_unclear": False,
        },
        "lv_nonresidential_new": {
            **PERSON,
            "address": "城关镇人民路100号2号商铺",
            "capacity_kw": "200",
            "usage": "农业生产用电",
            "ownership_unclear": True,
        },
        "hv_new_single": {
            **COMPANY,
            "address": "城关镇工业园区创业路8号",
            "capacity_kw": "800",
            "supply_voltage": "20kV",
            "usage": "工商业用电",
        },
        "hv_new_dual": {
            **COMPANY,
            "address": "城关镇健康路1号县人民医院",
            "capacity_kw": "2500",
            "supply_voltage": "35kV",
            "usage": "工商业用电",
            "dual_reason": "医院手术室和重症监护室为一级负荷，需双电源供电",
        },
        "capacity_increase": {**ACCOUNT, **COMPANY, "capacity_kw": "200", "reason": "新增生产线"},
        "capacity_reduction": {
            **ACCOUNT,
            **PERSON,
            "capacity_kw": "30",
            "start_date": start.isoformat(),
            "end_date": add_months(start, 7).isoformat(),
        },
        "capacity_reduction_restore": {
            **ACCOUNT,
            **PERSON,
            "capacity_kw": "100",
            "restore_date": start.isoformat(),
        },
        "suspension": {
            **ACCOUNT,
            **PERSON,
            "start_date": start.isoformat(),
            "end_date": (start + timedelta(days=30)).isoformat(),
            "reason": "季节性停产",
        },
        "suspension_restore": {**ACCOUNT, **PERSON, "restore_date": start.isoformat()},
        "reconnection": {**ACCOUNT, **PERSON},
        "rename": {**ACCOUNT, **COMPANY, "new_name": "福州市鼓楼区示例贸易有限公司"},
        "transfer": {**ACCOUNT, **PERSON, **NEW_HOLDER},
        "split": {
            **ACCOUNT,
            **PERSON,
            **NEW_HOLDER,
            "new_address": "城关镇人民路100号附1号",
            "new_capacity_kw": "20",
        },
        "merge": {**ACCOUNT, **PERSON, "other_account_no": OTHER_ACCOUNT_NO},
        "meter_relocation": {**ACCOUNT, **PERSON, "new_meter_location": "一楼楼道东侧墙面"},
        "category_change": {
            **ACCOUNT,
            **PERSON,
            "new_category": "工商业用电",
            "reason": "住宅改为商铺经营",
        },
        "close_account": {
            **ACCOUNT,
            **PERSON,
            "refund_method": "银行转账",
            "refund_bank": "城关农商银行 张三丰 6210000000000000",
        },
        # Issue 13: new energy and the residential choices.
        "pv_household": {
            **PERSON,
            "address": "城关镇人民路100号",
            "capacity_kw": "12.5",
            "connection_voltage": "380V",
            "consumption_mode": "自发自用、余电上网",
            "consumption_account_no": ACCOUNT_NO,
            "roof_shared": True,
        },
        "pv_business": {
            **COMPANY,
            "address": "城关镇工业园区创业路8号",
            "project_type": "一般工商业",
            "capacity_kw": "400",
            "connection_voltage": "10kV",
            "consumption_mode": "全部自用",
            "site_leased": True,
        },
        "ev_home_charger": {
            **PERSON,
            "address": "城关镇人民路100号幸福小区地下车库B-108",
            "parking_type": "租赁车位",
            "capacity_kw": "7",
            "supply_phase": "单相220V",
            "usage": "居民生活用电",
            "needs_property_consent": True,
        },
        "ev_charging_station": {
            **COMPANY,
            "address": "城关镇环城路88号停车场",
            "station_type": "充换电站",
            "charger_count": "6",
            "capacity_kw": "150",
            "usage": "工商业用电",
            "site_leased": False,
        },
        "tou_tariff": {
            **ACCOUNT,
            **PERSON,
            "tou_choice": "取消峰谷分时电价",
            "start_date": start.isoformat(),
        },
        "multi_person_household": {**ACCOUNT, **PERSON, "persons": "6"},
        "meter_test": {
            **ACCOUNT,
            **PERSON,
            "doubt": "电能表走字异常",
            "description": "关闭总闸后电能表仍在走字",
        },
        "billing_dispute": {
            **ACCOUNT,
            **COMPANY,
            "dispute_type": "电费金额有误",
            "bill_month": "2026年10月",
            "description": "十月电费比上月高出三倍，用电设备未增加",
        },
        # issue 13: the rest of art. 22's changes, 临时用电 and its extension
        "transformer_swap": {
            **ACCOUNT,
            **COMPANY,
            "supply_voltage": "35千伏及以上",
            "swap_capacity_kva": "400",
            "first_day": start.isoformat(),
            "last_day": (add_months(start, 3) - timedelta(days=1)).isoformat(),
            "reason": "原变压器故障送修",
        },
        "transformer_swap_restore": {**ACCOUNT, **COMPANY, "restore_date": start.isoformat()},
        "relocation": {
            **ACCOUNT,
            **PERSON,
            "new_address": "城关镇人民路200号3号商铺",
            "move_date": start.isoformat(),
            "reason": "店铺搬迁",
        },
        "temporary_removal": {
            **ACCOUNT,
            **PERSON,
            "first_day": start.isoformat(),
            "last_day": (add_months(start, 6) - timedelta(days=1)).isoformat(),
            "reason": "房屋装修",
        },
        "reinstallation": {**ACCOUNT, **PERSON, "reinstall_date": start.isoformat()},
        "voltage_change": {
            **ACCOUNT,
            **COMPANY,
            "current_voltage": "380V",
            "new_voltage": "10kV",
            "reason": "用电设备增加，需改为高压供电",
        },
        "temporary_supply": {
            **COMPANY,
            "address": "城关镇工业园区创业路10号工地",
            "capacity_kw": "100",
            "purpose": "基建施工",
            "first_day": start.isoformat(),
            "last_day": (start + timedelta(days=90)).isoformat(),
        },
        "temporary_supply_extension": {
            **ACCOUNT,
            **COMPANY,
            "current_last_day": start.isoformat(),
            "new_last_day": add_months(start, 5).isoformat(),
            "reason": "工程工期顺延",
        },
    }
    return dict(samples[code])


# -- the store -----------------------------------------------------------------


def seed_account(
    ctx: AppContext,
    values: dict[str, Any],
    *,
    account_no: str = ACCOUNT_NO,
    status: str = "active",
    category: str = "非居民",
    capacity_kw: Decimal = CAPACITY_KW,
) -> tuple[int, int]:
    """An account (户号) whose holder carries the certificate the clerk will type.

    Returns (account id, holder id); a second account for the same holder reuses it."""
    now = ctx.clock()
    with ctx.write() as s:
        hall_id = s.scalar(select(Hall.id).order_by(Hall.id).limit(1))
        assert hall_id is not None, "set up the hall first"
        holder = s.scalar(
            select(Customer).where(
                Customer.cert_type == values["cert_type"], Customer.cert_no == values["cert_no"]
            )
        )
        if holder is None:
            company = values["cert_type"] == "统一社会信用代码"
            holder = Customer(
                kind="company" if company else "person",
                name=values["name"],
                cert_type=values["cert_type"],
                cert_no=values["cert_no"],
                mobile=values.get("mobile", ""),
                created_at=now,
                updated_at=now,
            )
            s.add(holder)
            s.flush()
        account = Account(
            account_no=account_no,
            hall_id=hall_id,
            customer_id=holder.id,
            address="城关镇人民路100号",
            category=category,
            voltage="低压",
            capacity_kw=capacity_kw,
            status=status,
            opened_at=now,
            updated_at=now,
        )
        s.add(account)
        s.flush()
        return account.id, holder.id


def seed_for(ctx: AppContext, code: str, values: dict[str, Any]) -> tuple[int, int] | None:
    """What a change business needs in the store before the wizard opens."""
    if ctx.workflows[code].target != "account":
        return None
    seeded = seed_account(
        ctx,
        values,
        status=ACCOUNT_STATUS.get(code, "active"),
        category=ACCOUNT_CATEGORY.get(code, "非居民"),
    )
    if "other_account_no" in values:
        seed_account(ctx, values, account_no=values["other_account_no"])
    return seeded


def count(ctx: AppContext, model: type) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


# -- the wizard ----------------------------------------------------------------


def click(qtbot, wizard: BusinessWizard, which: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_enabled(wizard: BusinessWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def editor(wizard: BusinessWizard, key: str) -> QWidget:
    found = wizard.currentPage().findChild(QWidget, f"field_{key}")
    assert found is not None, key
    return found


def error_text(wizard: BusinessWizard, key: str) -> str:
    return wizard.currentPage().findChild(QLabel, f"error_{key}").text()


def rules_message(wizard: BusinessWizard) -> str:
    label = wizard.currentPage().findChild(QLabel, "rulesMessage")
    return label.text() if label is not None else ""


def override_button(wizard: BusinessWizard, key: str) -> QPushButton:
    return wizard.currentPage().findChild(QPushButton, f"override_{key}")


def qdate(iso: str) -> QDate:
    day = date.fromisoformat(iso)
    return QDate(day.year, day.month, day.day)


def set_field(qtbot, wizard: BusinessWizard, f: wf.Field, value: Any) -> None:  # type: ignore[no-untyped-def]
    """Put one value into its real widget the way a clerk would."""
    widget = editor(wizard, f.key)
    assert widget.isVisibleTo(wizard), f"{f.key} should be visible"
    if isinstance(widget, QDateEdit):
        widget.setDate(qdate(str(value)))
        assert widget.date().toString(Qt.DateFormat.ISODate) == value
    elif isinstance(widget, QCheckBox):
        if widget.isChecked() != bool(value):
            # On the box itself: the row is wide, its middle is empty space.
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
        assert widget.isChecked() == bool(value), f.key
    elif isinstance(widget, QComboBox):
        if widget.isEnabled():
            widget.setCurrentIndex(widget.findData(value))  # the stored value, any language
        assert widget.currentData() == str(value), f.key
    else:
        assert isinstance(widget, QLineEdit), f.key
        if widget.text() != str(value):
            widget.clear()
            type_text(qtbot, widget, str(value))
        assert widget.text() == str(value), f.key


def fill_page(qtbot, wizard: BusinessWizard, values: dict[str, Any]) -> list[str]:  # type: ignore[no-untyped-def]
    """Every visible field of the current page that has a sample value, in page order."""
    page = wizard.currentPage()
    assert isinstance(page, FieldsPage), type(page)
    filled = []
    for f in page.page.fields:
        if f.key in values and wf.is_visible(f, wizard.values):
            set_field(qtbot, wizard, f, values[f.key])
            filled.append(f.key)
    return filled


def tick_required(wizard: BusinessWizard) -> list[str]:
    page = wizard.currentPage()
    assert isinstance(page, DocumentsPage), type(page)
    ticked = []
    for doc in wf.applicable_documents(wizard.defn, wizard.values):
        if doc.required:
            box = page.findChild(QCheckBox, f"doc_{doc.code}")
            assert box is not None and box.isVisibleTo(wizard), doc.code
            box.setChecked(True)
            ticked.append(doc.code)
    return ticked


def walk_to_confirm(qtbot, wizard: BusinessWizard, values: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    """From the current page to the confirm page, every page filled and checked on the way."""
    while not isinstance(wizard.currentPage(), ConfirmPage):
        page = wizard.currentPage()
        if isinstance(page, FieldsPage):
            fill_page(qtbot, wizard, values)
            assert page.problems() == {}, page.problems()
        else:
            tick_required(wizard)
        assert next_enabled(wizard), (page.title(), rules_message(wizard))
        before = wizard.currentId()
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        assert wizard.currentId() == before + 1, (
            f"stuck on “{page.title()}”: {rules_message(wizard)}"
        )


# -- screenshots -----------------------------------------------------------------


def shot(widget: QWidget, name: str) -> Path | None:
    """Save a PNG of the widget when BIZ_SHOTS names a folder (for looking at, not asserting)."""
    folder = os.environ.get("BIZ_SHOTS")
    if not folder:
        return None
    QApplication.sendPostedEvents()  # pending layout requests first
    QApplication.processEvents()
    path = Path(folder) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(path))
    return path
