"""The user manual's pictures are screenshots: `make screenshots` copies them into docs/images.

The manual (docs/manual.md) names its pictures as ``![说明](images/NAME.png)``; NAME is a
screenshot the harness writes (tools/screenshots/shots.py and the ``shots_*.py``
and ``*_shots.py`` modules beside it). Refreshing copies each named screenshot into
docs/images and removes pictures the manual no longer names, so the manual never shows
a stale screen.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

HARNESS = Path(__file__).resolve().parent
MANUAL = HARNESS.parents[1] / "docs" / "manual.md"
IMAGE_REF = re.compile(r"!\[[^\]]*\]\(images/([^)\s]+)\)")
# Every screen the harness saves is named "NN_what" (shoot(widget, "10_main_today"),
# pdfs["80_receipt_80mm"], to_png(pdf, "95_correction_notice")); a PDF page becomes
# NAME-1.png, NAME-2.png ... through pdftoppm.
SHOT_NAME = re.compile(r"""["'](\d\d_[A-Za-z0-9_]+)["']""")
PAGE_SUFFIX = re.compile(r"-\d+$")
ENGLISH = "en"


def referenced_images(manual: Path = MANUAL) -> list[str]:
    """The image file names the manual shows, in order, each once."""
    names = IMAGE_REF.findall(manual.read_text(encoding="utf-8"))
    return list(dict.fromkeys(names))


def harness_modules() -> list[Path]:
    return [
        HARNESS / "shots.py",
        *sorted(HARNESS.glob("shots_*.py")),
        *sorted(HARNESS.glob("*_shots.py")),
    ]


def harness_names() -> set[str]:
    """Screen names the harness declares, read from its source (no screens are shot)."""
    names: set[str] = set()
    for module in harness_modules():
        names.update(SHOT_NAME.findall(module.read_text(encoding="utf-8")))
    return names


def produced_by_harness(image: str, names: set[str]) -> bool:
    # "en/NAME.png": the same screen from the English run (make screenshots → screenshots/en).
    image = image.removeprefix(f"{ENGLISH}/")
    stem, dot, ext = image.rpartition(".")
    if not dot or ext != "png":
        return False
    return stem in names or PAGE_SUFFIX.sub("", stem) in names


def refresh(shots: Path, manual: Path = MANUAL) -> list[str]:
    """Copy the manual's pictures from ``shots`` into images/ beside the manual and drop
    the ones it no longer names; returns the names that ``shots`` did not hold."""
    images = manual.parent / "images"
    images.mkdir(exist_ok=True)
    wanted = referenced_images(manual)
    missing = []
    for name in wanted:
        source = shots / name
        if source.is_file():
            (images / name).parent.mkdir(exist_ok=True)
            shutil.copyfile(source, images / name)
        else:
            missing.append(name)
    for old in images.rglob("*.png"):
        if old.relative_to(images).as_posix() not in wanted:
            old.unlink()
    return missing
