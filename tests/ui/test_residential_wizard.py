"""A clerk walks a residential new connection through the real wizard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWizard
from sqlalchemy import func, select
from support import pdf_text, type_text

from counter_app.services.context import AppContext
from counter_app.store.models import Application, ApplicationStep, AuditEntry, Customer, Visit
from counter_app.ui.main_window import MainWindow
from counter_app.ui.wizard import BusinessWizard

VALID_ID = "11010519491231002X"
WRONG_CHECK_ID = "110105194912310021"


def field(wizard: BusinessWizard, key: str) -> QLineEdit:
    return wizard.currentPage().findChild(QLineEdit, f"field_{key}")


def error_text(wizard: BusinessWizard, key: str) -> str:
    return wizard.currentPage().findChild(QLabel, f"error_{key}").text()


def next_enabled(wizard: BusinessWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def click(qtbot, wizard: BusinessWizard, which: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def count(ctx: AppContext, model: type) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def open_wizard(qtbot, window: MainWindow) -> BusinessWizard:  # type: ignore[no-untyped-def]
    window.show_area(window.catalogue)
    assert window.ui.pages.currentWidget() is window.catalogue
    items = window.catalogue.ui.businessList
    for row in range(items.count()):
        if items.item(row).data(Qt.ItemDataRole.UserRole) == "lv_residential_new":
            items.setCurrentRow(row)
    qtbot.mouseClick(window.catalogue.ui.startButton, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    return wizard


def test_residential_connection_end_to_end(
    qtbot, window: MainWindow, ctx: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    audit_before = count(ctx, AuditEntry)
    wizard = open_wizard(qtbot, window)

    # Page 1: a wrong check digit is marked on the field and Next stays disabled.
    type_text(qtbot, field(wizard, "cert_no"), WRONG_CHECK_ID)
    type_text(qtbot, field(wizard, "name"), "张三丰")
    type_text(qtbot, field(wizard, "mobile"), "13812341234")
    assert not next_enabled(wizard)
    assert "校验位" in error_text(wizard, "cert_no")
    field(wizard, "cert_no").clear()
    type_text(qtbot, field(wizard, "cert_no"), VALID_ID)
    assert error_text(wizard, "cert_no") == ""
    assert next_enabled(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    # Page 2: address and capacity, checked the same way.
    assert not next_enabled(wizard)
    type_text(qtbot, field(wizard, "address"), "城关镇人民路100号3单元")
    type_text(qtbot, field(wizard, "capacity_kw"), "500")
    assert not next_enabled(wizard)
    assert "不能大于" in error_text(wizard, "capacity_kw")
    field(wizard, "capacity_kw").clear()
    type_text(qtbot, field(wizard, "capacity_kw"), "8")
    assert next_enabled(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    # Page 3: one ID card is enough (一证办电); Next waits for the tick.
    boxes = {b.objectName() for b in wizard.currentPage().findChildren(QCheckBox)}
    assert boxes == {"doc_applicant_id"}
    assert not next_enabled(wizard)
    wizard.currentPage().findChild(QCheckBox, "doc_applicant_id").setChecked(True)
    assert next_enabled(wizard)

    # Back keeps everything that was typed.
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert field(wizard, "address").text() == "城关镇人民路100号3单元"
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert field(wizard, "cert_no").text() == VALID_ID
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage().findChild(QCheckBox, "doc_applicant_id").isChecked()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    # Page 4: the words for the customer carry the promised date. Nothing written yet.
    script = wizard.currentPage().script.toPlainText()
    assert "5个工作日" in script and "年" in script
    assert count(ctx, Application) == 0 and count(ctx, Visit) == 0
    assert count(ctx, AuditEntry) == audit_before

    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())

    with ctx.read() as s:
        app = s.scalars(select(Application)).one()
        customer = s.get_one(Customer, app.customer_id)
        visit = s.get_one(Visit, app.visit_id)
        steps = s.scalars(select(ApplicationStep).order_by(ApplicationStep.seq)).all()
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "application.accept")).one()
    assert app.application_no.startswith("330101-")
    assert app.business_code == "lv_residential_new" and app.status == "in_progress"
    assert app.capacity_kw is not None and str(app.capacity_kw) == "8.00"
    assert customer.cert_no == VALID_ID and customer.name == "张三丰"
    assert customer.mobile == "13812341234"
    assert visit.outcome == "completed" and visit.counter == "1"
    assert visit.started_at <= visit.ended_at
    assert [st.name for st in steps] == ["受理申请", "装表接电"]
    assert steps[-1].due_date == app.promised_date
    assert audit.entity_id == app.application_no
    assert "张三丰" not in str(audit.detail)  # audit detail keeps the name masked

    # The slip went to the preview and was kept in the printouts folder.
    assert len(shown_pdfs) == 1
    pdf = shown_pdfs[0]
    assert pdf.exists() and pdf.parent == window.printouts()
    text = pdf_text(pdf)
    assert app.application_no in text
    assert "张**" in text and "张三丰" not in text
    assert "110105********002X" in text and VALID_ID not in text

    # Today's page lists it.
    assert window.today.numbers == [app.application_no]


def test_proxy_needs_their_id_and_authorisation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, window)
    type_text(qtbot, field(wizard, "cert_no"), VALID_ID)
    type_text(qtbot, field(wizard, "name"), "李四")
    type_text(qtbot, field(wizard, "mobile"), "+86 139 1234 5678")
    assert next_enabled(wizard)
    proxy = wizard.currentPage().findChild(QCheckBox, "field_is_proxy")
    proxy.setChecked(True)
    # The proxy's own name and ID appear and are required.
    assert field(wizard, "proxy_name").isVisibleTo(wizard)
    assert not next_enabled(wizard)
    type_text(qtbot, field(wizard, "proxy_name"), "王五")
    type_text(qtbot, field(wizard, "proxy_cert_no"), "330102198506120036")
    assert next_enabled(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    type_text(qtbot, field(wizard, "address"), "城关镇幸福村5组12号")
    type_text(qtbot, field(wizard, "capacity_kw"), "4")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    boxes = {b.objectName() for b in wizard.currentPage().findChildren(QCheckBox)}
    assert boxes == {"doc_applicant_id", "doc_proxy_id", "doc_authorisation"}
    wizard.currentPage().findChild(QCheckBox, "doc_applicant_id").setChecked(True)
    assert not next_enabled(wizard)
    assert "授权委托书" in wizard.currentPage().message.text()


def test_cancel_writes_nothing(qtbot, window: MainWindow, ctx: AppContext, leave_answers) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, window)
    type_text(qtbot, field(wizard, "cert_no"), VALID_ID)
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert leave_answers.asked == 1  # 放弃本次办理？ answered 放弃
    assert not wizard.isVisible()
    assert count(ctx, Application) == 0 and count(ctx, Customer) == 0


def _walk_to_the_end(qtbot, wizard: BusinessWizard, name: str) -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, field(wizard, "cert_no"), VALID_ID)
    type_text(qtbot, field(wizard, "name"), name)
    type_text(qtbot, field(wizard, "mobile"), "13812341234")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    type_text(qtbot, field(wizard, "address"), "城关镇人民路100号3单元")
    type_text(qtbot, field(wizard, "capacity_kw"), "8")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.currentPage().findChild(QCheckBox, "doc_applicant_id").setChecked(True)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def test_a_known_id_with_another_name_is_shown_on_the_first_page(
    qtbot, window: MainWindow, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, window)
    _walk_to_the_end(qtbot, wizard, "张三丰")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())

    wizard = open_wizard(qtbot, window)
    type_text(qtbot, field(wizard, "cert_no"), VALID_ID)
    type_text(qtbot, field(wizard, "name"), "张三峰")  # a typing error, or a new name
    type_text(qtbot, field(wizard, "mobile"), "13812341234")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    rules = wizard.currentPage().rules_message.text()
    assert "已登记在“张**”名下" in rules and "更名" in rules
    assert wizard.currentPage().findChild(QLineEdit, "field_name") is not None  # still page 1
    with ctx.read() as s:
        assert s.scalars(select(Customer.name)).all() == ["张三丰"]


def test_a_second_open_application_asks_for_a_reason(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from counter_app.ui import wizard as wizard_module

    wizard = open_wizard(qtbot, window)
    _walk_to_the_end(qtbot, wizard, "张三丰")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())

    asked: list[str] = []
    answers = iter([None, "原申请资料有误，重新提交"])

    def answer(_parent: object, message: str) -> str | None:
        asked.append(message)
        return next(answers)

    monkeypatch.setattr(wizard_module, "ask_duplicate_reason", answer)
    wizard = open_wizard(qtbot, window)
    _walk_to_the_end(qtbot, wizard, "张三丰")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)  # no reason given: not accepted
    assert wizard.isVisible() and count(ctx, Application) == 1
    assert "未办结的同类申请" in wizard.currentPage().message.text()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)  # with a reason: accepted
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert len(asked) == 2 and "填写原因" in asked[0]
    with ctx.read() as s:
        second = s.scalars(select(Application).order_by(Application.id.desc())).first()
    assert second is not None and second.details["duplicate_reason"] == "原申请资料有误，重新提交"
