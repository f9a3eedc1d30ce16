"""Input checked where it enters the store: lengths and control characters (issue 12)."""

from __future__ import annotations

import pytest
from support import PASSWORD, add_owing_account

from counter_app.services import auth, lookup
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import Customer, User


def test_a_ten_thousand_character_staff_name_is_refused_and_nothing_is_stored(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo]
) -> None:
    with pytest.raises(UserError, match="姓名最多40个字，现为10000个字"):
        auth.add_user(
            ctx,
            hall[1],
            username="long",
            display_name="张" * 10_000,
            staff_no="2001",
            role="clerk",
            password=PASSWORD,
        )
    with ctx.read() as s:
        assert s.query(User).filter(User.username == "long").count() == 0


@pytest.mark.parametrize("bad", ["王\x00小明", "王小明\x07", "王\u202e小明", "王\n小明"])
def test_control_characters_never_reach_a_name(ctx: AppContext, clerk: UserInfo, bad: str) -> None:
    with pytest.raises(UserError, match="控制字符"), ctx.write() as s:
        add_owing_account(s, ctx.clock(), "330101000009", name=bad)
    with ctx.read() as s:
        assert s.query(Customer).count() == 0


def test_a_note_may_have_line_breaks_but_no_nul(ctx: AppContext, clerk: UserInfo) -> None:
    from counter_app.services.input_guard import check_text

    assert check_text("第一行\n第二行\t完", "备注", None, multiline=True)
    with pytest.raises(UserError, match="备注含有不可见的控制字符"):
        check_text("第一行\x00", "备注", None, multiline=True)


@pytest.mark.parametrize("typed", ["王\x00", "\x00", "330101\x00000001"])
def test_a_nul_in_the_lookup_box_is_a_message_not_a_database_error(
    ctx: AppContext, clerk: UserInfo, typed: str
) -> None:
    with pytest.raises(UserError, match="查询内容含有不可见的控制字符"):
        lookup.search(ctx, typed)


@pytest.mark.parametrize("counter", ["柜台😀X", "1/2", "12345", "A-1"])
def test_a_counter_code_a_receipt_number_cannot_carry_is_refused(
    ctx: AppContext, clerk: UserInfo, counter: str
) -> None:
    from counter_app.services import queue

    with pytest.raises(UserError, match="柜台号应为1至4位英文字母或数字"):
        queue.walk_in(ctx, clerk, counter, "A")
