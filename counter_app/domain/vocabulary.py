"""The stored codes and the words the screens, slips and workbooks show for them.

Each code list lives here once, with its Chinese label marked N_() (translated where
shown, tools/i18n_messages.py extracts them). A second copy of a list is how the
lookup once showed raw codes for referred and abandoned visits: import from here.

Lists that belong to one module only (a complaint's events and actions, a ticket's
statuses, a visit item's kinds) stay beside their rules.
"""

from __future__ import annotations

from collections.abc import Mapping

from counter_app.domain.text import N_

__all__ = [
    "ACCOUNT_STATUSES",
    "APPLICATION_OPEN",
    "APPLICATION_STATUSES",
    "COMPLAINT_KINDS",
    "COMPLAINT_STATUSES",
    "CUSTOMER_KINDS",
    "FIELD_VISIT_METHODS",
    "PAYMENT_METHODS",
    "VISIT_BUSINESSES",
    "VISIT_OUTCOMES",
    "VISIT_OUTCOME_NAMES",
    "VISIT_PLAN_STATUSES",
    "VISIT_TARGET_STATUSES",
]

# How a visit ended (来访结果): what a clerk may choose when ending one.
VISIT_OUTCOMES: Mapping[str, str] = {
    "completed": N_("已办结"),
    "needs_documents": N_("需补资料"),
    "referred": N_("已转办"),
    "abandoned": N_("客户离开"),
}
# Every outcome a stored visit can have: "open" while the customer is at the counter.
VISIT_OUTCOME_NAMES: Mapping[str, str] = {"open": N_("办理中"), **VISIT_OUTCOMES}

# Visits that are not a guided business (no workflow definition of that code).
VISIT_BUSINESSES: Mapping[str, str] = {"payment": N_("电费缴纳"), "inquiry": N_("业务咨询")}

# An application's status (受理业务的状态).
APPLICATION_STATUSES: Mapping[str, str] = {
    "in_progress": N_("办理中"),
    "paused": N_("暂停计时（等待客户）"),
    "returned": N_("退回补正"),
    "completed": N_("已办结"),
    "cancelled": N_("已撤销"),
}
# Not finished: still on the clerk's work list.
APPLICATION_OPEN = ("in_progress", "paused", "returned")

# Complaints and opinions, and the follow-ups (回访) a bad rating opens.
COMPLAINT_KINDS: Mapping[str, str] = {
    "complaint": N_("投诉"),
    "followup": N_("评价回访"),
    "finding": N_("走访发现"),  # a problem found on a visit or survey (services/field_visits.py)
}
COMPLAINT_STATUSES: Mapping[str, str] = {
    "open": N_("待联系"),
    "contacted": N_("处理中"),
    "resolved": N_("已处理"),
    "closed": N_("已办结"),
}

CUSTOMER_KINDS: Mapping[str, str] = {"person": N_("个人"), "company": N_("单位")}
# An account's state (用电状态).
ACCOUNT_STATUSES: Mapping[str, str] = {
    "active": N_("正常用电"),
    "suspended": N_("暂停"),
    "closed": N_("已销户"),
}

# How a payment was made (支付方式), in the order the settlement and the dashboard list them.
PAYMENT_METHODS: Mapping[str, str] = {
    "cash": N_("现金"),
    "card": N_("银行卡"),
    "mobile": N_("移动支付"),
}

# Visits and surveys (走访和调查, services/field_visits.py): how a visit was made, a
# plan's state and each of its customers'.
FIELD_VISIT_METHODS: tuple[str, ...] = (N_("上门"), N_("电话"))
VISIT_PLAN_STATUSES: Mapping[str, str] = {"open": N_("进行中"), "closed": N_("已结束")}
VISIT_TARGET_STATUSES: Mapping[str, str] = {
    "pending": N_("待走访"),
    "done": N_("已走访"),
    "unreachable": N_("未联系上"),
}
