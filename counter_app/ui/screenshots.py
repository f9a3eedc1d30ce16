"""Screenshots of every screen, to look at them the way a clerk would.

    python -m counter_app.ui.screenshots OUTDIR        (what `make screenshots` runs)

Runs offscreen on a temporary database and temporary settings, so it touches
neither the user's data folder nor this PC's preferences. The acceptance slip
is rendered to PDF and turned into PNG with pdftoppm when it is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QWidget, QWizard

from counter_app.services import applications, auth
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext, open_context
from counter_app.ui.app import make_application
from counter_app.ui.login_dialog import LoginDialog
from counter_app.ui.settings import Settings
from counter_app.ui.settings_dialog import SettingsDialog
from counter_app.ui.setup_dialog import SetupDialog
from counter_app.ui.users_page import UserDialog

PASSWORD = "counter-pass-1"
HALL = {
    "code": "330101",
    "name": "城关供电营业厅",
    "address": "城关镇人民路1号",
    "phone": "0571-12345678",
}
BUSINESS = "lv_residential_new"
# A customer who passes every check (resident ID with a valid check character).
CUSTOMER = {
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002X",
    "name": "李秀英",
    "mobile": "13812341234",
    "is_proxy": False,
    "address": "城关镇人民路100号3单元",
    "capacity_kw": "8",
    "usage": "居民生活用电",
    "ownership_unclear": False,
}
WRONG_CHECK_DIGIT = "110105194912310021"
PROXY = {"proxy_name": "王建国", "proxy_cert_no": "330102198506121039"}
MAIN_SIZE = (1280, 800)


def quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen plugin's one known complaint; pass everything else on."""
    if "does not support propagateSizeHints" in message:
        return
    print(message, file=sys.stderr)


class Shooter:
    """Shows a widget, lets Qt lay it out and paint, and saves it as OUTDIR/NAME.png."""

    def __init__(self, app: QApplication, outdir: Path) -> None:
        self.app = app
        self.outdir = outdir
        self.files: list[Path] = []

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def __call__(self, widget: QWidget, name: str) -> Path:
        if not widget.isVisible():
            widget.show()
        self.settle()
        path = self.outdir / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise RuntimeError(f"could not write {path}")
        self.files.append(path)
        return path


def set_field(page: QWidget, key: str, value: object) -> None:
    """Type into a wizard field the way the clerk would (signals fire, checks run)."""
    editor = page.editors[key]  # type: ignore[attr-defined]
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QComboBox):
        editor.setCurrentText(str(value))
    elif isinstance(editor, QLineEdit):
        editor.setFocus()
        editor.setText(str(value))
    else:  # pragma: no cover - a new editor kind needs a line here
        raise TypeError(f"no way to fill {type(editor).__name__} for {key}")


def fill_page(page: QWidget, values: dict[str, object]) -> None:
    for key in page.editors:  # type: ignore[attr-defined]
        if key in values:
            set_field(page, key, values[key])


def next_page(wizard: QWizard) -> QWidget:
    page = wizard.currentPage()
    if not page.isComplete():
        raise RuntimeError(f"wizard page {page.title()} is not complete")
    wizard.next()
    return wizard.currentPage()


def set_up_store(ctx: AppContext) -> tuple[HallInfo, UserInfo, UserInfo]:
    hall, admin = auth.setup_hall(
        ctx,
        **HALL,
        admin_username="admin",
        admin_name="王管理",
        admin_staff_no="A001",
        password=PASSWORD,
    )
    clerk = auth.add_user(
        ctx,
        admin,
        username="zhang",
        display_name="张晓燕",
        staff_no="1001",
        role="clerk",
        password=PASSWORD,
    )
    auth.add_user(
        ctx,
        admin,
        username="liu",
        display_name="刘志强",
        staff_no="1002",
        role="supervisor",
        password=PASSWORD,
    )
    return hall, admin, clerk


def shoot_setup(shoot: Shooter, ctx: AppContext) -> None:
    dialog = SetupDialog(ctx)
    shoot(dialog, "01_setup_dialog_empty")
    ui = dialog.ui
    ui.hallCodeEdit.setText(HALL["code"])
    ui.hallNameEdit.setText(HALL["name"])
    ui.hallAddressEdit.setText(HALL["address"])
    ui.hallPhoneEdit.setText(HALL["phone"])
    ui.adminUsernameEdit.setText("admin")
    ui.adminNameEdit.setText("王管理")
    ui.adminStaffNoEdit.setText("A001")
    ui.passwordEdit.setText(PASSWORD)
    ui.passwordRepeatEdit.setText(PASSWORD + "x")
    dialog.finish()  # passwords differ: the message shows, nothing is written
    shoot(dialog, "02_setup_dialog_filled_mismatch")
    dialog.close()
    dialog.deleteLater()


def shoot_login(shoot: Shooter, ctx: AppContext, hall: HallInfo) -> None:
    title = f"{hall.name}（{hall.code}）"
    dialog = LoginDialog(ctx, title, last_user="zhang")
    shoot(dialog, "03_login_dialog")
    dialog.ui.passwordEdit.setText("wrong-password")
    dialog.try_login()  # one wrong password: the countdown message
    shoot(dialog, "04_login_dialog_wrong_password")
    dialog.close()
    dialog.deleteLater()
    auth.login(ctx, "zhang", PASSWORD)  # and a good one resets the count


def shoot_wizard(shoot: Shooter, window: QWidget) -> None:
    wizard = window.start_business(BUSINESS)  # type: ignore[attr-defined]
    shoot.settle()
    page = wizard.currentPage()
    fill_page(page, {**CUSTOMER, "cert_no": WRONG_CHECK_DIGIT})
    page.editors["cert_no"].setFocus()  # type: ignore[attr-defined]  # where the clerk looks
    shoot(wizard, "20_wizard_1_customer_invalid_id")
    set_field(page, "is_proxy", True)
    fill_page(page, {"cert_no": CUSTOMER["cert_no"], **PROXY})
    shoot(wizard, "21_wizard_1_customer_with_proxy")
    set_field(page, "is_proxy", False)
    shoot(wizard, "22_wizard_1_customer")

    page = next_page(wizard)
    shoot(wizard, "23_wizard_2_address_empty")
    fill_page(page, CUSTOMER)
    shoot(wizard, "24_wizard_2_address")

    page = next_page(wizard)
    shoot(wizard, "25_wizard_3_documents_missing")
    page.boxes["applicant_id"].setChecked(True)  # type: ignore[attr-defined]
    shoot(wizard, "26_wizard_3_documents")

    next_page(wizard)
    shoot(wizard, "27_wizard_4_confirm")
    # Accept it for real: the slip goes to show_pdf (replaced below), the list refreshes.
    wizard.button(QWizard.WizardButton.FinishButton).click()
    shoot.settle()


def shoot_main(
    shoot: Shooter,
    ctx: AppContext,
    hall: HallInfo,
    user: UserInfo,
    settings: Settings,
    printouts: Path,
    slips: list[Path],
) -> None:
    from counter_app.ui.main_window import MainWindow

    window = MainWindow(ctx, hall, user, settings, printouts)
    window.show_pdf = slips.append  # type: ignore[method-assign]
    window.resize(*MAIN_SIZE)
    shoot(window, "10_main_today")
    window.ui.navList.setCurrentRow(1)
    shoot(window, "11_main_catalogue")

    shoot_wizard(shoot, window)
    window.ui.navList.setCurrentRow(0)
    shoot(window, "28_main_today_after_wizard")

    dialog = SettingsDialog(settings, str(printouts), window)
    shoot(dialog, "30_settings_dialog")
    dialog.close()
    dialog.deleteLater()

    def grab_locked() -> bool:
        shoot(window, "40_lock_cover")
        unlock = LoginDialog(ctx, hall.name, window, locked_for=user)
        shoot(unlock, "41_unlock_dialog")
        unlock.close()
        unlock.deleteLater()
        return True

    window.ask_unlock = grab_locked  # type: ignore[method-assign]
    window.lock()
    window.close()
    window.deleteLater()


def shoot_admin(
    shoot: Shooter,
    ctx: AppContext,
    hall: HallInfo,
    admin: UserInfo,
    settings: Settings,
    printouts: Path,
) -> None:
    from counter_app.ui.main_window import MainWindow

    window = MainWindow(ctx, hall, admin, settings, printouts)
    window.show_pdf = lambda _path: None  # type: ignore[method-assign]
    window.resize(*MAIN_SIZE)
    window.ui.navList.setCurrentRow(2)
    shoot(window, "50_main_users")
    dialog = UserDialog(ctx, admin, window)
    ui = dialog.ui
    ui.usernameEdit.setText("chen")
    ui.nameEdit.setText("陈思远")
    ui.staffNoEdit.setText("1003")
    ui.passwordEdit.setText("short")
    ui.passwordRepeatEdit.setText("short")
    dialog.save()  # too short: the message shows
    shoot(dialog, "51_user_dialog")
    dialog.close()
    dialog.deleteLater()
    window.close()
    window.deleteLater()


def slip_to_png(pdf: Path, outdir: Path, name: str) -> list[Path]:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found: slip kept as PDF only", file=sys.stderr)
        return []
    prefix = outdir / name
    subprocess.run([pdftoppm, "-png", "-r", "110", str(pdf), str(prefix)], check=True)
    return sorted(outdir.glob(f"{name}-*.png"))


def accept_one(ctx: AppContext, clerk: UserInfo) -> applications.AcceptedApplication:
    return applications.submit_application(
        ctx,
        clerk,
        "3",
        BUSINESS,
        CUSTOMER,
        ("applicant_id",),
        ctx.clock(),
    )


def take_all(outdir: Path, work: Path) -> list[Path]:
    qInstallMessageHandler(quiet_offscreen)
    app = make_application([sys.argv[0]])
    shoot = Shooter(app, outdir)
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    printouts = work / "printouts"
    printouts.mkdir()

    ctx = open_context(str(work / "counter.db"))
    cleanup: list[Callable[[], None]] = [ctx.close]
    try:
        shoot_setup(shoot, ctx)
        hall, admin, clerk = set_up_store(ctx)
        shoot_login(shoot, ctx, hall)

        accepted = accept_one(ctx, clerk)
        slips: list[Path] = []
        shoot_main(shoot, ctx, hall, clerk, settings, printouts, slips)
        shoot_admin(shoot, ctx, hall, admin, settings, printouts)
        shoot.settle()

        pdf = applications.print_acceptance_slip(ctx, accepted.application_no, printouts)
        shutil.copy(pdf, outdir / "60_acceptance_slip.pdf")
        shoot.files += slip_to_png(pdf, outdir, "60_acceptance_slip")
        if slips:
            shoot.files += slip_to_png(slips[-1], outdir, "61_acceptance_slip_from_wizard")
    finally:
        app.closeAllWindows()
        app.processEvents()
        for step in cleanup:
            step()
    return shoot.files


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m counter_app.ui.screenshots OUTDIR", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists
    outdir = Path(args[0]).resolve()
    outdir.mkdir(parents=True, exist_ok=True)
    for old in (*outdir.glob("*.png"), *outdir.glob("*.pdf")):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="counter-shots-") as tmp:
        files = take_all(outdir, Path(tmp))
    for path in files:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
