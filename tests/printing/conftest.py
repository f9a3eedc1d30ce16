"""Fixtures for the printing tests: sample slips and notices as a hall would fill them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from counter_app.printing.documents import AcceptanceSlip, CorrectionNotice, SlipStep

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
