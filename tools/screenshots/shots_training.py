"""Screenshots of training mode: the window with its banner, an exercise scored, the
supervisor's scores and a training receipt (called from screenshots.take_all)."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from counter_app.demo.training_store import open_training_store
from counter_app.services import payments, receipts
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui.main_window import MainWindow
from counter_app.ui.settings import Settings
from counter_app.ui.training_mode import enter_training


def shoot_training(
    shoot,  # type: ignore[no-untyped-def]
    real: AppContext,
    hall: HallInfo,
    clerk: UserInfo,
    supervisor: UserInfo,
    settings: Settings,
    work: Path,
) -> AppContext:
    """Returns the training store's context, for the caller to close."""
    from tools.screenshots.shots import slip_to_png

    exercises = list(real.rules.exercises)
    ctx = open_training_store(real, work / "training" / "training.db", exercises)
    window = MainWindow(ctx, hall, clerk, settings, work / "training" / "printouts")
    enter_training(window, real)
    window.resize(1200, 760)
    shoot(window, "90_training_main")
    page = window.training_page  # type: ignore[attr-defined]
    window.show_area(page)
    page.list.setCurrentRow([e.code for e in exercises].index("arrears-cash-change"))
    page.start()
    request = payments.PaymentRequest(
        "9900000000032", Decimal("357.50"), method="cash", tendered=Decimal("400")
    )
    paid = payments.take_payment(ctx, clerk, "1", request)
    page.answer_buttons[0][0].setChecked(True)  # the question, answered right
    page.finish()
    window.resize(1200, 900)  # the whole score table, question row included
    page.checks.scrollToBottom()
    shoot(window, "91_training_exercise_scored")
    for layout in ("80mm", "A5"):
        pdf = receipts.print_receipt(ctx, paid.receipt_no, work / "training", layout)
        shutil.copy(pdf, shoot.outdir / f"93_training_receipt_{layout}.pdf")
        shoot.files += slip_to_png(pdf, shoot.outdir, f"93_training_receipt_{layout}", 150)
    window.close()

    boss = MainWindow(real, hall, supervisor, settings, work / "printouts")
    boss.resize(1200, 600)
    boss.show_area(boss.training_scores)
    shoot(boss, "92_training_scores")
    boss.close()
    return ctx
