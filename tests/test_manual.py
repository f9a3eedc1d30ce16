"""The user manual's pictures: shot by the harness, committed in docs/images, none left over.

The harness's names are read from its source (tools/screenshots/manual_images.py), so these
tests do not shoot the screens; `make screenshots` refreshes docs/images.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.screenshots import manual_images
from tools.screenshots.manual_images import (
    MANUAL,
    harness_names,
    produced_by_harness,
    referenced_images,
    refresh,
)

IMAGES = MANUAL.parent / "images"
# Sections the manual must have, each with a picture (but the FAQ and the summary).
SECTIONS = (
    "开始使用",
    "今日工作",
    "排队叫号与评价",
    "业务办理",
    "便捷查询",
    "收费",
    "日结",
    "投诉意见与回访",
    "指标看板【值班长】",
    "导出报送总部【值班长】",
    "备份与恢复、数据检查",
    "系统管理【管理员】",
    "键盘快捷键与字号",
    "界面语言",
    "培训模式",
    "公告与停电查询",
    "常见问题",
    "English summary",
)
TODO = "<!-- TODO(lead): screenshots after merge -->"


def sections(text: str) -> dict[str, str]:
    """Each `## ` heading with the text under it, up to the next such heading."""
    parts: dict[str, str] = {}
    for chunk in text.split("\n## ")[1:]:
        heading, _, body = chunk.partition("\n")
        parts[heading] = body
    return parts


def test_the_manual_shows_pictures() -> None:
    assert len(referenced_images()) >= 20


def test_every_picture_is_one_the_harness_shoots() -> None:
    names = harness_names()
    assert "10_main_today" in names and "80_receipt_80mm" in names  # the parse works
    not_shot = [i for i in referenced_images() if not produced_by_harness(i, names)]
    assert not_shot == [], f"docs/manual.md shows pictures no screenshot produces: {not_shot}"


def test_every_picture_is_committed() -> None:
    missing = [i for i in referenced_images() if not (IMAGES / i).is_file()]
    assert missing == [], f"run `make screenshots`: missing in docs/images: {missing}"


def test_no_picture_is_left_over() -> None:
    shown = set(referenced_images())
    kept = (p.relative_to(IMAGES).as_posix() for p in IMAGES.rglob("*") if p.is_file())
    unused = sorted(name for name in kept if name not in shown)
    assert unused == [], f"docs/images holds pictures the manual no longer shows: {unused}"


def test_every_section_is_there_with_a_picture_except_the_later_features() -> None:
    parts = sections(MANUAL.read_text(encoding="utf-8"))
    for wanted in SECTIONS:
        heading = next((h for h in parts if wanted in h), None)
        assert heading is not None, f"no section {wanted}"
        if wanted not in ("常见问题", "English summary"):
            assert "](images/" in parts[heading], f"section {heading} has no picture"
        assert TODO not in parts[heading], f"section {heading} is unfinished"


@pytest.mark.parametrize(
    ("image", "produced"),
    [
        ("10_main_today.png", True),
        ("en/10_main_today.png", True),
        ("80_receipt_80mm-1.png", True),  # page 1 of a PDF, through pdftoppm
        ("80_receipt_80mm-12.png", True),
        ("10_main_today-x.png", False),
        ("10_main_today.jpg", False),
        ("12_no_such_screen.png", False),
    ],
)
def test_produced_by_harness(image: str, produced: bool) -> None:
    assert produced_by_harness(image, {"10_main_today", "80_receipt_80mm"}) is produced


def test_refresh_copies_the_shown_pictures_and_drops_the_rest(tmp_path: Path) -> None:
    shots = tmp_path / "screenshots"
    shots.mkdir()
    for name in ("10_main_today.png", "11_main_catalogue.png", "80_receipt_80mm-1.png"):
        (shots / name).write_bytes(name.encode())
    docs = tmp_path / "docs"
    (docs / "images").mkdir(parents=True)
    (docs / "images" / "10_main_today.png").write_bytes(b"stale")
    (docs / "images" / "05_gone.png").write_bytes(b"old")
    manual = docs / "manual.md"
    manual.write_text(
        "# 手册\n![今日](images/10_main_today.png)\n![收据](images/80_receipt_80mm-1.png)\n"
        "![缺](images/99_not_shot.png)\n![今日](images/10_main_today.png)\n",
        encoding="utf-8",
    )

    missing = refresh(shots, manual)

    assert missing == ["99_not_shot.png"]
    assert sorted(p.name for p in (docs / "images").iterdir()) == [
        "10_main_today.png",
        "80_receipt_80mm-1.png",
    ]
    assert (docs / "images" / "10_main_today.png").read_bytes() == b"10_main_today.png"


def test_the_harness_modules_are_found() -> None:
    modules = {p.name for p in manual_images.harness_modules()}
    assert {"shots.py", "shots_keys.py", "manual_shots.py"} <= modules
