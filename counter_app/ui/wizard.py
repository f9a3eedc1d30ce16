"""The guided business wizard, built page by page from a workflow definition."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from counter_app.domain import workflow as wf
from counter_app.domain.clock import local_date
from counter_app.services import applications, drafts
from counter_app.services.applications import AcceptedApplication
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.drafts import SavedDraft
from counter_app.ui import shortcuts as keys
from counter_app.ui import supervisor_dialog, wizard_leave
from counter_app.ui.customer_feed import BusinessShown, ShownDocument
from counter_app.ui.day_text import day_text
from counter_app.ui.help_overlay import HelpOverlay
from counter_app.ui.i18n import tr_data, tr_message
from counter_app.ui.refusals import refusal_shown


class BusinessWizard(QWizard):
    """One page per definition page; values live here so Back never loses anything."""

    draft_saved = Signal(int)
    customer_view = Signal(object)  # a customer_feed.BusinessShown, for the customer screen

    def __init__(
        self,
        ctx: AppContext,
        clerk: UserInfo,
        counter: str,
        defn: wf.WorkflowDefinition,
        parent: QWidget | None = None,
        draft: SavedDraft | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.clerk, self.counter, self.defn = ctx, clerk, counter, defn
        self.started_at: datetime = ctx.clock()
        self.values: dict[str, Any] = {f.key: f.default for f in defn.fields}
        for f in defn.fields:
            if f.kind == "bool":
                self.values[f.key] = bool(f.default)
        self.received: set[str] = set()
        self.draft_id: int | None = None
        if draft is not None:
            self.values.update(draft.values)
            self.received = set(draft.received)
            self.draft_id = draft.id
        self.result_application: AcceptedApplication | None = None
        self.promised: date | None = None  # once the confirm page has worked it out
        # Where the business's visit comes from: the queue's current visit, if any.
        self.visit_source: Callable[[], int | None] = lambda: None
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("保存草稿(&S)"))
        self.customButtonClicked.connect(self._custom_button)
        self.setWindowTitle(self.tr("业务办理 - {0}").format(tr_data(defn.name)))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("确认受理(&F)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.resize(880, 700)
        # Enter is Next (QWizard's default button) once a page is complete; each page
        # starts in the field that still needs typing; F1 lists the keys.
        self.currentIdChanged.connect(lambda _id: self.focus_page())
        self.currentIdChanged.connect(lambda _id: self.show_customer())
        self.help_overlay: HelpOverlay | None = None
        keys.bind(self, "help", self.toggle_help)
        for which, action in (
            (QWizard.WizardButton.NextButton, "wizard_next"),
            (QWizard.WizardButton.BackButton, "wizard_back"),
            (QWizard.WizardButton.CustomButton1, "wizard_draft"),
            (QWizard.WizardButton.CancelButton, "wizard_cancel"),
        ):
            self.button(which).setToolTip(keys.tooltip(action))
        for page in defn.pages:
            if page.kind == "fields":
                self.addPage(FieldsPage(self, page))
            elif page.kind == "documents":
                self.addPage(DocumentsPage(self, page))
            else:
                self.addPage(ConfirmPage(self, page))
        # What the business started with (a draft's values, the date fields' today):
        # closing with nothing more entered asks nothing.
        self.started_with = (_entered(self.values), set(self.received))
        self.leaving = False

    def focus_page(self) -> None:
        page = self.currentPage()
        if isinstance(page, FieldsPage | DocumentsPage | ConfirmPage):
            page.focus_first()

    def toggle_help(self) -> HelpOverlay | None:
        if self.help_overlay is not None:
            self.help_overlay.close_overlay()
            self.help_overlay = None
            return None
        self.help_overlay = HelpOverlay(self, ["wizard"])
        self.help_overlay.destroyed.connect(lambda: setattr(self, "help_overlay", None))
        return self.help_overlay

    def show_customer(self) -> None:
        """The checklist as ticked now, the promised date once on the confirm page, and the
        application's number once accepted: what the customer screen shows."""
        accepted = self.result_application
        on_confirm = isinstance(self.currentPage(), ConfirmPage)
        self.customer_view.emit(
            BusinessShown(
                self.defn.name,
                tuple(
                    ShownDocument(d.name, d.required, d.code in self.received)
                    for d in wf.applicable_documents(self.defn, self.values)
                ),
                accepted.promised_date if accepted else self.promised if on_confirm else None,
                accepted.application_no if accepted else "",
            )
        )

    def set_value(self, key: str, value: Any) -> None:
        self.values[key] = value

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.save_draft()

    def save_draft(self) -> int:
        """Keep everything typed so far and close; any clerk can resume it later."""
        self.draft_id = drafts.save_draft(
            self.ctx,
            self.clerk,
            self.defn.code,
            dict(self.values),
            tuple(sorted(self.received)),
            max(0, self.currentId()),
            self.draft_id,
        )
        self.draft_saved.emit(self.draft_id)
        self.leaving = True
        self.reject()
        return self.draft_id

    def entered(self) -> bool:
        return (_entered(self.values), self.received) != self.started_with

    def reject(self) -> None:
        """Esc, 取消 and the close button: what was entered is kept as a draft, thrown
        away, or the clerk goes on; nothing entered closes at once."""
        if not self.leaving and self.entered():
            answer = wizard_leave.ask_leave(self)
            if answer == wizard_leave.STAY:
                return
            if answer == wizard_leave.DRAFT:
                with refusal_shown(self, self.tr("草稿未保存")):
                    self.save_draft()
                return  # saved and closed, or refused and still open
        self.leaving = True
        super().reject()

    def resume_at(self, page: int) -> None:
        """Step forward to where a draft was saved; stops early at a page that is not complete."""
        while self.currentId() < page and self.currentPage().isComplete():
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break


def _entered(values: dict[str, Any]) -> dict[str, Any]:
    """The values that say something: an emptied field is the same as an untouched one."""
    return {k: v for k, v in values.items() if v not in (None, "")}


def _editor(f: wf.Field, value: Any, today: date) -> QWidget:
    if f.kind == "date":
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        day = QDate.fromString(str(value or ""), Qt.DateFormat.ISODate)
        # The hall's day, not the PC's: a date field starts at today in hall time.
        edit.setDate(day if day.isValid() else QDate(today.year, today.month, today.day))
        return edit
    if f.kind == "bool":
        box = QCheckBox(tr_data(f.label))
        box.setChecked(bool(value))
        return box
    if f.kind == "choice" and f.readonly:
        fixed = QLineEdit(tr_data(str(value if value is not None else f.choices[0])))
        fixed.setReadOnly(True)
        fixed.setProperty("fixed", True)
        return fixed
    if f.kind == "choice":
        combo = QComboBox()
        # Shown in the UI's language; the Chinese choice is the item's data and what is stored.
        for choice in f.choices:
            combo.addItem(tr_data(choice), choice)
        if value in f.choices:
            combo.setCurrentIndex(combo.findData(value))
        combo.setEnabled(not f.readonly)
        return combo
    edit = QLineEdit("" if value is None else str(value))
    edit.setPlaceholderText(tr_data(f.placeholder))
    edit.setReadOnly(f.readonly)
    return edit


class FieldsPage(QWizardPage):
    """Fields with their checks; each problem shows under its field and keeps Next disabled."""

    def __init__(self, wizard: BusinessWizard, page: wf.Page) -> None:
        super().__init__()
        self.wiz, self.page = wizard, page
        self.setTitle(tr_data(page.title))
        self.setSubTitle(tr_data(page.intro))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, tuple[QLabel | None, QWidget]] = {}
        self.touched: set[str] = set()
        self.override_buttons: dict[str, QPushButton] = {}
        for f in page.fields:
            editor = _editor(f, wizard.values.get(f.key), local_date(wizard.ctx.clock()))
            editor.setObjectName(f"field_{f.key}")
            self.editors[f.key] = editor
            error = QLabel()
            error.setProperty("role", "fieldError")
            error.setObjectName(f"error_{f.key}")
            error.setWordWrap(True)
            self.errors[f.key] = error
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            line = QHBoxLayout()
            line.addWidget(editor, 1)
            if f.unit:
                line.addWidget(QLabel(tr_data(f.unit)))
            column.addLayout(line)
            if f.override:
                approve = QPushButton(self.tr("值班长授权…"))
                approve.setObjectName(f"override_{f.key}")
                approve.clicked.connect(lambda _on=False, field=f: self._override(field))
                line.addWidget(approve)
                self.override_buttons[f.key] = approve
            if f.hint:
                hint = QLabel(tr_data(f.hint))
                hint.setWordWrap(True)
                column.addWidget(hint)
            column.addWidget(error)
            if f.kind == "bool":
                form.addRow(cell)
                self.rows[f.key] = (None, cell)
            else:
                label = QLabel(
                    tr_data(f.label)
                    if f.required
                    else self.tr("{0}（选填）").format(tr_data(f.label))
                )
                label.setBuddy(editor)
                form.addRow(label, cell)
                self.rows[f.key] = (label, cell)
            self._connect(f, editor)
            if isinstance(editor, QDateEdit):
                wizard.values[f.key] = editor.date().toString(Qt.DateFormat.ISODate)
        self.rules_message = QLabel()
        self.rules_message.setObjectName("rulesMessage")
        self.rules_message.setProperty("role", "fieldError")
        self.rules_message.setWordWrap(True)
        form.addRow(self.rules_message)
        self.refresh()

    def _override(self, f: wf.Field) -> None:
        text = str(self.wiz.values.get(f.key) or "").strip().upper()
        supervisor = supervisor_dialog.ask_supervisor(
            self.wiz.ctx,
            self.tr(
                "统一社会信用代码 {0} 的校验位不符。早期部分代码合法但不符合校验规则，"
                "请值班长核对营业执照原件后授权受理。"
            ).format(text),
            self,
        )
        if supervisor is None:
            return
        self.wiz.values[wf.override_key(f)] = text
        self.wiz.values[f"{f.key}__override_by"] = supervisor.username
        self.refresh()

    def validatePage(self) -> bool:
        # Eligibility (arrears, account status, notice and period limits) as far as known.
        pages = self.wiz.defn.pages
        seen = pages[: pages.index(self.page) + 1]
        known = {f.key for p in seen for f in p.fields}
        reasons = applications.eligibility_problems(
            self.wiz.ctx, self.wiz.defn.code, self.wiz.values, known
        )
        self.rules_message.setText(self.tr("；").join(tr_message(r) for r in reasons))
        return not reasons

    def _connect(self, f: wf.Field, editor: QWidget) -> None:
        def changed(value: Any, key: str = f.key) -> None:
            self.touched.add(key)
            self.wiz.set_value(key, value)
            self.refresh()

        if isinstance(editor, QDateEdit):
            editor.dateChanged.connect(lambda day: changed(day.toString(Qt.DateFormat.ISODate)))
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(changed)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(
                lambda i, box=editor: changed(box.itemData(i) if i >= 0 else "")
            )
        elif isinstance(editor, QLineEdit):
            editor.textChanged.connect(changed)

    def problems(self) -> dict[str, str]:
        return wf.page_problems(self.page, self.wiz.values)

    def refresh(self) -> None:
        problems = self.problems()
        for f in self.page.fields:
            visible = wf.is_visible(f, self.wiz.values)
            label, cell = self.rows[f.key]
            cell.setVisible(visible)
            if label is not None:
                label.setVisible(visible)
            # Only speak up about a field the clerk has already typed into.
            message = tr_message(problems.get(f.key, "")) if f.key in self.touched else ""
            self.errors[f.key].setText(message)
            self.errors[f.key].setVisible(bool(message))
            if f.key in self.override_buttons:
                self.override_buttons[f.key].setVisible(wf.needs_override(f, self.wiz.values))
            editor = self.editors[f.key]
            editor.setProperty("invalid", bool(message))
            editor.style().unpolish(editor)
            editor.style().polish(editor)
        self.rules_message.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problems()

    def focus_first(self) -> None:
        """The first field still to be filled in (else the first field), its text selected."""
        problems = self.problems()
        open_fields = [
            f
            for f in self.page.fields
            if wf.is_visible(f, self.wiz.values)
            and self.editors[f.key].isEnabled()
            and not (isinstance(self.editors[f.key], QLineEdit) and f.readonly)
        ]
        if not open_fields:
            return
        target = next((f for f in open_fields if f.key in problems), open_fields[0])
        editor = self.editors[target.key]
        editor.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(editor, QLineEdit):
            editor.selectAll()


class DocumentsPage(QWizardPage):
    """The checklist for what the customer's answers require; ticks survive Back and Next."""

    def __init__(self, wizard: BusinessWizard, page: wf.Page) -> None:
        super().__init__()
        self.wiz, self.page = wizard, page
        self.setTitle(tr_data(page.title))
        self.setSubTitle(tr_data(page.intro))
        self.column = QVBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        self.message = QLabel()
        self.message.setObjectName("documentsMessage")
        self.message.setProperty("role", "fieldError")
        self.message.setWordWrap(True)

    def initializePage(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.message:
                widget.deleteLater()
        self.boxes = {}
        for doc in wf.applicable_documents(self.wiz.defn, self.wiz.values):
            tag = self.tr("必备") if doc.required else self.tr("可选")
            text = self.tr("{0}（{1}）").format(tr_data(doc.name), tag)
            text += f" — {tr_data(doc.note)}" if doc.note else ""
            box = QCheckBox(text)
            box.setObjectName(f"doc_{doc.code}")
            box.setChecked(doc.code in self.wiz.received)
            box.toggled.connect(lambda on, code=doc.code: self._tick(code, on))
            self.boxes[doc.code] = box
            self.column.addWidget(box)
        self.column.addWidget(self.message)
        self.column.addStretch(1)
        self._refresh()

    def _tick(self, code: str, on: bool) -> None:
        if on:
            self.wiz.received.add(code)
        else:
            self.wiz.received.discard(code)
        self._refresh()
        self.wiz.show_customer()

    def missing(self) -> tuple[wf.Document, ...]:
        return wf.missing_documents(self.wiz.defn, self.wiz.values, self.wiz.received)

    def _refresh(self) -> None:
        missing = self.missing()
        self.message.setText(
            self.tr("尚未收到：{0}").format(self.tr("、").join(tr_data(d.name) for d in missing))
            if missing
            else ""
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.missing()

    def focus_first(self) -> None:
        """The first document not yet ticked: Space ticks it, Tab moves on."""
        boxes = list(self.boxes.values())
        target = next((b for b in boxes if not b.isChecked()), boxes[0] if boxes else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)


class ConfirmPage(QWizardPage):
    """What the clerk tells the customer, a summary, and the one commit of the whole business."""

    def __init__(self, wizard: BusinessWizard, page: wf.Page) -> None:
        super().__init__()
        self.wiz, self.page = wizard, page
        self.setTitle(tr_data(page.title))
        self.setSubTitle(tr_data(page.intro))
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("请向客户告知：")))
        self.script = QTextBrowser()
        self.script.setObjectName("scriptView")
        column.addWidget(self.script, 2)
        column.addWidget(QLabel(self.tr("受理信息核对：")))
        self.summary = QTextBrowser()
        self.summary.setObjectName("summaryView")
        column.addWidget(self.summary, 5)
        self.message = QLabel()
        self.message.setObjectName("confirmMessage")
        self.message.setProperty("role", "fieldError")
        self.message.setWordWrap(True)
        column.addWidget(self.message)

    def initializePage(self) -> None:
        defn, values = self.wiz.defn, self.wiz.values
        promised, steps = applications.preview_dates(self.wiz.ctx, defn.code, values)
        self.wiz.promised = promised
        self.script.setPlainText(_script(defn, promised, values))
        rows = [(self.tr("业务"), tr_data(defn.name))]
        for f in defn.fields:
            if not wf.is_visible(f, values):
                continue
            value = values.get(f.key)
            if f.kind == "bool":
                if not value:
                    continue
                value = self.tr("是")
            shown = f"{tr_data(str(value))}{tr_data(f.unit)}" if value not in (None, "") else "—"
            rows.append((tr_data(f.label), shown))
        received = [
            tr_data(d.name)
            for d in wf.applicable_documents(defn, values)
            if d.code in self.wiz.received
        ]
        rows.append((self.tr("已收资料"), self.tr("、").join(received) or "—"))
        rows.append(
            (
                self.tr("办电环节"),
                self.tr("；").join(
                    self.tr("{0}（{1}个工作日，{2}）").format(
                        tr_data(s.name), s.limit_days, day_text(s.due)
                    )
                    for s in steps
                ),
            )
        )
        rows.append((self.tr("承诺完成日期"), day_text(promised)))
        html = "".join(
            f"<tr><td style='color:#555;padding-right:12px'>{k}</td><td>{escape(str(v))}</td></tr>"
            for k, v in rows
        )
        self.summary.setHtml(f"<table>{html}</table>")
        self.message.clear()

    def focus_first(self) -> None:
        """On 确认受理 itself: Enter accepts, after the clerk has read the summary out."""
        self.wiz.button(QWizard.WizardButton.FinishButton).setFocus(Qt.FocusReason.TabFocusReason)

    def validatePage(self) -> bool:
        wiz = self.wiz
        reason = ""
        while True:
            with refusal_shown(self, line=self.message) as refused:
                try:
                    wiz.result_application = applications.submit_application(
                        wiz.ctx,
                        wiz.clerk,
                        wiz.counter,
                        wiz.defn.code,
                        wiz.values,
                        tuple(sorted(wiz.received)),
                        wiz.started_at,
                        wiz.draft_id,
                        wiz.visit_source(),
                        duplicate_reason=reason,
                    )
                except applications.DuplicateApplication as exc:
                    # Asked once for a reason; refused again (or no reason given), it is
                    # shown like any refusal.
                    if not reason:
                        reason = ask_duplicate_reason(self, tr_message(exc)) or ""
                        if reason.strip():
                            continue
                    raise
            if not refused:
                wiz.show_customer()
            return not refused


def ask_duplicate_reason(parent: QWidget, message: str) -> str | None:
    """The reason for a second open application, or None (a patchable entry point)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Wizard", "重复受理"),
        message,
    )
    return text.strip() if ok and text.strip() else None


def _script(defn: wf.WorkflowDefinition, promised: date, values: dict[str, Any]) -> str:
    """The clerk's words in the UI's language: the template translated, then filled in.

    The business, its steps and chosen values are filled in translated; what the clerk
    typed (names, addresses) stays as typed.
    """
    template = tr_data(defn.script.strip())
    if template == defn.script.strip():
        return wf.render_script(defn, promised, values)
    shown = replace(
        defn,
        name=tr_data(defn.name),
        script=template,
        steps=tuple(replace(s, name=tr_data(s.name)) for s in defn.steps),
    )
    choices = {f.key for f in defn.fields if f.kind == "choice"}
    filled = {
        k: tr_data(v) if k in choices and isinstance(v, str) else v for k, v in values.items()
    }
    # The Chinese 年月日 date would read oddly in a translated text; ISO is plain anywhere.
    filled["promised_date"] = promised.isoformat()
    return wf.render_script(shown, promised, filled)
