"""Screenshots of every screen, to look at them the way a clerk would.

    python -m tools.screenshots OUTDIR [--manual docs/manual.md]

`make screenshots` passes --manual: the pictures the user manual shows are then copied
into docs/images (tools/screenshots/manual_images.py).

Runs offscreen on a temporary database and temporary settings, so it touches
neither the user's data folder nor this PC's preferences. The acceptance slip
is rendered to PDF and turned into PNG with pdftoppm when it is installed.

The money screens (收费, 收费记录, 日结, the bill explainer, 便捷查询, an
application's timeline) run on a store filled with demo data
(counter_app.demo, seed 4) plus an arrears list imported as HQ would send it;
the receipts (80 mm, A5, a reprint), the void slip, the settlement report and
the bill explanation are turned into PNG too.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from counter_app import demo
from counter_app.bootstrap import open_context
from counter_app.demo import people
from counter_app.domain.clock import HALL_TZ
from counter_app.sample_hall import (
    BUSINESS,
    CUSTOMER,
    HALL,
    PASSWORD,
    add_staff,
    set_up_hall,
)
from counter_app.services import (
    applications,
    auth,
    dues,
    hq_imports,
    payments,
    receipts,
    settlement,
    tracking,
)
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui import settings as opt
from counter_app.ui import wizard as wizard_module
from counter_app.ui.app import make_application
from counter_app.ui.login_dialog import LoginDialog
from counter_app.ui.look import chosen_language
from counter_app.ui.offscreen import fill_page, next_page, quiet_offscreen, set_field
from counter_app.ui.settings import Settings
from counter_app.ui.settings_dialog import SettingsDialog
from counter_app.ui.setup_dialog import SetupDialog
from counter_app.ui.users_page import UserDialog
from tools.screenshots.manual_shots import shoot_manual_screens
from tools.screenshots.shots_customer import shoot_customer_screen
from tools.screenshots.shots_keys import shoot_keys
from tools.screenshots.shots_notices import shoot_notices
from tools.screenshots.shots_queue import shoot_hall_display, shoot_queue
from tools.screenshots.shots_visits import shoot_visits

if TYPE_CHECKING:
    from counter_app.ui.main_window import MainWindow

WRONG_CHECK_DIGIT = "110105194912310021"
PROXY = {"proxy_name": "王建国", "proxy_cert_no": "330102198506121039"}
MAIN_SIZE = (1280, 800)


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


def set_up_store(ctx: AppContext) -> tuple[HallInfo, UserInfo, UserInfo]:
    hall, admin = set_up_hall(ctx)
    # The screenshots' own names for the staff (the manual's pictures show them).
    clerk = add_staff(ctx, admin, "clerk", display_name="张晓燕")
    add_staff(ctx, admin, "supervisor", username="liu", display_name="刘志强", staff_no="1002")
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
    # The same customer's application was accepted before (accept_one): the wizard asks
    # why it is taken again in a modal dialog, which offscreen nobody answers.
    asked = wizard_module.ask_duplicate_reason
    wizard_module.ask_duplicate_reason = lambda _parent, _message: "客户补交资料后重新申请"
    try:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    finally:
        wizard_module.ask_duplicate_reason = asked
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
    window.show_area(window.catalogue)
    shoot(window, "11_main_catalogue")

    shoot_wizard(shoot, window)
    window.ui.navList.setCurrentRow(0)
    shoot(window, "28_main_today_after_wizard")

    dialog = SettingsDialog(settings, str(printouts), window)
    shoot(dialog, "30_settings_dialog")
    dialog.close()
    dialog.deleteLater()

    window.lock()  # the lock screen, every window behind it out of sight
    assert window.lock_screen is not None
    shoot(window.lock_screen, "41_unlock_dialog")
    window.unlock()
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
    window.show_area(window.admin_page)
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


# -- money: the payment screens, receipts, settlement, lookup and the timeline -------------

# Arrears HQ sends for the money screens: (户号, 户名, 用电地址, 用户类别, [(months back, 应收)]).
# Example data, made up; the months are the last ones billed before today.
ARREARS = (
    ("3301086624", "陈建国", "城关镇人民路88号2幢301室", "居民",
     ((3, "186.43"), (2, "152.70"), (1, "98.15"))),
    ("3301072215", "王秀英", "城关镇解放街16弄5号", "居民", ((2, "76.20"), (1, "64.38"))),
    ("3301093348", "城关镇鑫源五金经营部", "城关镇人民路102号", "非居民",
     ((2, "1286.40"), (1, "968.15"))),
    ("3301064471", "李明华", "城关镇文昌路120号1单元602室", "居民", ((1, "201.33"),)),
)  # fmt: skip
CASHIER = ("zhao", "赵丽华", "1003")  # takes the money shown (the demo's days are the others')
CASHIER_COUNTER = "3"
COMPANY = {
    "cert_type": "统一社会信用代码",
    "name": "杭州瑞丰食品有限公司",
    "mobile": "13957112468",
    "legal_rep_name": "周文斌",
    "is_proxy": False,
    "address": "城关镇工业园区纬二路18号",
    "capacity_kw": "80",
    "usage": "工商业用电",
    "ownership_unclear": False,
}


def write_arrears_list(path: Path, today: date) -> Path:
    """HQ's arrears list (hq-contract.md section 2) as the workbook HQ would send."""
    from openpyxl import Workbook

    from counter_app.services.hq_imports import ARREARS_HEADERS

    book = Workbook()
    sheet = book.active
    sheet.title = "欠费清单"
    sheet.append(list(ARREARS_HEADERS))
    current = today.year * 12 + today.month - 1
    for account_no, name, address, category, months in ARREARS:
        for back, amount in months:
            month, due = current - back, current - back + 1
            owed = Decimal(amount)
            sheet.append([account_no, name, address, category,
                          f"{month // 12}{month % 12 + 1:02d}", owed, Decimal("0.00"), owed,
                          date(due // 12, due % 12 + 1, 25)])  # fmt: skip
    book.save(path)
    return path


def fill_money_store(ctx: AppContext, admin: UserInfo, work: Path) -> tuple[UserInfo, UserInfo]:
    """Demo customers, visits, payments and settled days around the hall, HQ's arrears for
    the accounts shown, and the cashier of the screenshots (not in the demo's days)."""
    demo.fill_demo(ctx, customers=400, visits=2500, days=30, seed=4)
    today = payments.today(ctx)
    hq_imports.import_arrears(ctx, admin, write_arrears_list(work / "欠费清单.xlsx", today))
    username, name, staff_no = CASHIER
    cashier = auth.add_user(
        ctx,
        admin,
        username=username,
        display_name=name,
        staff_no=staff_no,
        role="clerk",
        password=PASSWORD,
    )
    supervisor = next(u for u in auth.list_users(ctx) if u.role == "supervisor")
    return cashier, supervisor


def cash_counts(ctx: AppContext, amount: Decimal) -> dict[str, int]:
    """Notes and coins for ``amount``, largest first (what is left is below the smallest)."""
    counts = {}
    for label, value in ctx.rules.fees.denominations:
        counts[label] = int(amount // value)
        amount -= value * counts[label]
    return counts


def shoot_money(
    shoot: Shooter,
    ctx: AppContext,
    hall: HallInfo,
    admin: UserInfo,
    settings: Settings,
    printouts: Path,
    work: Path,
) -> dict[str, Path]:
    """The money screens through the real pages; returns the PDFs to turn into PNG."""
    from counter_app.ui.main_window import MainWindow

    cashier, supervisor = fill_money_store(ctx, admin, work)
    settings.set(opt.COUNTER, CASHIER_COUNTER)
    settings.set(opt.PAPER, "80mm")
    pdfs: dict[str, Path] = {}
    window = MainWindow(ctx, hall, cashier, settings, printouts)
    window.resize(*MAIN_SIZE)
    day = payments.today(ctx)
    real_clock = ctx.clock

    def at(hour: int, minute: int, second: int = 0, when: date | None = None) -> None:
        """The hall's clock for the next step: the cashier's day, whatever the hour now."""
        moment = datetime.combine(when or day, time(hour, minute, second), HALL_TZ)
        ctx.clock = lambda: moment.astimezone(UTC)

    try:
        shoot_cashier_day(shoot, ctx, window, cashier, supervisor, admin, printouts, at, pdfs)
    finally:
        ctx.clock = real_clock
    window.close()
    window.deleteLater()
    return pdfs


def shoot_cashier_day(
    shoot: Shooter,
    ctx: AppContext,
    window: MainWindow,
    cashier: UserInfo,
    supervisor: UserInfo,
    admin: UserInfo,
    printouts: Path,
    at: Callable[..., None],
    pdfs: dict[str, Path],
) -> None:
    """One day at counter 3 on the hall's clock: payments, a void, a reprint, the settlement."""
    from counter_app.ui.bill_explainer import BillExplainerDialog

    shown: list[Path] = []
    window.show_pdf = shown.append  # type: ignore[method-assign]
    day = payments.today(ctx)

    # 收费: three months owing; the newest left for later, cash with change.
    at(10, 5, 12)
    page = window.payment
    window.show_area(page)
    first = ARREARS[0][0]
    page.ui.accountEdit.setText(first)
    page.find_account()
    page.ui.billsTable.item(2, 0).setCheckState(Qt.CheckState.Unchecked)
    page.ui.tenderedEdit.setText("400")
    page.update_quote()
    shoot(window, "70_payment_partial_cash_change")

    # The bill explainer for the same customer: this period crosses into the second tier.
    explainer = BillExplainerDialog(ctx, page.due, shown.append, lambda: printouts, window)
    explainer.ui.usedSpin.setValue(2520)
    explainer.ui.consumptionSpin.setValue(386)
    shoot(explainer, "74_bill_explainer_dialog")
    explainer.print_it()
    pdfs["85_bill_explainer"] = shown[-1]
    explainer.close()

    at(10, 7, 31)
    page.confirm()  # the 80 mm receipt goes to show_pdf
    first_receipt = page.last_receipt
    assert first_receipt is not None
    pdfs["80_receipt_80mm"] = shown[-1]
    # Same file name in either layout: the A5 copy goes to a folder of its own.
    pdfs["81_receipt_A5"] = receipts.print_receipt(ctx, first_receipt, printouts / "A5", "A5")

    # More of the day at this counter: cash, a company's card, a mobile payment voided.
    def pay(account_no: str, **kw: object) -> str:
        due = dues.account_due(ctx, account_no).total
        request = payments.PaymentRequest(account_no, due, **kw)  # type: ignore[arg-type]
        return payments.take_payment(ctx, cashier, CASHIER_COUNTER, request).receipt_no

    at(10, 26, 14)
    second = pay(ARREARS[1][0], tendered=Decimal("150.00"))
    at(10, 51, 40)
    pay(ARREARS[2][0], method="card", reference="102615398820")
    at(11, 8, 5)
    wrong = pay(ARREARS[3][0], method="mobile", reference=f"4200002871{day:%Y%m%d}0153864210")
    at(11, 13, 47)
    receipts.void(ctx, cashier, wrong, supervisor, "支付方式选错，客户实际刷银行卡")
    pdfs["83_void_slip"] = receipts.print_void_slip(ctx, wrong, printouts)
    at(11, 15, 22)
    pay(ARREARS[3][0], method="card", reference="102615402277")
    at(14, 32, 8)
    pdfs["82_receipt_reprint"] = receipts.reprint(
        ctx,
        cashier,
        second,
        "客户遗失收据，凭身份证申请补打",
        printouts,
        "80mm",
        supervisor=supervisor,
    )

    # 收费记录: today's receipts at this counter, the void and the reprint among them.
    listing = window.payments
    window.show_area(listing)
    listing.ui.dayEdit.setDate(payments.today(ctx))
    listing.ui.clerkCombo.setCurrentIndex(listing.ui.clerkCombo.findData(cashier.id))
    listing.search()
    listing.ui.paymentsTable.selectRow(
        next(i for i, r in enumerate(listing.rows) if r.receipt_no == wrong)
    )
    shoot(window, "71_payments_list_reprint_void")

    # 日结: the blind count (ten yuan short), then the comparison with the reason.
    at(17, 36, 50)
    closing = window.settlement
    window.show_area(closing)
    closing.reset()
    expected = settlement.figures(ctx, cashier, day, {}).expected_cash
    counts = cash_counts(ctx, expected - Decimal("10.00"))
    for label, spin in closing.spins.items():
        spin.setValue(counts.get(label, 0))
    shoot(window, "72_settlement_blind_count")
    compared = closing.compare()
    assert compared is not None, closing.ui.messageLabel.text()
    short = -compared.difference
    reason = f"短款{short:.2f}元：找零时多找10元，已由收费员补齐"
    if short != Decimal("10.00"):  # the fen the denominations cannot count
        reason += f"；另{short - 10:.2f}元为分币，面额中无分币，未计入清点"
    closing.ui.reasonEdit.setText(reason)
    shoot(window, "73_settlement_compared_difference")
    number = settlement.close_day(ctx, cashier, day, closing.ui.reasonEdit.text(), supervisor)
    pdfs["84_settlement_report"] = settlement.print_report(ctx, number, printouts)

    # 便捷查询: customers whose name begins with 李, one of them opened.
    lookup = window.lookup
    window.show_area(lookup)
    lookup.ui.searchEdit.setText("李")
    lookup.search()
    lookup.ui.resultsTable.selectRow(storied(ctx, [hit.customer_id for hit in lookup.hits]))
    shoot(window, "75_lookup_results_detail")

    # A company's new connection with its supply plan answered: the timeline, one step on.
    values = {**COMPANY, "cert_no": people.credit_code(random.Random(8), "1"),
              "legal_rep_cert_no": people.resident_id(random.Random(9), day)[0]}  # fmt: skip
    # Accepted yesterday morning, the plan answered this afternoon.
    at(9, 42, 6, when=day - timedelta(days=1))
    accepted = applications.submit_application(
        ctx, cashier, CASHIER_COUNTER, "lv_nonresidential_new", values,
        ("business_licence", "legal_rep_id"), ctx.clock() - timedelta(minutes=18),
    )  # fmt: skip
    at(15, 12, 40)
    tracking.complete_step(ctx, admin, accepted.application_no, "方案已电话告知客户")
    dialog = window.open_application(accepted.application_no)
    dialog.resize(900, 640)
    dialog.ui.stepsTable.setCurrentCell(-1, -1)
    dialog.ui.closeButton.setFocus()
    shoot(dialog, "76_application_timeline_one_step_done")
    dialog.close()


def storied(ctx: AppContext, customer_ids: list[int]) -> int:
    """The first customer with an account, an application and a few visits (row 0 if none)."""
    from counter_app.services import customer_history

    for row, customer_id in enumerate(customer_ids):
        d = customer_history.customer_detail(ctx, customer_id)
        if d.accounts and d.applications and d.visit_total >= 3:
            return row
    return 0


def slip_to_png(pdf: Path, outdir: Path, name: str, dpi: int = 110) -> list[Path]:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found: slip kept as PDF only", file=sys.stderr)
        return []
    prefix = outdir / name
    subprocess.run([pdftoppm, "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
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
    # COUNTER_APP_LANG or Chinese; never this PC's own setting.
    app = make_application([sys.argv[0]], chosen_language())
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
        shoot_keys(shoot, ctx, hall, clerk, settings, printouts)
        shoot_queue(shoot, ctx, hall, clerk, settings, printouts)
        shoot_admin(shoot, ctx, hall, admin, settings, printouts)
        shoot.settle()
        money_pdfs = shoot_money(shoot, ctx, hall, admin, settings, printouts, work)
        shoot.settle()
        shoot.files += shoot_manual_screens(
            shoot, ctx, hall, settings, printouts, lambda pdf, name: slip_to_png(pdf, outdir, name)
        )
        shoot.settle()
        shoot.files += shoot_notices(shoot, ctx, hall, settings, printouts, outdir, slip_to_png)
        shoot.settle()
        shoot.files += shoot_visits(shoot, ctx, hall, settings, printouts, outdir, slip_to_png)
        shoot.settle()
        shoot_hall_display(shoot, ctx, clerk)  # after the notices: it shows them too
        # After the notices: the customer screen shows them between customers.
        shoot_customer_screen(shoot, ctx, hall, clerk, settings, printouts)
        shoot.settle()
        from tools.screenshots.shots_training import shoot_training

        cleanup.append(shoot_training(shoot, ctx, hall, clerk, admin, settings, work).close)

        pdf = applications.print_acceptance_slip(ctx, accepted.application_no, printouts)
        shutil.copy(pdf, outdir / "60_acceptance_slip.pdf")
        shoot.files += slip_to_png(pdf, outdir, "60_acceptance_slip")
        if slips:
            shoot.files += slip_to_png(slips[-1], outdir, "61_acceptance_slip_from_wizard")
        for name, money_pdf in money_pdfs.items():
            shutil.copy(money_pdf, outdir / f"{name}.pdf")
            # The 80 mm roll is small: more dots to read it as printed.
            dpi = 110 if name.endswith(("A5", "report", "explainer")) else 200
            shoot.files += slip_to_png(money_pdf, outdir, name, dpi)
    finally:
        app.closeAllWindows()
        app.processEvents()
        for step in cleanup:
            step()
    return shoot.files


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    manual = None
    if len(args) == 3 and args[1] == "--manual":  # also refresh the manual's pictures
        args, manual = args[:1], Path(args[2])
    if len(args) != 1:
        usage = "usage: python -m tools.screenshots OUTDIR [--manual MANUAL.md]"
        print(usage, file=sys.stderr)
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
    if manual is not None:
        from tools.screenshots.manual_images import refresh

        missing = refresh(outdir, manual)
        if missing:
            print(f"{manual} shows pictures not shot: {', '.join(missing)}", file=sys.stderr)
            return 1
    return 0
