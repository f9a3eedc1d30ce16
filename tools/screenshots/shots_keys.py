"""Screenshots of the keyboard help (F1) and the type sizes; called from screenshots.take_all."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from counter_app.services import counter_visit, queue
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui import settings as opt
from counter_app.ui.look import set_point_size
from counter_app.ui.rating_window import RatingWindow
from counter_app.ui.settings import Settings
from counter_app.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from tools.screenshots.shots import Shooter


def shoot_keys(
    shoot: Shooter,
    ctx: AppContext,
    hall: HallInfo,
    user: UserInfo,
    settings: Settings,
    printouts: Path,
) -> None:
    from counter_app.ui.main_window import MainWindow

    window = MainWindow(ctx, hall, user, settings, printouts)
    window.show_pdf = lambda _path: None  # type: ignore[method-assign]
    window.resize(1280, 800)
    window.show_area(window.queue)
    window.toggle_help()
    shoot(window, "32_help_overlay_queue")
    window.toggle_help()
    window.show_area(window.payment)
    window.toggle_help()
    shoot(window, "33_help_overlay_payment")
    window.toggle_help()
    wizard = window.start_business("lv_residential_new")
    shoot.settle()
    wizard.toggle_help()
    shoot(wizard, "34_help_overlay_wizard")
    wizard.reject()

    # The larger type a clerk may choose, on a busy page and in the settings dialog.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = app.font().pointSize()
    settings.set(opt.FONT_SIZE, 14)
    settings.set(opt.CUSTOMER_FONT_SIZE, 28)
    set_point_size(app, 14)
    window.show_area(window.payment)
    shoot(window, "35_payment_font_14pt")
    dialog = SettingsDialog(settings, str(printouts), window)
    shoot(dialog, "36_settings_dialog_font_14pt")
    dialog.close()
    dialog.deleteLater()
    # The customer's window at its own, larger size.
    visit = queue.walk_in(ctx, user, "1", "A")
    counter_visit.end_visit(ctx, user, visit.visit_id, "completed")
    rating = RatingWindow(ctx, visit.visit_id, point_size=28)
    rating.resize(900, 520)
    shoot(rating, "37_rating_window_28pt")
    rating.close()
    rating.deleteLater()
    set_point_size(app, base)
    settings.set(opt.FONT_SIZE, base)
    settings.set(opt.CUSTOMER_FONT_SIZE, opt.CUSTOMER_FONT_SIZE.default)
    window.close()
    window.deleteLater()
    shoot.settle()
