"""The shipped CJK font, registered once with ReportLab (no Qt here).

WenQuanYi Micro Hei is a TrueType collection; ReportLab embeds it as a subset,
so every PDF looks the same on any PC and in any viewer (DESIGN.md, pitfalls).
"""

from __future__ import annotations

import threading

from reportlab.lib import textsplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from counter_app.resources import CJK_FONT_FILE, resource

CJK_FONT_NAME = "CJK"

# Characters that must not start a line in Chinese text (GB/T 15834: 点号, the
# closing half of quotes, brackets and title marks, the ellipsis). ReportLab's
# wordWrap="CJK" only knows a Japanese-oriented set and lets '，！；：' start
# a line; with these added it hangs the character at the end of the line before.
CJK_NO_LINE_START = "，。、；：？！）》」』】〕〉］｝”’…．％"

_lock = threading.Lock()
_registered = False


def register_cjk_font() -> str:
    """Register the shipped CJK font with ReportLab once; return its font name.

    Safe to call from any thread and any number of times. The font is also
    registered as its own bold/italic family members, so ``<b>`` in a
    Paragraph is harmless (WenQuanYi has no bold face).
    """
    global _registered
    with _lock:
        if not _registered:
            path = resource(*CJK_FONT_FILE)
            if not path.is_file():
                raise FileNotFoundError(f"缺少字体文件：{path}")
            pdfmetrics.registerFont(TTFont(CJK_FONT_NAME, str(path), subfontIndex=0))
            pdfmetrics.registerFontFamily(
                CJK_FONT_NAME,
                normal=CJK_FONT_NAME,
                bold=CJK_FONT_NAME,
                italic=CJK_FONT_NAME,
                boldItalic=CJK_FONT_NAME,
            )
            _patch_no_line_start()
            _registered = True
    return CJK_FONT_NAME


def _patch_no_line_start() -> None:
    """Add CJK_NO_LINE_START to ReportLab's no-line-start sets, once.

    reportlab 4.4: ``textsplit.ALL_CANNOT_START`` (a str joined from the list
    ``textsplit.CANNOT_START_LINE``) is read by ``textsplit.wordSplit``;
    ``paragraph`` imported its own reference to that str
    (``from reportlab.lib.textsplit import ALL_CANNOT_START``) and reads it in
    ``cjkFragSplit``. Both module globals are looked up at call time, so
    rebinding them is enough. Pinned in pyproject (reportlab>=4.4,<4.5).
    """
    missing = "".join(ch for ch in CJK_NO_LINE_START if ch not in textsplit.ALL_CANNOT_START)
    if missing:
        # The first entry is the "strongly prohibited" group.
        textsplit.CANNOT_START_LINE[0] += missing
        textsplit.ALL_CANNOT_START += missing
    missing_in_paragraph = "".join(
        ch for ch in CJK_NO_LINE_START if ch not in paragraph.ALL_CANNOT_START
    )
    if missing_in_paragraph:
        paragraph.ALL_CANNOT_START += missing_in_paragraph
