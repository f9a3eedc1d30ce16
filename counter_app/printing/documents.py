"""What a printed document says: plain values the services fill.

No Qt, no SQLAlchemy, no ReportLab here, so services can build these without
pulling in the printing stack. Personal data arrives already masked
(domain.md, "Masking on receipts"): the renderers print what they are given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class SlipStep:
    """One step of the business (办电环节) as promised to the customer."""

    name: str
    # Expected completion date; None when it depends on the customer
    # (e.g. external works they carry out).
    due: date | None
    # Committed time limit of this step, in working days.
    limit_days: int


@dataclass(frozen=True)
class AcceptanceSlip:
    """The acceptance slip (业务受理回执) handed over when an application is taken."""

    hall_name: str
    hall_address: str
    hall_phone: str
    hotline: str  # 投诉监督电话 in the footer (complaints.toml escalation's number)
    application_no: str
    business_name: str
    customer_name: str  # masked, e.g. 张**
    customer_id: str  # masked, e.g. 330102********1234
    certificate_type: str  # e.g. 居民身份证
    mobile: str  # masked, e.g. 138****1234
    address: str
    capacity_kw: str  # as printed, e.g. "8" or "12.5"
    documents_received: tuple[str, ...]
    documents_missing: tuple[str, ...]
    steps: tuple[SlipStep, ...]
    time_limit_days: int  # committed whole-process limit, working days
    promised_date: date
    clerk: str  # name and staff number, e.g. 李明（0231）
    counter: str  # e.g. 2号柜台
    accepted_at: datetime  # hall-local naive time, as printed
    notice: str  # what the customer was told: the next steps
    proxy_name: str = ""  # masked; empty when the customer came in person
    training: bool = False  # training mode: a "培训" watermark across the page
    # 户号 the business acts on (change-of-service businesses); empty for a new connection.
    account_no: str = ""


@dataclass(frozen=True)
class CorrectionNotice:
    """The notice of missing documents (补正通知书) given when an application is returned.

    The whole-process clock stops until the documents arrive (补正期间不计入
    办理时限); ``deadline_text`` says so in the hall's own words.
    """

    hall_name: str
    hall_address: str
    hall_phone: str
    hotline: str  # 投诉监督电话 in the footer, as on the acceptance slip
    application_no: str
    business_name: str
    customer_name: str  # masked, e.g. 张**
    account_no: str  # 户号; empty for a new connection
    address: str
    documents_missing: tuple[str, ...]
    note: str  # the clerk's remark; may be empty
    returned_at: datetime  # hall-local naive time, as printed
    clerk: str  # name and staff number, e.g. 李明（0231）
    # e.g. 请于补齐资料后到营业厅办理，补正期间不计入供电企业办理时限
    deadline_text: str
    training: bool = False  # training mode: a "培训" watermark across the page


@dataclass(frozen=True)
class ReceiptLine:
    """One item of a receipt (收费项目): a bill month's electricity, a fee, a prepayment."""

    bill_month: str  # 应收年月 as "202610"; "" for items without one (预存电费, 业务费)
    item: str  # 电费 / 违约金 / 预存电费 / a business fee's name from the fee schedule
    principal: Decimal  # 本金
    late_fee: Decimal  # 违约金 on this line (0 when none)
    amount: Decimal  # 合计 of the line: principal + late fee
    note: str = ""  # e.g. 部分缴费


@dataclass(frozen=True)
class Receipt:
    """A receipt (电费收据 / 收费凭证) as printed, the original or a reprint.

    A receipt is never deleted: a void keeps its number and prints with a 作废 mark.
    """

    hall_name: str  # 收款单位
    hall_address: str
    hall_phone: str
    receipt_no: str
    paid_at: datetime  # hall-local naive time, as printed
    clerk: str  # name and staff number, e.g. 李明（0231）
    counter: str  # e.g. 2号柜台
    account_no: str  # 户号
    account_name: str  # masked, e.g. 张**
    address: str  # 用电地址
    lines: tuple[ReceiptLine, ...]
    total: Decimal
    method: str  # 现金 / 银行卡 / 移动支付
    reference: str  # bank card or mobile payment reference number; "" for cash
    tendered: Decimal | None  # 实收, cash only
    change: Decimal | None  # 找零, cash only
    # Short check code computed by the services from receipt_no and total with
    # the hall's secret; the QR code carries "receipt_no|total|check_code".
    check_code: str
    reprint_count: int = 0  # 0 for the original; N prints 补打（第N次）
    voided: bool = False
    void_reason: str = ""
    voided_at: datetime | None = None  # hall-local naive time
    void_by: str = ""  # the supervisor who authorised the void
    # 计入次日: taken after the clerk's day was settled, counted in the next day's 日结.
    settle_note: str = ""
    training: bool = False  # training mode: a "培训" watermark


@dataclass(frozen=True)
class SettlementReport:
    """The daily cash settlement report (日结报表) of one clerk-day, A4."""

    hall_name: str
    settlement_no: str
    day: date
    clerk: str
    # Blind count (盲点): (面额 label e.g. "100元", count, subtotal).
    counted_by_denomination: tuple[tuple[str, int, Decimal], ...]
    expected_cash: Decimal  # 系统应收现金
    counted_cash: Decimal  # 实点现金
    difference: Decimal  # counted - expected (长款 > 0, 短款 < 0)
    difference_reason: str  # required when difference is not zero
    # (method 现金/银行卡/移动支付, number of receipts, sum) of valid receipts.
    totals_by_method: tuple[tuple[str, int, Decimal], ...]
    # (receipt_no, time "hh:mm", account_no, amount, status 正常/作废).
    receipts: tuple[tuple[str, str, str, Decimal, str], ...]
    voids: tuple[tuple[str, str, str], ...]  # (receipt_no, reason, authorised by)
    reprints: tuple[tuple[str, int, str], ...]  # (receipt_no, copies, last reason)
    signed_off_by: str  # 复核人 (supervisor); "" until signed off
    signed_at: datetime | None  # hall-local naive time of the sign-off
    training: bool = False
    anchor: str = ""  # the audit chain's head at the sign-off: "id:first 16 hex of its hash"
    # Every blind count compared, first to last (the last is the one signed off):
    # (attempt no., hall-local naive time of the comparison, counted, expected shown).
    count_attempts: tuple[tuple[int, datetime, Decimal, Decimal], ...] = ()


@dataclass(frozen=True)
class BillExplainerDoc:
    """The tiered tariff explanation (阶梯电价计算说明) printed for a customer."""

    hall_name: str
    account_no: str
    account_name: str  # masked
    period: str  # 计费周期 as printed, e.g. 2026年9月
    consumption_kwh: int  # this period's consumption
    already_used_kwh: int  # used earlier in the tier year, before this period
    # (档位 label e.g. 第一档, kWh in that tier, price per kWh, amount).
    lines: tuple[tuple[str, int, Decimal, Decimal], ...]
    total: Decimal
    note: str
    training: bool = False
