"""Who may do what: the one table of roles and actions.

The services enforce it against the user as the store has them at that moment
(services/authz.py: active, not locked, this role), whatever user object they
were handed; the screens read it only to show or hide their buttons and pages;
the command line asks for a login of a role the table allows. A test walks the
whole table through the services.

Roles: 营业员 clerk, 值班长 supervisor, 管理员 admin. An administrator can do
everything a supervisor can, and a supervisor everything a clerk can.
"""

from __future__ import annotations

from typing import Final

from counter_app.domain.text import N_

CLERK, SUPERVISOR, ADMIN = "clerk", "supervisor", "admin"
ROLES: Final = (CLERK, SUPERVISOR, ADMIN)
EVERYONE: Final = frozenset(ROLES)
SUPERVISORS: Final = frozenset((SUPERVISOR, ADMIN))
ADMINS: Final = frozenset((ADMIN,))

# action: (who may, what it is in the clerk's words)
ACTIONS: Final[dict[str, tuple[frozenset[str], str]]] = {
    # At the counter: any signed-in user who is still active and not locked out.
    "counter.work": (EVERYONE, N_("在柜台办理业务")),
    "payment.take": (EVERYONE, N_("收费")),
    "payment.void": (EVERYONE, N_("申请作废收据")),
    "receipt.reprint": (EVERYONE, N_("申请补打收据")),
    "application.accept": (EVERYONE, N_("受理业务")),
    "settlement.count": (EVERYONE, N_("清点钱箱")),
    "backup.daily": (EVERYONE, N_("每日自动备份")),
    "visits.record": (EVERYONE, N_("登记走访结果")),
    # A supervisor's word.
    "void.authorise": (SUPERVISORS, N_("授权作废收据")),
    "reprint.authorise": (SUPERVISORS, N_("授权补打收据")),
    "settlement.sign_off": (SUPERVISORS, N_("日结复核")),
    "settlement.reopen": (SUPERVISORS, N_("重开日结")),
    "payment.next_day": (SUPERVISORS, N_("授权收费计入次日日结")),
    "announcement.publish": (SUPERVISORS, N_("发布公告")),
    "dashboard.view": (SUPERVISORS, N_("查看指标看板")),
    "training.scores": (SUPERVISORS, N_("查看培训成绩")),
    "export.hq": (SUPERVISORS, N_("导出报送总部的数据")),
    "backup.create": (SUPERVISORS, N_("备份数据库")),
    "store.check": (SUPERVISORS, N_("检查数据库")),
    "account.disconnect": (SUPERVISORS, N_("登记欠费停电")),
    "visits.plan": (SUPERVISORS, N_("制定走访计划")),
    # The administrator's.
    "import.hq": (ADMINS, N_("导入总部下发的文件")),
    "backup.restore": (ADMINS, N_("恢复备份")),
    "user.manage": (ADMINS, N_("管理用户")),
    "hall.update": (ADMINS, N_("修改营业厅信息")),
    "demo.fill": (ADMINS, N_("生成演示数据")),
}


def may(role: str, action: str) -> bool:
    """Whether ``role`` may do ``action`` (an unknown action is a programming error)."""
    return role in ACTIONS[action][0]


def action_name(action: str) -> str:
    return ACTIONS[action][1]


def lowest_role(action: str) -> str:
    """The least role allowed: what the command line asks to log in as."""
    allowed = ACTIONS[action][0]
    return next(role for role in ROLES if role in allowed)
