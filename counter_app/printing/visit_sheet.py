"""The visit sheet (走访记录表): A4, one page per customer of a visit plan, carried out of
the hall and filled in by hand at the customer's door or on the phone, then typed in at
the counter (services/field_visit_records.py).

It leaves the hall, so the customer's details are masked (name, account, phone, the
house number of the address): the visitor matches the page to the plan's list in the
app by the account's last digits. Each question is printed with boxes to tick (a
choice, 是/否, 1–5 分) or lines to write on; the visitor fills in the date, the method
and the signature. Printing takes this plain data and asks no service.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from counter_app.printing.a4_layout import (
    A4_CONTENT_WIDTH,
    _grid,
    _p,
    _parts,
    _styles,
    write_a4_report,
)
from counter_app.printing.a5_layout import GRID, LABEL_BG
from counter_app.printing.files import write_atomically

__all__ = ["SheetCustomer", "SheetQuestion", "VisitSheet", "render_visit_sheets"]

TITLE = "走访记录表"
BOX_SIDE = 3.6 * mm  # a box to tick, drawn (the font's □ is too small to tick)


class _Box(Flowable):
    """An empty square to tick."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return BOX_SIDE, BOX_SIDE

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.black)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, BOX_SIDE, BOX_SIDE)


def _ticks(options: Sequence[str], size: float = 10.5, indent: float = 0) -> Table:
    """A row of options, each after a drawn box to tick."""
    st = _styles()
    style = ParagraphStyle("visit_tick", st.text, fontSize=size, leading=size * 1.3)
    cells: list[object] = []
    widths: list[float] = []
    if indent:
        cells.append("")
        widths.append(indent)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for option in options:
        cells.append(_Box())
        widths.append(BOX_SIDE)
        cells.append(_p(option, style))
        widths.append(stringWidth(option, st.font, size) + 2 * mm + 7 * mm)
        commands.append(("LEFTPADDING", (len(cells) - 1, 0), (len(cells) - 1, 0), 1.5 * mm))
    table = Table([cells], colWidths=widths, rowHeights=[max(BOX_SIDE, size * 1.3) + 1])
    table.setStyle(TableStyle(commands))
    table.hAlign = "LEFT"
    return table


WRITE_LINES = 3  # lines left for a text answer
NOTE_LINES = 4  # for the visitor's notes
METHODS = ("上门", "电话")


@dataclass(frozen=True)
class SheetQuestion:
    number: int
    text: str
    kind: str  # choice / scale / yes_no / text
    options: tuple[str, ...]  # what to tick (none for text)
    optional: bool


@dataclass(frozen=True)
class SheetCustomer:
    """One page's customer, masked already (domain/masking.py)."""

    account_no: str  # 3301****0777
    name: str  # 张**
    phone: str  # 138****1234
    address: str  # 城关镇人民路****
    visitor: str  # 张营业（1001）, or "" when not yet assigned
    reason: str  # why the plan chose them


@dataclass(frozen=True)
class VisitSheet:
    hall_name: str
    hall_phone: str
    plan_no: str
    plan_title: str
    survey_name: str
    intro: str
    period_from: date
    period_to: date
    due_date: date
    questions: tuple[SheetQuestion, ...]
    customers: tuple[SheetCustomer, ...]
    training: bool = False


def render_visit_sheets(sheet: VisitSheet, path: Path) -> Path:
    """Every customer's page of ``sheet`` into one PDF at ``path`` (written atomically)."""
    st = _styles()

    def write(fh: BinaryIO) -> None:
        write_a4_report(
            fh,
            st,
            _story(sheet),
            continued=_parts(TITLE, sheet.plan_no),
            footer=_parts(sheet.hall_name, f"走访计划 {sheet.plan_no}", "客户信息已隐去部分内容"),
            training=sheet.training,
            title=f"{TITLE} {sheet.plan_no}",
            author=sheet.hall_name,
            subject=sheet.survey_name,
        )

    return write_atomically(Path(path), write)


def _story(sheet: VisitSheet) -> list[Flowable]:
    story: list[Flowable] = []
    for n, customer in enumerate(sheet.customers):
        if n:
            story.append(PageBreak())
        story.extend(_page(sheet, customer, n + 1))
    if not sheet.customers:
        story.append(_p("本计划没有待走访的客户。", _styles().text))
    return story


def _page(sheet: VisitSheet, c: SheetCustomer, index: int) -> list[Flowable]:
    st = _styles()
    head: list[Flowable] = [
        _p(sheet.hall_name, st.hall),
        _p(f"{TITLE}（{sheet.survey_name}）", st.title),
        _p(
            f"计划 {sheet.plan_no}　{sheet.plan_title}　第 {index} / {len(sheet.customers)} 户",
            st.subtitle,
        ),
    ]
    if sheet.training:
        head.append(_p("培训模式 · 非有效记录", st.training))
    head.append(Spacer(1, 3 * mm))
    width = A4_CONTENT_WIDTH
    label = 20 * mm
    value = (width - 2 * label) / 2
    period = f"{sheet.period_from:%Y-%m-%d} 至 {sheet.period_to:%Y-%m-%d}"
    rows: list[tuple[str, str | tuple[str, ...], str, str | tuple[str, ...]]] = [
        ("客户名称", c.name, "户号", c.account_no),
        ("用电地址", c.address, "联系电话", c.phone),
        ("走访人员", c.visitor, "走访期间", f"{period}（{sheet.due_date:%m-%d}前完成）"),
        (
            "走访日期",
            "____年____月____日  ____时",
            "走访方式",
            METHODS,
        ),
        ("是否联系上", ("是", "否（原因：____________）"), "选取原因", c.reason),
    ]

    def cell(value: str | tuple[str, ...]) -> Flowable:
        return _ticks(value, 9) if isinstance(value, tuple) else _p(value, st.cell)

    info = [[_p(a, st.label), cell(b), _p(x, st.label), cell(y)] for a, b, x, y in rows]
    table = Table(info, colWidths=[label, value, label, value])
    table.setStyle(TableStyle(_grid(st.font, header=False) + _label_columns()))
    story = [*head, table, Spacer(1, 3 * mm), _p(sheet.intro, st.text), Spacer(1, 2 * mm)]
    for q in sheet.questions:
        story.append(KeepTogether(_question(q)))
    story.append(
        KeepTogether(
            [
                Spacer(1, 4 * mm),
                _p("走访情况说明（未联系上的原因、现场情况、客户的其他意见）：", st.text),
                _lines(NOTE_LINES),
            ]
        )
    )
    story.append(Spacer(1, 8 * mm))
    story.append(_p(_sign_line(), st.sign))
    return story


def _label_columns() -> list[tuple[object, ...]]:
    return [
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        ("BACKGROUND", (2, 0), (2, -1), LABEL_BG),
    ]


def _question(q: SheetQuestion) -> list[Flowable]:
    st = _styles()
    mark = "" if not q.optional else "（选答）"
    out: list[Flowable] = [Spacer(1, 2.5 * mm), _p(f"{q.number}. {q.text}{mark}", st.text)]
    if q.kind == "text":
        out.append(_lines(WRITE_LINES))
        return out
    if q.kind == "scale":
        ticks = [f"{o}分" for o in q.options]
        ticks[0] += "（很不满意）"
        ticks[-1] += "（非常满意）"
    else:
        ticks = list(q.options)
    out.append(Spacer(1, 1.5 * mm))
    out.append(_ticks(ticks, indent=6 * mm))
    return out


def _lines(count: int) -> Table:
    """Ruled lines to write on, indented under their question."""
    lines = Table(
        [[""] for _ in range(count)],
        colWidths=[A4_CONTENT_WIDTH - 6 * mm],
        rowHeights=[7 * mm] * count,
    )
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, GRID)]))
    lines.hAlign = "RIGHT"
    return lines


def _sign_line() -> str:
    return "走访人员签名：________________　　客户签名（自愿）：________________"
