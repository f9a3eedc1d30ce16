"""The shipped CJK font and ReportLab's Chinese line breaking."""

from __future__ import annotations

import pytest
from reportlab.lib import textsplit
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, paragraph

from counter_app.printing.fonts import CJK_NO_LINE_START, register_cjk_font


def test_register_is_idempotent_and_returns_the_name() -> None:
    name = register_cjk_font()
    assert register_cjk_font() == name
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    assert font.face.name == b"WenQuanYiMicroHei"
    # Chinese, the check mark and the box used on slips all have glyphs.
    for char in "业务受理回执✓□（），。":
        assert ord(char) in font.face.charToGlyph, char


def test_no_line_start_set_patched_in_both_modules_once() -> None:
    register_cjk_font()
    register_cjk_font()
    for chars in (textsplit.ALL_CANNOT_START, paragraph.ALL_CANNOT_START):
        for char in "，。！？；：、）》」』":
            assert chars.count(char) == 1, char
    assert set(CJK_NO_LINE_START) <= set("".join(textsplit.CANNOT_START_LINE))


def _lines(markup: str, width: float) -> list[str]:
    style = ParagraphStyle("t", fontName=register_cjk_font(), fontSize=10, wordWrap="CJK")
    para = Paragraph(markup, style)
    para.wrap(width, 1000)
    lines = []
    for line in para.blPara.lines:
        if isinstance(line, tuple):  # one style: textsplit.wordSplit did the work
            lines.append("".join(line[1]))
        else:  # several styles: paragraph.cjkFragSplit did
            lines.append("".join(frag.text for frag in line.words))
    return lines


PLAIN = "一二三四五六七八九十{}一二三"
# Two styles in one paragraph take ReportLab's other code path.
STYLED = '一二三四五六七八九<font color="red">十</font>{}一二三'


@pytest.mark.parametrize("template", [PLAIN, STYLED], ids=["plain", "styled"])
@pytest.mark.parametrize("punct", list("，！；：？、）》"))
def test_punctuation_never_starts_a_line(template: str, punct: str) -> None:
    # Ten 10 pt characters fill a 100.5 pt line; the punctuation would come 11th.
    assert _lines(template.format(punct), 100.5) == ["一二三四五六七八九十" + punct, "一二三"]


@pytest.mark.parametrize(
    ("template", "module"), [(PLAIN, textsplit), (STYLED, paragraph)], ids=["plain", "styled"]
)
def test_without_the_patch_the_comma_would_start_the_line(
    monkeypatch: pytest.MonkeyPatch, template: str, module: object
) -> None:
    register_cjk_font()
    unpatched = module.ALL_CANNOT_START.replace("，", "")  # type: ignore[attr-defined]
    monkeypatch.setattr(module, "ALL_CANNOT_START", unpatched)
    assert _lines(template.format("，"), 100.5)[1].startswith("，")
