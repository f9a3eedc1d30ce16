"""Licences that allow shipping: the build's licenses/ folder, and no GPL-only library.

The fast tests run always: the list of shipped packages in tools/licences.py against
what is installed (a new dependency fails until its licence is named), the texts
kept in the repository, and that nothing in the program imports Qt Charts or GNU
readline. The build tests read dist/counter-app after `make dist` (skipped without
it): licenses/ holds every text, every package in the build has its licence, and no
GPL-only library is there.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from tools import licences

REPO_ROOT = Path(__file__).resolve().parent.parent
BUILT = REPO_ROOT / "dist" / "counter-app"
SHIPPED = BUILT / licences.FOLDER


# -- always: the list, the kept texts, the imports -------------------------------------


def test_every_runtime_package_is_named_with_its_licence() -> None:
    assert licences.runtime_distributions() == set(licences.EXPECTED)
    for name, shipped in licences.EXPECTED.items():
        dist = metadata.distribution(name)
        declared = licences.declared_licence(dist)
        assert declared, f"{name}: no licence in its metadata"
        assert not licences.gpl_only(declared), f"{name}: {declared}"
        # What we say we ship it under is what its metadata says (first licence named).
        first = re.split(r"[ ;(]", shipped)[0].split("-")[0].upper()
        assert first in declared.upper().replace("-", " ").replace(" ", "-") or (
            first in declared.upper()
        ), f"{name}: {shipped} vs {declared}"
        texts = [p for p in licences.licence_files(dist) if p.stat().st_size > 0]
        kept = [licences.KEPT / t for t in licences.KEPT_TEXTS.get(name, ())]
        assert texts or kept, f"{name}: no licence text to ship"
        assert all(p.stat().st_size > 500 for p in kept)


def test_gpl_only_is_told_from_lgpl_and_choices() -> None:
    assert licences.gpl_only("GPL-3.0-only")
    assert licences.gpl_only("GPL-2.0-or-later; License :: OSI Approved :: GNU General Public")
    assert not licences.gpl_only("LGPL-3.0-only")
    assert not licences.gpl_only("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only")
    assert not licences.gpl_only("License :: OSI Approved :: GNU Lesser General Public License v3")
    assert not licences.gpl_only("MIT AND PSF-2.0")


def test_the_kept_texts_are_whole() -> None:
    kept = licences.KEPT
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (kept / "LGPL-3.0.txt").read_text()
    assert "TERMS AND CONDITIONS" in (kept / "GPL-3.0.txt").read_text()
    assert "END OF TERMS AND CONDITIONS" in (kept / "Apache-2.0.txt").read_text()
    readme = (kept / "README.txt").read_text(encoding="utf-8")
    for needed in ("proprietary", "_internal/PySide6/Qt/lib", "replace", "Qt Charts"):
        assert needed in readme, needed
    # The font's licence carries the whole Apache text, not a path on a Linux PC.
    font = licences.FONT_LICENCE.read_text(encoding="utf-8")
    assert "/usr/share/common-licenses" not in font
    assert "END OF TERMS AND CONDITIONS" in font
    assert "Apache License, Version 2.0" in font


def test_the_spec_leaves_out_the_gpl_only_parts() -> None:
    spec = (REPO_ROOT / "build.spec").read_text(encoding="utf-8")
    for excluded in ('"readline"', '"_gdbm"', '"PySide6.QtCharts"'):
        assert excluded in spec, excluded
    assert "licences.write_licences(" in spec


def test_the_program_imports_neither_qt_charts_nor_readline() -> None:
    """Every module of the program, imported in a fresh interpreter with readline and
    Qt Charts made unimportable: all load, and neither is asked for."""
    code = """
import importlib, pkgutil, sys
sys.modules["readline"] = None  # importing it now raises ImportError
sys.modules["PySide6.QtCharts"] = None
import counter_app
names = [m.name for m in pkgutil.walk_packages(counter_app.__path__, "counter_app.")]
for name in names:
    if not name.endswith("__main__"):
        importlib.import_module(name)
print(len(names))
"""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert int(run.stdout.strip()) > 50


# -- after `make dist`: the built folder ----------------------------------------------

needs_build = pytest.mark.skipif(not BUILT.is_dir(), reason="no dist/counter-app: `make dist`")


def built_files() -> list[Path]:
    return [p for p in BUILT.rglob("*") if p.is_file() or p.is_symlink()]


def archived_modules() -> set[str]:
    """The top-level Python packages inside the program's own archive (PYZ)."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    exe = BUILT / ("counter-app.exe" if sys.platform == "win32" else "counter-app")
    outer = CArchiveReader(str(exe))
    names: set[str] = set()
    for entry in outer.toc:
        if entry.endswith(".pyz"):
            inner = outer.open_embedded_archive(entry)
            assert isinstance(inner, ZlibArchiveReader)
            names |= {name.split(".")[0] for name in inner.toc}
    return names


def distributions_in_build() -> set[str]:
    """Installed distributions whose packages are in the build: in its archive or as
    files in _internal/ (compiled modules, Qt, data)."""
    tops = archived_modules() | {p.name.split(".")[0] for p in (BUILT / "_internal").iterdir()}
    found: set[str] = set()
    for top, dists in metadata.packages_distributions().items():
        if top in tops:
            found |= {licences.key(d) for d in dists}
    return found - {"counter-app"}


@needs_build
def test_licenses_folder_holds_every_text() -> None:
    for name in licences.FIXED_FILES:
        path = SHIPPED / name
        assert path.is_file() and path.stat().st_size > 0, name
    assert "Python Software Foundation" in (SHIPPED / "python/LICENSE.txt").read_text()
    font = (SHIPPED / "fonts/LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    assert "END OF TERMS AND CONDITIONS" in font


@needs_build
def test_every_package_in_the_build_has_its_licence() -> None:
    inside = distributions_in_build()
    assert {"pyside6-essentials", "shiboken6", "sqlalchemy", "reportlab", "openpyxl"} <= inside
    assert inside <= set(licences.EXPECTED) | set(licences.BUILD_TOOLS), "unnamed package"
    summary = (SHIPPED / licences.SUMMARY).read_text(encoding="utf-8")
    for name in sorted(inside):
        folder = SHIPPED / "packages" / name
        texts = [p for p in folder.iterdir() if p.stat().st_size > 0] if folder.is_dir() else []
        assert texts, f"{name}: no licence in licenses/packages/{name}"
        dist = metadata.distribution(name)
        assert f"{dist.metadata['Name']} {dist.version}: " in summary, name
    for qt in ("pyside6-essentials", "shiboken6"):
        assert {p.name for p in (SHIPPED / "packages" / qt).iterdir()} >= {"LGPL-3.0.txt"}


@needs_build
def test_no_gpl_only_library_in_the_build() -> None:
    forbidden = [str(p.relative_to(BUILT)) for p in built_files()]
    assert [p for p in forbidden if licences.FORBIDDEN.search(p)] == []
    assert not {"readline", "rlcompleter", "_gdbm"} & archived_modules()
    for name in distributions_in_build() - set(licences.BUILD_TOOLS):
        declared = licences.declared_licence(metadata.distribution(name))
        assert not licences.gpl_only(declared), f"{name}: {declared}"
    # PyInstaller's GPL comes with the exception that allows shipping: its text is there.
    copying = (SHIPPED / "packages" / "pyinstaller" / "COPYING.txt").read_text()
    assert "Bootloader Exception" in copying
