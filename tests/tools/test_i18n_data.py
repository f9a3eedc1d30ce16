"""The data catalogues: fresh, complete in English, and placeholders kept."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations"


def messages(path: Path) -> list[ET.Element]:
    contexts = ET.parse(path).getroot().findall("context")
    assert [c.findtext("name") for c in contexts] == ["data"]
    return contexts[0].findall("message")


def test_catalogues_are_fresh() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n_data.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_text_has_an_english_translation_with_the_same_placeholders() -> None:
    found = messages(TS / "data_en.ts")
    assert len(found) > 200  # every business's pages, fields, documents and script
    for m in found:
        source = m.findtext("source") or ""
        node = m.find("translation")
        assert node is not None and node.get("type") is None, source
        english = node.text or ""
        # ASCII but for a name kept in brackets after its pinyin, to be typed as written.
        bare = re.sub(
            r"\(([\u4e00-\u9fff]+)\)",
            lambda m, source=source: "" if m.group(1) in source else m.group(0),
            english,
        )
        assert english and bare.isascii(), source
        assert sorted(re.findall(r"\{\w+\}", english)) == sorted(re.findall(r"\{\w+\}", source)), (
            source
        )


def test_chinese_catalogue_is_the_identity() -> None:
    for m in messages(TS / "data_zh_CN.ts"):
        node = m.find("translation")
        assert node is not None and node.get("type") is None
        assert node.text == m.findtext("source")


def test_check_fails_when_a_data_text_is_missing(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import i18n_data
    finally:
        sys.path.remove(str(ROOT / "tools"))
    entries = i18n_data.collect()
    sources = {e.source for e in entries}
    assert {"低压居民新装", "居民身份证", "非常满意", "服务态度", "业扩报装"} <= sources
    # A catalogue lacking one text is stale; regenerating keeps the other translations.
    old = i18n_data.read_translations(TS / "data_en.ts")
    shortened = i18n_data.render("en_US", entries[1:], old)
    assert shortened != i18n_data.render("en_US", entries, old)
    (tmp_path / "data_en.ts").write_text(shortened, encoding="utf-8")
    kept = i18n_data.read_translations(tmp_path / "data_en.ts")
    assert kept[entries[1].source] == old[entries[1].source]
    assert i18n_data.render("en_US", entries, kept).count('type="unfinished"') == 1
