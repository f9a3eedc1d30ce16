"""The counter's code (柜台号): it goes into receipt numbers, file names and HQ's workbook,
so it is 1 to 4 ASCII letters or digits ("3", "A2"): nothing a file system, a barcode
or a spreadsheet would mangle."""

from __future__ import annotations

import re

from counter_app.domain.text import Msg

_CODE = re.compile(r"[A-Za-z0-9]{1,4}", re.ASCII)


def counter_code_problem(code: str) -> str | None:
    """None when ``code`` can be a counter's code, else why not (for the clerk)."""
    if _CODE.fullmatch(code) is None:
        return Msg("柜台号应为1至4位英文字母或数字（如 3、A2）：{code}", code=code[:20])
    return None
