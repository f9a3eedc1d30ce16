"""The data files' texts in English: shown translated, stored in Chinese."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWizard
from sqlalchemy import select
from support import type_text

from counter_app.services import counter_visit, queue
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Application, Complaint, Customer
from counter_app.ui.complaints_page import ComplaintDialog
from counter_app.ui.main_window import MainWindow
from counter_app.ui.page_contract import PageKit
from counter_app.ui.queue_page import QueuePage
from counter_app.ui.rating_window import RatingWindow
from counter_app.ui.wizard import BusinessWizard

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english(app_look, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The data catalogue compiled from translations/data_en.ts and installed."""
    qm = tmp_path / "data_en.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), str(ROOT / "translations" / "data_en.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def page_texts(wizard: BusinessWizard) -> list[str]:
    page = wizard.currentPage()
    return [label.text() for label in page.findChildren(QLabel)]


def next_page(qtbot, wizard: BusinessWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_catalogue_and_wizard_in_english_store_chinese(
    qtbot, english: None, window: MainWindow, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    window.show_area(window.catalogue)
    items = window.catalogue.ui.businessList
    texts = {
        items.item(r).data(Qt.ItemDataRole.UserRole): items.item(r).text()
        for r in range(items.count())
    }
    assert texts["lv_residential_new"].startswith("Low-voltage residential new connection")
    assert "New connection" in texts["lv_residential_new"]
    assert texts["transfer"].startswith("Change of account holder")
    assert "Service change" in texts["transfer"]
    for row in range(items.count()):
        if items.item(row).data(Qt.ItemDataRole.UserRole) == "lv_residential_new":
            items.setCurrentRow(row)
    detail = window.catalogue.ui.detailLabel.text()
    assert "Application accepted → Meter installation and connection" in detail
    assert "Applicant's valid ID" in detail
    qtbot.mouseClick(window.catalogue.ui.startButton, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    assert "Low-voltage residential new connection" in wizard.windowTitle()

    # Page 1: title, intro, labels, placeholder and choices in English.
    page = wizard.currentPage()
    assert page.title() == "Customer identity"
    assert page.subTitle().startswith("Ask the customer for a valid ID.")
    labels = page_texts(wizard)
    assert {"ID type", "ID no.", "Customer name", "Mobile number"} <= set(labels)
    assert page.findChild(QCheckBox, "field_is_proxy").text() == "Handled by an agent"
    assert page.findChild(QLineEdit, "field_mobile").placeholderText() == "11-digit mobile number"
    combo = page.findChild(QComboBox, "field_cert_type")
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert shown == [
        "Resident ID card",
        "Household register",
        "Police household registration certificate",
        "Residence permit for Hong Kong, Macao and Taiwan residents",
        "Mainland Travel Permit for Hong Kong and Macao Residents",
        "Mainland Travel Permit for Taiwan Residents",
        "Passport",
        "Foreign Permanent Resident ID Card",
        "Military officer ID",
    ]
    combo.setCurrentIndex(shown.index("Passport"))
    assert wizard.values["cert_type"] == "护照"
    type_text(qtbot, page.findChild(QLineEdit, "field_cert_no"), "E12345678")
    type_text(qtbot, page.findChild(QLineEdit, "field_name"), "张三丰")
    type_text(qtbot, page.findChild(QLineEdit, "field_mobile"), "13812341234")
    next_page(qtbot, wizard)

    # Page 2: the fixed category shows in English; the value kept is Chinese.
    page = wizard.currentPage()
    assert page.title() == "Supply address and capacity"
    assert "Requested capacity" in page_texts(wizard)
    assert page.findChild(QLineEdit, "field_usage").text() == "Residential"
    assert wizard.values["usage"] == "居民生活用电"
    type_text(qtbot, page.findChild(QLineEdit, "field_address"), "城关镇人民路100号3单元")
    type_text(qtbot, page.findChild(QLineEdit, "field_capacity_kw"), "8")
    next_page(qtbot, wizard)

    # Page 3: the checklist in English.
    page = wizard.currentPage()
    assert page.title() == "Documents"
    box = page.findChild(QCheckBox, "doc_applicant_id")
    assert box.text().startswith("Applicant's valid ID")
    box.setChecked(True)
    next_page(qtbot, wizard)

    # Page 4: the script translated, then filled in; the typed name stays as typed.
    page = wizard.currentPage()
    assert page.title() == "Inform and confirm"
    script = page.script.toPlainText()
    assert script.startswith(
        "Hello, your Low-voltage residential new connection application has been accepted."
    )
    assert (
        "within 5 working days (Application accepted → Meter installation and connection)" in script
    )
    assert "{" not in script and "年" not in script
    summary = page.summary.toPlainText()
    assert "Passport" in summary and "Residential" in summary and "张三丰" in summary

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    with ctx.read() as s:
        app = s.scalars(select(Application)).one()
        customer = s.get_one(Customer, app.customer_id)
    assert app.business_name == "低压居民新装"
    stored = app.details["values"]
    assert stored["cert_type"] == "护照" and stored["usage"] == "居民生活用电"
    assert customer.cert_type == "护照" and customer.cert_no == "E12345678"


def test_complaint_intake_lists_english_and_stores_chinese(
    qtbot, english: None, ctx: AppContext, clerk: UserInfo
) -> None:  # type: ignore[no-untyped-def]
    dialog = ComplaintDialog(ctx, clerk)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    channels = [ui.channelCombo.itemText(i) for i in range(ui.channelCombo.count())]
    assert channels == ["Counter", "Phone", "Website / app", "Letter", "Other"]
    ui.channelCombo.setCurrentIndex(1)
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findText("Processing time"))
    assert "12398 energy regulator hotline" in ui.deadlineLabel.text()
    type_text(qtbot, ui.contentEdit, "等了很久")
    type_text(qtbot, ui.nameEdit, "王五")
    type_text(qtbot, ui.phoneEdit, "13812341234")
    dialog.save()
    assert dialog.created is not None
    with ctx.read() as s:
        stored = s.scalars(select(Complaint)).one()
    assert (stored.channel, stored.category) == ("电话", "办电时限")


def test_rating_window_and_queue_in_english(
    qtbot, english: None, ctx: AppContext, clerk: UserInfo
) -> None:  # type: ignore[no-untyped-def]
    visit = queue.walk_in(ctx, clerk, "1", "A")
    page = QueuePage(PageKit(ctx, clerk, counter=lambda: "1", queue_categories=lambda: ["A"]))
    qtbot.addWidget(page)
    assert "New connection / service change" in page.ui.currentLabel.text()
    combo = page.ui.ticketCategoryCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "A New connection / service change",
        "B Bill payment",
        "C Enquiries / other",
    ]
    counter_visit.end_visit(ctx, clerk, visit.visit_id, "completed")
    window = RatingWindow(ctx, visit.visit_id)
    qtbot.addWidget(window)
    assert "New connection / service change" in window.ui.infoLabel.text()
    assert [getattr(window.ui, f"rate{v}Button").text() for v in (5, 4, 3, 2, 1)] == [
        "Very satisfied",
        "Satisfied",
        "Fairly satisfied",
        "Dissatisfied",
        "Very dissatisfied",
    ]
