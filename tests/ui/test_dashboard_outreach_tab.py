"""The dashboard's 走访调查 tab on screen: the known set of tests/outreach_set.py."""

from __future__ import annotations

from pathlib import Path

from outreach_set import MONDAY, NOW, make_outreach_set

from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui.dashboard_page import DashboardPage
from counter_app.ui.page_contract import PageKit


def cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_tab_shows_the_weeks_visits_and_hides_the_charts(
    qtbot,  # type: ignore[no-untyped-def]
    app_look,  # type: ignore[no-untyped-def]
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    supervisor: UserInfo,
    tmp_path: Path,
) -> None:
    make_outreach_set(ctx, hall[1], supervisor, clerk)
    ctx.clock = lambda: NOW
    page = DashboardPage(
        PageKit(ctx, hall[1], show_pdf=lambda _p: None, printouts=lambda: tmp_path)
    )
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.set_period("week", MONDAY)
    ui = page.ui
    assert ui.chartsBox.isVisible()
    ui.tablesTabs.setCurrentWidget(ui.outreachTab)
    assert not ui.chartsBox.isVisible()  # the tab takes the charts' room
    assert "客户 3 户：已走访 2 户（完成率 66.7%，按期 2 户）" in ui.outreachLabel.text()
    assert "超期未办结 1 个" in ui.outreachLabel.text()
    questions = {row[1]: row for row in cells(ui.questionTable)}
    assert questions["对工作人员的服务态度打几分？（1-5分）"][2:] == ["2", "4.5 分", "2.0 分"]
    assert questions["是否按承诺时间送电？"][2:] == ["2", "50.0%", "100.0%"]
    assert cells(ui.visitorTable) == [
        ["1001", "张营业", "2", "1", "1", "1", "1", "0"],
        ["1002", "赵营业", "1", "2", "2", "0", "0", "1"],
    ]
    ui.tablesTabs.setCurrentIndex(0)
    assert ui.chartsBox.isVisible()
