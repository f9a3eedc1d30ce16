"""Every page and the daily dialogs at a hall's screen size and type size, to look at:

    python -m tools.screenshots.fit [--size 1366x768] [--font 14] OUTDIR

The main window is given a maximized window's client area on that screen (screen_fit.py:
the screen less the taskbar and title bar), with demo data in the store so the lists are
full, and each page is shot in front; 日结 also once compared, with its figures. Dialogs
are shot at the size they open at. Prints each file with what its window needs, and
"CUT" with the controls the window does not draw whole.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from counter_app import demo
from counter_app.bootstrap import open_context
from counter_app.sample_hall import BUSINESS, CUSTOMER, add_staff, set_up_hall
from counter_app.ui import screen_fit
from counter_app.ui.look import set_point_size
from counter_app.ui.offscreen import fill_page, next_page, quiet_offscreen
from counter_app.ui.settings import Settings


def shoot(
    app: QApplication, widget: QWidget, outdir: Path, name: str, size: QSize | None = None
) -> str:
    """Saves OUTDIR/NAME.png; ``size``: given that size first (it grows where it needs more)."""
    if not widget.isVisible():
        widget.show()
    for _ in range(5):
        app.processEvents()
    if size is not None:
        widget.resize(size)
        for _ in range(5):
            app.processEvents()
    widget.grab().save(str(outdir / f"{name}.png"))
    need = screen_fit.needed(widget)
    cut = screen_fit.cut_controls(widget, widget)
    line = f"{name}.png\t{widget.width()}×{widget.height()}\tneeds {need.width()}×{need.height()}"
    return line + (f"\tCUT {', '.join(cut)}" if cut else "")


def take(outdir: Path, work: Path, screen: tuple[int, int], points: int) -> list[str]:
    from counter_app.ui.complaints_page import ComplaintDialog
    from counter_app.ui.main_window import MainWindow
    from counter_app.ui.settings_dialog import SettingsDialog

    qInstallMessageHandler(quiet_offscreen)
    from counter_app.ui.app import make_application

    app = make_application([sys.argv[0]], "zh_CN")
    set_point_size(app, points)
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    ctx = open_context(str(work / "counter.db"))
    lines = []
    try:
        hall, admin = set_up_hall(ctx)
        add_staff(ctx, admin, "clerk")
        add_staff(ctx, admin, "supervisor")
        demo.fill_demo(ctx, customers=120, visits=500, days=10, seed=4)
        window = MainWindow(ctx, hall, admin, settings, work / "printouts")
        window.show_pdf = lambda _path: None  # type: ignore[method-assign]
        room = screen_fit.available(screen)
        for n, entry in enumerate(window.entries):
            window.show_area(getattr(window, entry.attr))
            lines.append(shoot(app, window, outdir, f"{n:02d}_{entry.attr}", room))
        window.show_area(window.settlement)
        window.settlement.compare()
        lines.append(shoot(app, window, outdir, "30_settlement_compared", room))

        wizard = window.start_business(BUSINESS)
        page = wizard.currentPage()
        for n in range(4):
            if hasattr(page, "editors"):
                fill_page(page, CUSTOMER)
            if n == 2:
                page.boxes["applicant_id"].setChecked(True)  # type: ignore[attr-defined]
            lines.append(shoot(app, wizard, outdir, f"40_wizard_{n + 1}"))
            if n < 3:
                page = next_page(wizard)
        wizard.close()
        for name, dialog in (
            ("50_settings", SettingsDialog(settings, str(work), window)),
            ("51_export", window.open_export()),
            ("52_complaint_intake", ComplaintDialog(ctx, admin, window)),
        ):
            lines.append(shoot(app, dialog, outdir, name))
            dialog.close()
        window.close()
    finally:
        app.closeAllWindows()
        app.processEvents()
        ctx.close()
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots.fit")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--size", default="1366x768", help="the screen, WIDTHxHEIGHT")
    parser.add_argument("--font", type=int, default=screen_fit.DEFAULT_POINT_SIZE)
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists
    outdir = args.outdir.resolve()
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="counter-fit-") as tmp:
        lines = take(outdir, Path(tmp), (width, height), args.font)
    print(f"screen {width}×{height}, {args.font} pt: room {screen_fit.available((width, height))}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
