"""`counter-app --self-test`: one business day on a throw-away store, to prove a build works.

Run on a hall's PC after installing or updating (and by the tests on the built
program), it checks that everything a frozen build must carry is there and
works: Qt's plugins and translations, the font, the migrations, the data files,
the PDF and workbook writers. It never opens the user's database or settings:
the store, the printouts and the preferences live in a temporary folder that is
deleted at the end. Qt runs offscreen unless QT_QPA_PLATFORM says otherwise,
so nothing shows on the clerk's screen.

One line per step on stdout; exit 0 when all pass, 1 naming the step that failed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

COUNTER = "1"


@dataclass
class Run:
    """What the steps hand each other."""

    work: Path
    app: Any = None
    ctx: Any = None
    hall: Any = None
    admin: Any = None
    clerk: Any = None
    receipt_no: str = ""
    receipt_pdf: Path | None = None
    cleanup: list[Callable[[], None]] = field(default_factory=list)


def qt_runtime(run: Run) -> str:
    """The Qt application as the GUI makes it: translations, font, style, icon."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from counter_app.resources import resource
    from counter_app.ui.app import make_application
    from counter_app.ui.offscreen import quiet_offscreen

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(quiet_offscreen)
    run.app = make_application([sys.argv[0]])
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    native = "windows" if sys.platform == "win32" else "xcb"
    for folder, name in (("platforms", native), ("platforms", "offscreen"), ("printsupport", "")):
        if not any(name in p.name for p in (plugins / folder).glob("*")):
            raise RuntimeError(f"Qt 插件缺失：{folder}/{name or '*'}（{plugins}）")
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_zh_CN", translations):
        raise RuntimeError(f"Qt 中文翻译 qtbase_zh_CN.qm 缺失（{translations}）")
    # Our own catalogues, both languages, as shipped (the English build needs them).
    for language, source, expected in (
        ("en", "今日工作", "Today"),
        ("zh_CN", "今日工作", "今日工作"),
    ):
        ours = QTranslator()
        if not ours.load(f"counter_app_{language}", str(resource("translations"))):
            raise RuntimeError(f"界面翻译 counter_app_{language}.qm 缺失")
        if ours.translate("MainWindow", source) != expected:
            raise RuntimeError(f"界面翻译 counter_app_{language}.qm 内容不对")
    family = run.app.font().family()
    if "WenQuanYi" not in family:
        raise RuntimeError(f"中文字体未加载（当前字体 {family}）")
    if run.app.windowIcon().isNull():
        raise RuntimeError("程序图标缺失")
    return f"{run.app.platformName()}，字体 {family}"


def temporary_store(run: Run) -> str:
    from counter_app.bootstrap import open_context
    from counter_app.store.migrate import HEAD_REVISION, current_revision

    run.ctx = open_context(f"sqlite:///{run.work / 'self-test.db'}")
    run.cleanup.append(run.ctx.close)
    revision = current_revision(run.ctx.engine)
    if revision != HEAD_REVISION:
        raise RuntimeError(f"数据库版本 {revision}，应为 {HEAD_REVISION}")
    return f"已迁移到 {revision}，{len(run.ctx.workflows)} 个业务流程"


def hall_and_clerk(run: Run) -> str:
    """The sample hall (counter_app/sample_hall.py), its clerk, and the clerk signing in."""
    from counter_app import sample_hall
    from counter_app.services import auth

    run.hall, run.admin = sample_hall.set_up_hall(run.ctx)
    run.clerk = sample_hall.add_staff(run.ctx, run.admin, "clerk")
    auth.login(run.ctx, run.clerk.username, sample_hall.PASSWORD)
    return f"{run.hall.name}，柜员 {run.clerk.display_name}"


def guided_business(run: Run) -> str:
    """The real main window and wizard, filled the way a clerk fills them."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWizard

    from counter_app.sample_hall import BUSINESS, CUSTOMER
    from counter_app.ui import settings as opt
    from counter_app.ui.main_window import MainWindow
    from counter_app.ui.offscreen import fill_page, next_page
    from counter_app.ui.settings import Settings

    settings = Settings(QSettings(str(run.work / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(opt.COUNTER, COUNTER)
    printouts = run.work / "printouts"
    printouts.mkdir()
    window = MainWindow(run.ctx, run.hall, run.clerk, settings, printouts)
    shown: list[Path] = []
    window.show_pdf = shown.append  # type: ignore[method-assign]  # no modal preview
    run.cleanup.append(window.deleteLater)
    run.cleanup.append(window.close)
    window.show()
    wizard = window.start_business(BUSINESS)
    page = wizard.currentPage()
    while True:
        run.app.processEvents()
        if hasattr(page, "editors"):
            fill_page(page, CUSTOMER)
        for box in getattr(page, "boxes", {}).values():
            box.setChecked(True)
        if wizard.currentId() == wizard.pageIds()[-1]:
            break
        page = next_page(wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    run.app.processEvents()
    accepted = wizard.result_application
    if accepted is None:
        raise RuntimeError("向导未受理业务")
    if not shown or not shown[-1].is_file():
        raise RuntimeError("受理回执 PDF 未生成")
    return f"{accepted.business_name}，受理编号 {accepted.application_no}"


def payment(run: Run) -> str:
    """HQ's sample arrears list imported, then one account paid in full in cash."""
    from openpyxl import load_workbook

    from counter_app.resources import resource
    from counter_app.services import dues, hq_imports, payments

    sample = resource("samples", "arrears_sample.xlsx")
    hq_imports.import_arrears(run.ctx, run.admin, sample)
    book = load_workbook(sample, read_only=True)
    account_no = str(next(book.active.iter_rows(min_row=2, max_row=2, values_only=True))[0])
    book.close()
    due = dues.account_due(run.ctx, account_no)
    if not due.bills:
        raise RuntimeError(f"户号 {account_no} 没有欠费")
    tendered = (due.total // 100 + 1) * 100  # whole hundreds: change to give
    request = payments.PaymentRequest(account_no, due.total, tendered=tendered)
    result = payments.take_payment(run.ctx, run.clerk, COUNTER, request)
    if dues.account_due(run.ctx, account_no).bills:
        raise RuntimeError("收费后仍有欠费")
    run.receipt_no = result.receipt_no
    return (
        f"户号 {account_no}，{len(due.bills)} 个月，收 {result.total} 元，"
        f"找零 {result.change} 元，收据 {result.receipt_no}"
    )


def receipt_pdf(run: Run) -> str:
    """The receipt as a PDF, read back through QtPdf (what the print preview uses)."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    from counter_app.services import receipts

    path = receipts.print_receipt(run.ctx, run.receipt_no, run.work / "receipts", "80mm")
    if not path.is_file() or path.stat().st_size == 0:
        raise RuntimeError(f"收据 PDF 未生成：{path}")
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise RuntimeError(f"收据 PDF 打不开：{path}")
    text = "".join(document.getAllText(p).text() for p in range(document.pageCount()))
    document.close()
    if run.receipt_no not in text:
        raise RuntimeError(f"收据 PDF 中没有收据号 {run.receipt_no}")
    document = QPdfDocument()
    document.load(str(path))
    if document.render(0, QSize(300, 600)).isNull():
        raise RuntimeError("收据 PDF 无法渲染")
    document.close()
    run.receipt_pdf = path
    return f"{path.name}，{path.stat().st_size} 字节，含收据号"


def hq_workbook(run: Run) -> str:
    from openpyxl import load_workbook

    from counter_app.hq import export
    from counter_app.hq.contract import DATA_SHEETS

    result = export.export_period(run.ctx, run.admin, run.work / "export")
    book = load_workbook(result.path, read_only=True)
    sheets = book.sheetnames
    book.close()
    missing = [name for name in DATA_SHEETS if name not in sheets]
    if missing:
        raise RuntimeError(f"工作簿缺少工作表：{'、'.join(missing)}")
    if not result.rows:
        raise RuntimeError("工作簿没有数据行")
    return f"{result.path.name}，{len(sheets)} 张表，{result.rows} 行"


def dashboard(run: Run) -> str:
    """The supervisor's dashboard: its page and QPainter charts draw in the build."""
    from counter_app.ui.dashboard_page import DashboardPage
    from counter_app.ui.page_contract import PageKit

    page = DashboardPage(
        PageKit(run.ctx, run.admin, show_pdf=lambda _path: None, printouts=lambda: run.work)
    )
    run.cleanup.append(page.deleteLater)
    page.resize(1000, 700)
    page.show()
    run.app.processEvents()
    if page.grab().isNull():
        raise RuntimeError("指标看板无法绘制")
    page.close()
    return "图表已绘制"


STEPS: tuple[tuple[str, Callable[[Run], str]], ...] = (
    ("Qt 运行环境", qt_runtime),
    ("临时数据库", temporary_store),
    ("营业厅和柜员", hall_and_clerk),
    ("业务向导受理", guided_business),
    ("欠费收费", payment),
    ("收据 PDF", receipt_pdf),
    ("总部工作簿", hq_workbook),
    ("指标看板", dashboard),
)


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts
    with tempfile.TemporaryDirectory(prefix="counter-self-test-") as folder:
        run = Run(Path(folder))
        try:
            return _run_steps(run)
        finally:
            if run.app is not None:
                run.app.closeAllWindows()
            for step in reversed(run.cleanup):
                step()
            if run.app is not None:
                run.app.processEvents()


def _run_steps(run: Run) -> int:
    total = len(STEPS)
    for number, (name, step) in enumerate(STEPS, 1):
        try:
            detail = step(run)
        except Exception as exc:
            print(f"自检 {number}/{total} {name}：失败", flush=True)
            traceback.print_exc()
            print(f"自检未通过：第 {number} 步“{name}”失败：{exc}", flush=True)
            return 1
        print(f"自检 {number}/{total} {name}：通过（{detail}）", flush=True)
    print(f"自检通过：{total} 步全部正常", flush=True)
    return 0
