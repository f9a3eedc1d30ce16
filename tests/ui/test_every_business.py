"""Every business definition walked through the real wizard, page by page, to acceptance."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from business_samples import (
    CREDIT_CODE_BAD_CHECK,
    OTHER_PERSON_ID,
    PERSON,
    click,
    count,
    editor,
    error_text,
    fill_page,
    hall_today,
    next_enabled,
    override_button,
    rules_message,
    sample_values,
    seed_account,
    seed_for,
    set_field,
    shot,
    walk_to_confirm,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import select
from support import pdf_text, type_text

from counter_app.domain import workflow as wf
from counter_app.services import applications
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import (
    Application,
    ApplicationEvent,
    ApplicationStep,
    Arrears,
    AuditEntry,
    Customer,
    Draft,
    Visit,
)
from counter_app.ui import supervisor_dialog
from counter_app.ui.main_window import MainWindow
from counter_app.ui.wizard import BusinessWizard, ConfirmPage, FieldsPage

ALL_CODES = [
    "billing_dispute",
    "capacity_increase",
    "capacity_reduction",
    "capacity_reduction_restore",
    "category_change",
    "close_account",
    "ev_charging_station",
    "ev_home_charger",
    "hv_new_dual",
    "hv_new_single",
    "lv_nonresidential_new",
    "lv_nonresidential_new_sanling",
    "lv_residential_new",
    "merge",
    "meter_relocation",
    "meter_test",
    "multi_person_household",
    "pv_business",
    "pv_household",
    "reconnection",
    "reinstallation",
    "relocation",
    "rename",
    "split",
    "suspension",
    "suspension_restore",
    "temporary_removal",
    "temporary_supply",
    "temporary_supply_extension",
    "tou_tariff",
    "transfer",
    "transformer_swap",
    "transformer_swap_restore",
    "voltage_change",
]


# Businesses with a date field on their second page.


def business_params() -> list[object]:
    return list(ALL_CODES)


def test_the_list_covers_every_shipped_definition(ctx: AppContext) -> None:
    assert sorted(ctx.workflows) == ALL_CODES


def start(qtbot, window: MainWindow, code: str) -> BusinessWizard:  # type: ignore[no-untyped-def]
    wizard = window.start_business(code)
    assert wizard is window.wizard and wizard.isVisible()
    assert wizard.currentId() == 0
    return wizard


def accepted_application(ctx: AppContext) -> Application:
    with ctx.read() as s:
        return s.scalars(select(Application)).one()


@pytest.mark.parametrize("code", business_params())
def test_every_business_through_the_real_wizard(
    qtbot, window: MainWindow, ctx: AppContext, shown_pdfs: list[Path], code: str
) -> None:  # type: ignore[no-untyped-def]
    walk_and_check(qtbot, window, ctx, shown_pdfs, code)


def walk_and_check(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: AppContext, shown_pdfs: list[Path], code: str
) -> None:
    defn = ctx.workflows[code]
    values = sample_values(code, hall_today(ctx))
    seeded = seed_for(ctx, code, values)
    customers_before = count(ctx, Customer)

    wizard = start(qtbot, window, code)
    walk_to_confirm(qtbot, wizard, values)

    # The confirm page: the clerk's words and the summary, nothing written yet.
    page = wizard.currentPage()
    assert isinstance(page, ConfirmPage)
    assert defn.name in page.script.toPlainText()
    assert "{" not in page.script.toPlainText()
    assert values["name"] in page.summary.toPlainText()
    assert count(ctx, Application) == 0 and count(ctx, Visit) == 0
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert page.message.text() == ""

    app = accepted_application(ctx)
    with ctx.read() as s:
        steps = s.scalars(
            select(ApplicationStep)
            .where(ApplicationStep.application_id == app.id)
            .order_by(ApplicationStep.seq)
        ).all()
        visit = s.get_one(Visit, app.visit_id)
        customer = s.get_one(Customer, app.customer_id)
        events = s.scalars(
            select(ApplicationEvent).where(ApplicationEvent.application_id == app.id)
        ).all()
        audit = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "application.accept",
                AuditEntry.entity_id == app.application_no,
            )
        ).one()
    assert app.business_code == code and app.business_name == defn.name
    assert app.status == "in_progress"
    assert [(st.code, st.name, st.limit_days) for st in steps] == [
        (st.code, st.name, st.limit_days) for st in defn.steps
    ]
    assert steps[0].completed_at is not None
    assert all(st.completed_at is None for st in steps[1:])
    assert app.current_step == (defn.steps[1].code if len(defn.steps) > 1 else defn.steps[0].code)
    assert app.promised_date == wf.promised_date(
        defn, hall_today(ctx), ctx.calendar, app.details["values"]
    )
    assert [e.kind for e in events] == ["accepted"]
    assert visit.business_code == code and visit.outcome == "completed"
    assert visit.customer_id == customer.id
    assert audit.detail["business"] == code
    stored = app.details["values"]
    for key, value in values.items():
        f = defn.field(key)
        if wf.is_visible(f, values):
            assert str(stored[key]) == str(value), key
    required = {d.code for d in wf.applicable_documents(defn, values) if d.required}
    assert required <= set(app.details["documents_received"])

    if seeded is None:
        # A new connection: a new customer, no account until the connection is made.
        assert app.account_id is None
        assert count(ctx, Customer) == customers_before + 1
        assert customer.cert_no == values["cert_no"] and customer.name == values["name"]
    else:
        # A change: the seeded account and its holder, no new customer.
        account_id, holder_id = seeded
        assert app.account_id == account_id and app.customer_id == holder_id
        assert count(ctx, Customer) == customers_before

    # The slip went to the preview, with the application number on it.
    assert len(shown_pdfs) == 1
    assert shown_pdfs[0].name == f"受理回执_{app.application_no}.pdf"
    text = pdf_text(shown_pdfs[0])
    assert app.application_no in text
    assert defn.name in text
    assert values["cert_no"] not in text  # masked on paper
    assert window.today.numbers == [app.application_no]


def test_change_slip_has_its_account_row(
    qtbot, window: MainWindow, ctx: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    code = "meter_relocation"
    values = sample_values(code, hall_today(ctx))
    seed_for(ctx, code, values)
    wizard = start(qtbot, window, code)
    walk_to_confirm(qtbot, wizard, values)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    number = accepted_application(ctx).application_no
    assert applications.acceptance_slip(ctx, number).account_no == values["account_no"]
    lines = pdf_text(shown_pdfs[0]).splitlines()
    # The table cell follows its label in the extracted text.
    assert f"户号\n{values['account_no']}" in "\n".join(lines), lines


# -- eligibility in the wizard --------------------------------------------------------


def test_rename_with_open_arrears_stays_on_the_first_page(
    qtbot, window: MainWindow, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    values = sample_values("rename", hall_today(ctx))
    account_id, _holder = seed_account(ctx, values)
    now = ctx.clock()
    with ctx.write() as s:
        s.add(
            Arrears(
                account_id=account_id,
                bill_month=f"{hall_today(ctx) - timedelta(days=40):%Y%m}",
                amount_due=Decimal("100.00"),
                amount_paid=Decimal("0"),
                due_date=hall_today(ctx) - timedelta(days=10),
                updated_at=now,
            )
        )
    before = [count(ctx, m) for m in (Application, Visit, Customer, AuditEntry, Draft)]

    wizard = start(qtbot, window, "rename")
    fill_page(qtbot, wizard, values)
    assert next_enabled(wizard)  # every field is fine; the rule speaks on Next
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == 0
    message = rules_message(wizard)
    assert "欠费" in message and "100.00" in message and values["account_no"] in message
    assert "更名" in message
    assert [count(ctx, m) for m in (Application, Visit, Customer, AuditEntry, Draft)] == before

    # Paid: the same page goes on.
    with ctx.write() as s:
        s.scalars(select(Arrears)).one().amount_paid = Decimal("100.00")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 1


def test_unknown_account_is_named_on_the_first_page(
    qtbot, window: MainWindow, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    values = sample_values("meter_relocation", hall_today(ctx))
    wizard = start(qtbot, window, "meter_relocation")
    fill_page(qtbot, wizard, values)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == 0
    assert "不存在" in rules_message(wizard) and values["account_no"] in rules_message(wizard)


def test_suspension_needs_five_working_days_notice_on_the_dates_page(
    qtbot, window: MainWindow, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    today = hall_today(ctx)
    values = sample_values("suspension", today)
    seed_account(ctx, values)
    wizard = start(qtbot, window, "suspension")
    fill_page(qtbot, wizard, values)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    shot(wizard, "wizard-3-suspension-page-one")
    assert wizard.currentId() == 1, rules_message(wizard)

    earliest = ctx.calendar.add_working_days(today, 5)
    early = earliest - timedelta(days=1)
    fill_page(
        qtbot,
        wizard,
        {
            **values,
            "start_date": early.isoformat(),
            "end_date": (early + timedelta(days=30)).isoformat(),
        },
    )
    assert next_enabled(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    shot(wizard, "wizard-3-suspension-dates-refused")
    assert wizard.currentId() == 1
    message = rules_message(wizard)
    assert "提前5个工作日" in message
    assert f"{earliest.year}年{earliest.month}月{earliest.day}日" in message

    # Exactly five working days ahead is enough.
    fill_page(
        qtbot,
        wizard,
        {
            **values,
            "start_date": earliest.isoformat(),
            "end_date": (earliest + timedelta(days=30)).isoformat(),
        },
    )
    assert rules_message(wizard) == ""
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 2


def test_end_before_start_is_said_once(qtbot, window: MainWindow, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    values = sample_values("suspension", hall_today(ctx))
    seed_account(ctx, values)
    wizard = start(qtbot, window, "suspension")
    fill_page(qtbot, wizard, values)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    before = date.fromisoformat(values["start_date"]) - timedelta(days=1)
    fill_page(qtbot, wizard, {**values, "end_date": before.isoformat()})
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 1
    assert rules_message(wizard) == "末日不能早于首日"


def test_someone_other_than_the_holder_is_refused_at_finish(
    qtbot, window: MainWindow, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    code = "meter_relocation"
    values = sample_values(code, hall_today(ctx))
    seed_for(ctx, code, values)
    stranger = {**values, "cert_no": OTHER_PERSON_ID, "name": "赵六"}
    before = [count(ctx, m) for m in (Application, Visit, Customer, AuditEntry)]
    wizard = start(qtbot, window, code)
    # Only the last page finds out (the wizard's page checks do not compare the holder).
    walk_to_confirm(qtbot, wizard, stranger)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, ConfirmPage) and wizard.isVisible()
    assert "户主不一致" in page.message.text() and values["account_no"] in page.message.text()
    assert [count(ctx, m) for m in (Application, Visit, Customer, AuditEntry)] == before


# -- a supervisor accepts a legal code that fails its check character -----------------


def test_supervisor_override_of_the_credit_code_check(
    qtbot,
    window: MainWindow,
    ctx: AppContext,
    supervisor: UserInfo,
    shown_pdfs: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    code = "hv_new_single"
    values = {**sample_values(code, hall_today(ctx)), "cert_no": CREDIT_CODE_BAD_CHECK}
    asked: list[str] = []

    def approve(_ctx: AppContext, purpose: str, _parent: object) -> UserInfo:
        asked.append(purpose)
        return supervisor

    monkeypatch.setattr(supervisor_dialog, "ask_supervisor", approve)
    wizard = start(qtbot, window, code)
    button = override_button(wizard, "cert_no")
    assert not button.isVisibleTo(wizard)
    fill_page(qtbot, wizard, values)
    shot(wizard, "wizard-2-hv-new-single-override")
    assert button.isVisibleTo(wizard)
    assert not next_enabled(wizard)
    assert "校验位" in error_text(wizard, "cert_no")

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked and CREDIT_CODE_BAD_CHECK in asked[0]
    assert not button.isVisibleTo(wizard)
    assert error_text(wizard, "cert_no") == ""
    assert next_enabled(wizard)

    # The approval holds for the exact code only.
    cert = editor(wizard, "cert_no")
    cert.backspace()
    type_text(qtbot, cert, "5")
    assert button.isVisibleTo(wizard) and not next_enabled(wizard)
    cert.backspace()
    type_text(qtbot, cert, "4")
    assert not button.isVisibleTo(wizard) and next_enabled(wizard)

    walk_to_confirm(qtbot, wizard, values)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())

    app = accepted_application(ctx)
    with ctx.read() as s:
        customer = s.get_one(Customer, app.customer_id)
        audit = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "application.accept",
                AuditEntry.entity_id == app.application_no,
            )
        ).one()
    assert customer.cert_no == CREDIT_CODE_BAD_CHECK
    assert app.details["cert_no__override_by"] == supervisor.username
    assert app.details["values"]["cert_no__override"] == CREDIT_CODE_BAD_CHECK
    assert audit.detail["cert_no__override_by"] == supervisor.username
    assert len(shown_pdfs) == 1


def test_refused_supervisor_leaves_next_disabled(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(supervisor_dialog, "ask_supervisor", lambda *_args: None)
    values = {**sample_values("rename", hall_today(ctx)), "cert_no": CREDIT_CODE_BAD_CHECK}
    wizard = start(qtbot, window, "rename")
    fill_page(qtbot, wizard, values)
    button = override_button(wizard, "cert_no")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isVisibleTo(wizard) and not next_enabled(wizard)
    assert wf.override_key(ctx.workflows["rename"].field("cert_no")) not in wizard.values


@pytest.mark.parametrize("code", ["rename", "hv_new_single"])
def test_no_supervisor_button_for_a_valid_resident_id(
    qtbot, window: MainWindow, ctx: AppContext, code: str
) -> None:  # type: ignore[no-untyped-def]
    values = {**sample_values(code, hall_today(ctx)), **PERSON}
    wizard = start(qtbot, window, code)
    fill_page(qtbot, wizard, values)
    assert error_text(wizard, "cert_no") == "" and next_enabled(wizard)
    assert not override_button(wizard, "cert_no").isVisibleTo(wizard)


# -- screenshots of first pages (saved only when BIZ_SHOTS names a folder) -------------


def test_first_pages_show_the_company_identity_fields(
    qtbot, window: MainWindow, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    for code, name in (("rename", "wizard-1-rename-company"), ("hv_new_single", "wizard-2-hv")):
        values = sample_values(code, hall_today(ctx))
        wizard = start(qtbot, window, code)
        fill_page(qtbot, wizard, values)
        page = wizard.currentPage()
        assert isinstance(page, FieldsPage)
        for key in ("legal_rep_name", "legal_rep_cert_no", "proxy_name", "proxy_cert_no"):
            assert editor(wizard, key).isVisibleTo(wizard), key
        assert not override_button(wizard, "cert_no").isVisibleTo(wizard)
        assert next_enabled(wizard)
        shot(wizard, name)
        set_field(qtbot, wizard, wizard.defn.field("cert_type"), "居民身份证")
        assert not editor(wizard, "legal_rep_name").isVisibleTo(wizard)
        wizard.reject()
