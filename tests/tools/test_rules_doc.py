"""docs/rules.md is what tools/rules_doc.py makes of resources/, so it cannot drift."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import rules_doc  # noqa: E402

from counter_app.domain import workflow as wf  # noqa: E402
from counter_app.domain import workflow_file  # noqa: E402


def test_the_committed_page_is_what_the_data_makes() -> None:
    defs = workflow_file.load_definitions(ROOT / "resources" / "workflows")
    expected = rules_doc.render(defs.values())
    actual = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/rules.md is stale: run `make rules-doc`"


def test_every_business_its_source_and_its_unconfirmed_values_are_there() -> None:
    defs = workflow_file.load_definitions(ROOT / "resources" / "workflows")
    text = rules_doc.render(defs.values())
    for defn in defs.values():
        assert f"### {defn.name}（`{defn.code}`）" in text
        assert f"- 出处：{defn.source}" in text
        for path in defn.to_confirm:
            assert f"`{path}` = {wf.confirm_value(defn, path)}" in text
    assert "  - 供电方案答复（`plan`）：8 **（待总部确认）**" in text
    assert "“暂拆第一天”至“暂拆最后一天”（首尾两天都计入）不超过 6 个月" in text
    assert '`late_fee.minimum` = `"1.00"`' in text and "art. 98" in text
    assert "`auth.max_failed_logins` = `5`" in text


def test_a_changed_value_makes_the_page_stale(tmp_path: Path) -> None:
    folder = tmp_path / "workflows"
    folder.mkdir()
    for path in (ROOT / "resources" / "workflows").glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "temporary_removal.toml":
            text = text.replace("max_months = 6", "max_months = 7")
        (folder / path.name).write_text(text, encoding="utf-8")
    changed = rules_doc.render(workflow_file.load_definitions(folder).values())
    assert changed != (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert "不超过 7 个月" in changed


def test_check_mode_says_whether_the_page_is_current() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "rules_doc.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
