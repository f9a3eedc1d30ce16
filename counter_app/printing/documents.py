"""What a printed document says: plain values the services fill.

No Qt, no SQLAlchemy, no ReportLab here, so services can build these without
pulling in the printing stack. Personal data arrives already masked
(domain.md, "Masking on receipts"): the renderers print what they are given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


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
