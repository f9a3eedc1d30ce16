"""Who a signed-in user is (an identity handed to the services, never a permission) and
the hall they work in: plain values the screens and the command line carry around."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from counter_app.domain.text import N_

ROLES = {"clerk": N_("营业员"), "supervisor": N_("值班长"), "admin": N_("管理员")}


@dataclass(frozen=True)
class HallInfo:
    id: int
    code: str
    name: str
    address: str
    phone: str


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    staff_no: str
    role: str
    active: bool = True

    @property
    def role_name(self) -> str:
        return ROLES.get(self.role, self.role)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")


def user_info(user: Any) -> UserInfo:
    """The identity of a ``users`` row (store.models.User), as the services hand it on."""
    return UserInfo(
        user.id, user.username, user.display_name, user.staff_no, user.role, user.active
    )
