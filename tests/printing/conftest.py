"""Fixtures for the printing tests: sample slips and notices as a hall would fill them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from counter_app.printing.documents import (
    AcceptanceSlip,
    BillExplainerDoc,
    CorrectionNotice,
    Receipt,
    ReceiptLine,
    SettlementReport,
    SlipStep,
)

LONG_ADDRESS = (
    "浙江省杭州市西湖区三墩镇西园八路与振华路交叉口西北角紫金港科技城"
    "创新创业园区北区七号楼东侧配电房旁附属用房一层西侧第二间"
)
assert len(LONG_ADDRESS) == 60

EIGHT_DOCUMENTS = (
    "居民身份证（原件及复印件）",
    "用电申请表（客户签字）",
    "房屋产权证明或购房合同",
    "授权委托书（代办人签字）",
    "代办人身份证",
    "营业执照（统一社会信用代码）",
    "法定代表人身份证明书",
    "现场用电设备清单，含设备名称、型号、功率及数量",
)


def sample_slip(**changes: Any) -> AcceptanceSlip:
    slip = AcceptanceSlip(
        hall_name="国网杭州供电公司西湖区供电营业厅",
        hall_address="杭州市西湖区文三路398号",
        hall_phone="0571-87654321",
        hotline="12398",
        application_no="330106250603000123",
        business_name="低压居民新装",
        customer_name="张**",
        customer_id="330102********1234",
        certificate_type="居民身份证",
        mobile="138****1234",
        address="杭州市西湖区古荡街道文二西路18号3幢2单元501室",
        capacity_kw="8",
        documents_received=("居民身份证（原件）", "用电申请表"),
        documents_missing=(),
        steps=(
            SlipStep("受理申请", date(2025, 6, 3), 1),
            SlipStep("装表接电", date(2025, 6, 10), 4),
        ),
        time_limit_days=5,
        promised_date=date(2025, 6, 10),
        clerk="李明（0231）",
        counter="2号柜台",
        accepted_at=datetime(2025, 6, 3, 9, 41),
        notice=(
            "请保持电话畅通，装表人员将在1个工作日内与您联系，预约现场装表时间；"
            "装表接电时请确保有人在场。"
        ),
    )
    return dataclasses.replace(slip, **changes)


def long_slip(**changes: Any) -> AcceptanceSlip:
    """The worst case a clerk meets: long address, 8 documents, missing ones, a proxy."""
    values: dict[str, Any] = {
        "business_name": "低压非居民新装（三零服务，含外部线路工程）",
        "address": LONG_ADDRESS,
        "documents_received": EIGHT_DOCUMENTS,
        "documents_missing": ("不动产权证书", "建设工程规划许可证", "环评批复文件"),
        "proxy_name": "王**",
        "steps": (
            SlipStep("受理申请", date(2025, 6, 3), 1),
            SlipStep("供电方案答复", date(2025, 6, 5), 2),
            SlipStep("外部工程实施（设计审核、中间检查、竣工检验）", None, 10),
            SlipStep("装表接电", date(2025, 6, 24), 2),
        ),
        "time_limit_days": 15,
        "promised_date": date(2025, 6, 24),
        "notice": (
            "请保持电话畅通，客户经理将在1个工作日内与您联系，预约现场勘查时间；"
            "外部工程由您委托有资质的单位实施，竣工后请及时报验。"
            "您可通过“网上国网”App或95598查询办理进度。"
        ),
    }
    values.update(changes)
    return sample_slip(**values)


@pytest.fixture
def make_slip() -> Callable[..., AcceptanceSlip]:
    return sample_slip


@pytest.fixture
def make_long_slip() -> Callable[..., AcceptanceSlip]:
    return long_slip


ACCOUNT_NO = "330101001234"

# Ten documents whose names each wrap to a second line on the notice.
TEN_LONG_DOCUMENTS = tuple(
    f"第{i}项：用电设备清单及相关证明材料（含设备名称、型号、额定功率及数量，复印件加盖单位公章）"
    for i in range(1, 11)
)


def sample_notice(**changes: Any) -> CorrectionNotice:
    notice = CorrectionNotice(
        hall_name="国网杭州供电公司西湖区供电营业厅",
        hall_address="杭州市西湖区文三路398号",
        hall_phone="0571-87654321",
        hotline="12398",
        application_no="330106250605000456",
        business_name="低压居民更名",
        customer_name="张**",
        account_no=ACCOUNT_NO,
        address="杭州市西湖区古荡街道文二西路18号3幢2单元501室",
        documents_missing=("不动产权证书（原件）", "原户主身份证复印件", "更名协议（双方签字）"),
        note="不动产权证书上的权利人须与新户名一致；如为共有产权，请提供其他共有人同意书。",
        returned_at=datetime(2025, 6, 5, 14, 20),
        clerk="李明（0231）",
        deadline_text="请于补齐资料后到营业厅办理，补正期间不计入供电企业办理时限",
    )
    return dataclasses.replace(notice, **changes)


def long_notice(**changes: Any) -> CorrectionNotice:
    """The worst case: ten long document names, a long address, an account, a remark."""
    values: dict[str, Any] = {
        "business_name": "低压非居民新装（三零服务，含外部线路工程）",
        "address": LONG_ADDRESS,
        "documents_missing": TEN_LONG_DOCUMENTS,
    }
    values.update(changes)
    return sample_notice(**values)


@pytest.fixture
def make_notice() -> Callable[..., CorrectionNotice]:
    return sample_notice


@pytest.fixture
def make_long_notice() -> Callable[..., CorrectionNotice]:
    return long_notice


# Receipts, void slips, the settlement report and the bill explainer.

RECEIPT_NO = "3301010220261015000123"


def sample_receipt(**changes: Any) -> Receipt:
    """A cash payment of two months' arrears with late fees: ¥1,234.50 in all."""
    receipt = Receipt(
        hall_name="国网杭州供电公司西湖区供电营业厅",
        hall_address="杭州市西湖区文三路398号",
        hall_phone="0571-87654321",
        receipt_no=RECEIPT_NO,
        paid_at=datetime(2026, 10, 15, 9, 41, 7),
        clerk="李明（0231）",
        counter="2号柜台",
        account_no=ACCOUNT_NO,
        account_name="张**",
        address="杭州市西湖区古荡街道文二西路18号3幢2单元501室",
        lines=(
            ReceiptLine("202608", "电费", Decimal("612.30"), Decimal("30.62"), Decimal("642.92")),
            ReceiptLine("202609", "电费", Decimal("580.00"), Decimal("11.58"), Decimal("591.58")),
        ),
        total=Decimal("1234.50"),
        method="现金",
        reference="",
        tendered=Decimal("1300.00"),
        change=Decimal("65.50"),
        check_code="7F3K9Q",
    )
    return dataclasses.replace(receipt, **changes)


def card_receipt(**changes: Any) -> Receipt:
    """Arrears, a partial month, prepayment and a business fee, paid by bank card."""
    values: dict[str, Any] = {
        "lines": (
            ReceiptLine("202609", "电费", Decimal("580.00"), Decimal("11.58"), Decimal("591.58")),
            ReceiptLine(
                "202610", "电费", Decimal("200.00"), Decimal("0.00"), Decimal("200.00"), "部分缴费"
            ),
            ReceiptLine("", "预存电费", Decimal("300.00"), Decimal("0.00"), Decimal("300.00")),
            ReceiptLine("", "电能表校验费", Decimal("120.00"), Decimal("0.00"), Decimal("120.00")),
        ),
        "total": Decimal("1211.58"),
        "method": "银行卡",
        "reference": "622848******1234 参考号 102615398820",
        "tendered": None,
        "change": None,
        "address": LONG_ADDRESS,
    }
    values.update(changes)
    return sample_receipt(**values)


def voided_receipt(**changes: Any) -> Receipt:
    values: dict[str, Any] = {
        "voided": True,
        "void_reason": "客户重复缴费，当日退款",
        "voided_at": datetime(2026, 10, 15, 10, 2, 45),
        "void_by": "王芳（0101）",
    }
    values.update(changes)
    return sample_receipt(**values)


@pytest.fixture
def make_receipt() -> Callable[..., Receipt]:
    return sample_receipt


@pytest.fixture
def make_card_receipt() -> Callable[..., Receipt]:
    return card_receipt


@pytest.fixture
def make_voided_receipt() -> Callable[..., Receipt]:
    return voided_receipt


def sample_settlement(receipts: int = 12, **changes: Any) -> SettlementReport:
    """A clerk-day: ``receipts`` receipts (every fifth by card, every seventh voided),
    cash counted ¥12 short."""
    rows = []
    for i in range(1, receipts + 1):
        status = "作废" if i % 7 == 0 else "正常"
        rows.append(
            (
                f"33010102202610150{i:05d}",
                f"{8 + (i * 480 // receipts) // 60:02d}:{(i * 480 // receipts) % 60:02d}",
                f"3301010{i:05d}",
                Decimal(f"{100 + i * 13}.{i % 100:02d}"),
                status,
            )
        )
    report = SettlementReport(
        hall_name="国网杭州供电公司西湖区供电营业厅",
        settlement_no="RJ-330101-02-20261015",
        day=date(2026, 10, 15),
        clerk="李明（0231）",
        counted_by_denomination=(
            ("100元", 38, Decimal("3800.00")),
            ("50元", 9, Decimal("450.00")),
            ("20元", 12, Decimal("240.00")),
            ("10元", 7, Decimal("70.00")),
            ("5元", 3, Decimal("15.00")),
            ("1元", 14, Decimal("14.00")),
            ("5角", 3, Decimal("1.50")),
            ("1角", 6, Decimal("0.60")),
        ),
        expected_cash=Decimal("4603.10"),
        counted_cash=Decimal("4591.10"),
        difference=Decimal("-12.00"),
        difference_reason="找零时多付客户10元和2元，已联系客户追回未果，由收费员个人赔补。",
        totals_by_method=(
            ("现金", 9, Decimal("4603.10")),
            ("银行卡", 2, Decimal("1211.58")),
            ("移动支付", 1, Decimal("260.00")),
        ),
        receipts=tuple(rows),
        voids=tuple(
            (row[0], "客户重复缴费，当日退款", "王芳（0101）") for row in rows if row[4] == "作废"
        ),
        reprints=(("3301010220261015000003", 2, "打印机卡纸，原收据未打出"),),
        signed_off_by="王芳（0101）",
        signed_at=datetime(2026, 10, 15, 17, 45),
    )
    return dataclasses.replace(report, **changes)


def balanced_settlement(**changes: Any) -> SettlementReport:
    values: dict[str, Any] = {
        "counted_cash": Decimal("4603.10"),
        "difference": Decimal("0.00"),
        "difference_reason": "",
        "counted_by_denomination": (
            ("100元", 38, Decimal("3800.00")),
            ("50元", 9, Decimal("450.00")),
            ("20元", 12, Decimal("240.00")),
            ("10元", 8, Decimal("80.00")),
            ("5元", 3, Decimal("15.00")),
            ("1元", 16, Decimal("16.00")),
            ("5角", 3, Decimal("1.50")),
            ("1角", 6, Decimal("0.60")),
        ),
        "signed_off_by": "",
        "signed_at": None,
    }
    values.update(changes)
    return sample_settlement(**values)


def sample_explainer(**changes: Any) -> BillExplainerDoc:
    """A September bill that crosses from the first into the second tier."""
    doc = BillExplainerDoc(
        hall_name="国网杭州供电公司西湖区供电营业厅",
        account_no=ACCOUNT_NO,
        account_name="张**",
        period="2026年9月",
        consumption_kwh=420,
        already_used_kwh=2600,
        lines=(
            ("第一档", 160, Decimal("0.538"), Decimal("86.08")),
            ("第二档", 260, Decimal("0.588"), Decimal("152.88")),
        ),
        total=Decimal("238.96"),
        note=(
            "浙江省居民阶梯电价按年度累计电量计算：第一档0～2760千瓦时，"
            "第二档2761～4800千瓦时，第三档4800千瓦时以上。每年1月1日起重新累计。"
        ),
    )
    return dataclasses.replace(doc, **changes)


@pytest.fixture
def make_settlement() -> Callable[..., SettlementReport]:
    return sample_settlement


@pytest.fixture
def make_balanced_settlement() -> Callable[..., SettlementReport]:
    return balanced_settlement


@pytest.fixture
def make_explainer() -> Callable[..., BillExplainerDoc]:
    return sample_explainer
