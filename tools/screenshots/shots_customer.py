"""Screenshots of the customer screen (客显) at 1366×768, a common hall monitor: during a
payment (two months with late fees and a business fee, cash with change), and the rating.

Called from screenshots.take_all; on its own, for a quick look:

    QT_QPA_PLATFORM=offscreen python -m tools.screenshots.shots_customer OUTDIR
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from counter_app.domain.clock import local_date
from counter_app.domain.numbers import hall_digits
from counter_app.sample_hall import add_owing_account
from counter_app.services import counter_visit, queue
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui import settings as opt
from counter_app.ui.settings import Settings

SIZE = (1366, 768)
FEE_CODE = "KX01"


def seed_payment(ctx: AppContext, hall: HallInfo) -> str:
    """An account two months late, and a business fee to add: what the shot shows."""
    from counter_app.store.models import FeeItem

    now = ctx.clock()
    today = local_date(now)
    account_no = hall_digits(hall.code) + "009901"
    with ctx.write() as s:
        add_owing_account(
            s,
            now,
            account_no,
            [
                (_month(today, 2), "186.50", today - timedelta(days=38)),
                (_month(today, 1), "143.20", today - timedelta(days=8)),
            ],
            name="陈美华",
            address="城关镇文昌路18号3单元502室",
            cert_no="330102197803120513",  # her own: the sample's default is another's
        )
        s.add(
            FeeItem(
                code=FEE_CODE,
                name="电能表校验费",
                method="固定",
                unit_price=Decimal("20.0000"),
                unit="次",
                basis="示例物价文件",
                valid_from=today - timedelta(days=365),
                valid_to=None,
                imported_at=now,
            )
        )
    return account_no


def _month(today: date, back: int) -> str:
    year, month = today.year, today.month - back
    while month < 1:
        year, month = year - 1, month + 12
    return f"{year}{month:02d}"


def shoot_customer_screen(
    shoot: Callable[[QWidget, str], Path],
    ctx: AppContext,
    hall: HallInfo,
    clerk: UserInfo,
    settings: Settings,
    printouts: Path,
) -> None:
    from counter_app.ui.main_window import MainWindow

    account_no = seed_payment(ctx, hall)
    settings.set(opt.CUSTOMER_SCREEN_ON, 1)
    try:
        window = MainWindow(ctx, hall, clerk, settings, printouts)
    finally:
        settings.set(opt.CUSTOMER_SCREEN_ON, 0)  # the other shots' windows have none
    window.show_pdf = lambda _path: None  # type: ignore[method-assign]
    screen = window.customer_screen
    assert screen is not None
    screen.resize(*SIZE)
    window.resize(1280, 800)
    window.show()
    page = window.payment
    window.pay_account(account_no)
    page.ui.feeCombo.setCurrentIndex(page.ui.feeCombo.findData(FEE_CODE))
    page.add_fee()
    page.ui.tenderedEdit.setText("400")
    page.update_quote()
    shoot(screen, "16_customer_screen")
    page.confirm()
    shoot(screen, "16_customer_screen_paid")
    called = queue.walk_in(ctx, clerk, window.counter, "B")
    counter_visit.end_visit(ctx, clerk, called.visit_id, "completed")
    window.ask_rating(called.visit_id)
    shoot(screen, "16_customer_screen_rating")
    screen.show_idle()
    shoot(screen, "16_customer_screen_idle")
    window.close()
    screen.close()
    window.deleteLater()
    screen.deleteLater()


def main(argv: list[str]) -> int:
    """One store, one hall, these shots only (the full set: python -m tools.screenshots)."""
    from PySide6.QtCore import qInstallMessageHandler

    from counter_app.bootstrap import open_context
    from counter_app.sample_hall import add_staff, set_up_hall
    from counter_app.ui.app import make_application
    from counter_app.ui.offscreen import quiet_offscreen
    from tools.screenshots.shots import Shooter

    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    qInstallMessageHandler(quiet_offscreen)
    app = make_application([sys.argv[0]], "zh_CN")
    with tempfile.TemporaryDirectory() as work:
        ctx = open_context(str(Path(work) / "counter.db"))
        try:
            hall, admin = set_up_hall(ctx)
            clerk = add_staff(ctx, admin, "clerk", display_name="张晓燕")
            settings = Settings(QSettings(str(Path(work) / "s.ini"), QSettings.Format.IniFormat))
            shoot = Shooter(app, outdir)
            shoot_customer_screen(shoot, ctx, hall, clerk, settings, Path(work) / "printouts")
            print("\n".join(str(f) for f in shoot.files))
        finally:
            app.closeAllWindows()
            ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
