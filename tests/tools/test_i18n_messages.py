"""The message catalogues are fresh and fully translated into English."""

from __future__ import annotations

import importlib.util
import re
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("i18n_messages", ROOT / "tools/i18n_messages.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_messages"] = module
    spec.loader.exec_module(module)
    return module


def _fields(text: str) -> set[str]:
    """The placeholder names (a translation may format a number its own way: {month:02d})."""
    return {n for _, n, _, _ in string.Formatter().parse(text) if n}


def test_committed_catalogues_are_fresh() -> None:
    assert _tool().main(["--check"]) == 0


def test_check_notices_a_stale_catalogue(tmp_path: Path) -> None:
    tool = _tool()
    ts = tmp_path / "messages_en.ts"
    ts.write_text(
        (ROOT / "translations/messages_en.ts")
        .read_text(encoding="utf-8")
        .replace("<source>请选择支付方式</source>", "<source>请选择付款方式</source>"),
        encoding="utf-8",
    )
    (tmp_path / "messages_zh_CN.ts").write_bytes(
        (ROOT / "translations/messages_zh_CN.ts").read_bytes()
    )
    assert tool.main(["--check"], out=tmp_path) == 1
    assert tool.main([], out=tmp_path) == 0  # regenerating keeps the other translations
    again = tool.read(ts)
    assert again[("messages", "请选择支付方式")] == ("", False)
    assert again[("messages", "找不到该用户")] == ("User not found", True)
    assert tool.main(["--check"], out=tmp_path) == 0


def test_every_template_has_an_english_translation_with_its_placeholders() -> None:
    tool = _tool()
    english = tool.read(ROOT / "translations/messages_en.ts")
    chinese = tool.read(ROOT / "translations/messages_zh_CN.ts")
    assert len(english) > 250
    for (context, source), (text, finished) in english.items():
        assert finished and text.strip(), source
        assert _fields(text) == _fields(source), source
        if context == "messages" and source not in "、；":
            # Only literal cell values the file must contain (节假日) may stay Chinese.
            for run in re.findall(r"[\u4e00-\u9fff]+", text):
                assert run in source, (source, text)
        assert chinese[(context, source)] == (source, True)
