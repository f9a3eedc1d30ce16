"""The build's licences/ folder: every licence and notice the one-folder build carries.

build.spec calls ``write_licences`` after PyInstaller has collected the program:
the texts kept in resources/licenses/ (README, LGPL/GPL/Apache texts, licence files
a wheel lacks), the font's licence, Python's own, and for each installed
distribution whose files went into the build its licence files from its metadata.
On Linux the system libraries PyInstaller bundles get their Debian copyright
file. tests/tools/test_licences.py checks ``EXPECTED`` against the installed
packages, and the built folder against all of this.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEPT = ROOT / "resources" / "licenses"  # texts kept in the repository
FONT_LICENCE = ROOT / "resources" / "fonts" / "LICENSE-wqy-microhei.txt"
FOLDER = "licenses"  # beside the program: dist/counter-app/licenses
SUMMARY = "THIRD-PARTY.txt"

# Every distribution the program needs at run time, with the licence it is shipped
# under. A new dependency fails tests/tools/test_licences.py until it is named here.
QT = "LGPL-3.0-only (Qt for Python is also offered under GPL-2.0/GPL-3.0)"
EXPECTED = {
    "pyside6-essentials": QT,
    "pyside6-addons": QT,
    "shiboken6": QT,
    "sqlalchemy": "MIT",
    "alembic": "MIT",
    "mako": "MIT",
    "markupsafe": "BSD-3-Clause",
    "typing-extensions": "PSF-2.0",
    "greenlet": "MIT AND PSF-2.0",
    "psycopg": "LGPL-3.0-only",
    "psycopg-binary": "LGPL-3.0-only",
    "reportlab": "BSD-3-Clause",
    "pillow": "MIT-CMU",
    "charset-normalizer": "MIT",
    "openpyxl": "MIT",
    "et-xmlfile": "MIT",
    "lxml": "BSD-3-Clause",
    "cn2an": "MIT",
    "proces": "MIT",
    "chinese-calendar": "MIT",
    "lunar-python": "MIT",
}
# Not a dependency of the program but in every build: PyInstaller's bootloader and
# loader modules. GPL-2.0-or-later, with an exception that allows shipping programs
# built with it under any licence (its COPYING.txt, shipped).
BUILD_TOOLS = {
    "pyinstaller": "GPL-2.0-or-later WITH the PyInstaller bootloader exception",
}
# Wheels without a licence file: the text shipped in their place (under KEPT).
KEPT_TEXTS = {
    "pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "pyside6-addons": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "chinese-calendar": ("extra/chinese-calendar.txt",),
}
# The files every build's licenses/ holds, whatever the platform.
FIXED_FILES = (
    "README.txt",
    "LGPL-3.0.txt",
    "GPL-3.0.txt",
    "Apache-2.0.txt",
    "fonts/LICENSE-wqy-microhei.txt",
    "voice-clips.txt",  # what the voice clips are and how they were made (eSpeak NG)
    "python/LICENSE.txt",
    SUMMARY,
)
# Libraries that must never be in the build: GPL-only (Qt Charts, GNU readline and
# gdbm, which Python's readline and dbm.gnu modules link).
FORBIDDEN = re.compile(r"Qt6?Charts|QtCharts|readline|gdbm", re.IGNORECASE)
LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def key(name: str) -> str:
    """A distribution's name as PEP 503 normalises it."""
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "counter-app") -> set[str]:
    """The installed distributions ``root`` needs at run time (extras it names included)."""
    from packaging.requirements import Requirement

    found: set[str] = set()
    todo: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while todo:
        name, extras = todo.pop()
        dist = metadata.distribution(name)
        if key(name) != key(root):
            found.add(key(name))
        for line in dist.requires or []:
            req = Requirement(line)
            marker = req.marker
            wanted = marker is None or any(marker.evaluate({"extra": e}) for e in ("", *extras))
            if wanted and key(req.name) not in found:
                todo.append((req.name, frozenset(req.extras)))
    return found


def declared_licence(dist: metadata.Distribution) -> str:
    """The licence a distribution's metadata states: the expression, else the field,
    else its classifiers."""
    meta = dist.metadata
    text = meta.get("License-Expression") or ""
    if not text and (meta.get("License") or "").strip() and len(meta["License"]) < 200:
        text = meta["License"].strip()
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return "; ".join(x for x in (text, *classifiers) if x)


def gpl_only(licence: str) -> bool:
    """GPL with no LGPL or other licence to choose instead (a library we could not ship)."""
    if not re.search(r"\bGPL|General Public", licence):
        return False
    options = re.split(r"\s+OR\s+|;", licence)
    return all(re.search(r"(?<!L)GPL|(?<!Lesser )General Public", o) for o in options if o)


def licence_files(dist: metadata.Distribution) -> list[Path]:
    """A distribution's licence, copying and notice files, as its RECORD lists them."""
    files = []
    for entry in dist.files or []:
        parts = Path(str(entry)).parts
        in_info = parts[0].endswith((".dist-info", ".egg-info"))
        if in_info and (LICENCE_NAME.search(parts[-1]) or "licenses" in parts):
            path = Path(str(entry.locate()))
            if path.is_file():
                files.append(path)
    return files


def owners() -> dict[Path, str]:
    """Every installed file → the distribution that installed it."""
    found: dict[Path, str] = {}
    for dist in metadata.distributions():
        for entry in dist.files or []:
            found[Path(str(entry.locate())).resolve()] = key(dist.metadata["Name"])
    return found


def distributions_in(sources: Iterable[str]) -> set[str]:
    """The distributions whose files are among ``sources`` (what the build collected)."""
    table = owners()
    return {table[p] for p in map(lambda s: Path(s).resolve(), sources) if p in table}


def system_packages(sources: Iterable[str]) -> dict[str, str]:
    """Bundled libraries from the system (not Python's, not a wheel's) → their Debian
    package, where dpkg can say; Windows builds bundle none but the MSVC runtime."""
    prefixes = (sys.base_prefix, sys.prefix, sysconfig.get_paths()["purelib"])
    libs = [
        s
        for s in sources
        if not any(str(Path(s).resolve()).startswith(p) for p in prefixes) and ".so" in s
    ]
    if not libs or shutil.which("dpkg") is None:
        return {}
    packages: dict[str, str] = {}
    for lib in libs:
        run = subprocess.run(
            ["dpkg", "-S", str(Path(lib).resolve())], capture_output=True, text=True, check=False
        )
        if run.returncode != 0:  # /lib → /usr/lib merged-usr: ask for the other spelling
            other = re.sub(r"^/usr/lib/", "/lib/", str(Path(lib).resolve()))
            run = subprocess.run(["dpkg", "-S", other], capture_output=True, text=True, check=False)
        if run.returncode == 0:
            packages[Path(lib).name] = run.stdout.split(":")[0].strip()
    return packages


def python_licence() -> Path:
    return Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"


def write_licences(dest: Path, sources: Iterable[str]) -> list[str]:
    """Fill ``dest`` (the build's licenses/) for the collected ``sources``; returns the
    summary's lines."""
    sources = list(sources)
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(KEPT, dest, ignore=shutil.ignore_patterns("extra"))
    (dest / "fonts").mkdir()
    shutil.copy2(FONT_LICENCE, dest / "fonts" / FONT_LICENCE.name)
    (dest / "python").mkdir()
    shutil.copy2(python_licence(), dest / "python" / "LICENSE.txt")
    lines = [
        "Third-party software in this build of Counter Assistant (柜台助手).",
        "Each has its licence files in packages/<name>/ (system/ for system libraries).",
        "",
        f"Python {sys.version.split()[0]}: PSF-2.0 (python/LICENSE.txt)",
        "WenQuanYi Micro Hei font: Apache-2.0 (fonts/LICENSE-wqy-microhei.txt)",
        "",
    ]
    for name in sorted(distributions_in(sources)):
        dist = metadata.distribution(name)
        folder = dest / "packages" / name
        folder.mkdir(parents=True)
        for path in licence_files(dist):
            shutil.copy2(path, folder / path.name)
        for text in KEPT_TEXTS.get(name, ()):
            shutil.copy2(KEPT / text, folder / Path(text).name)
        shipped = EXPECTED.get(name) or BUILD_TOOLS.get(name) or declared_licence(dist)
        lines.append(f"{dist.metadata['Name']} {dist.version}: {shipped}")
    system = system_packages(sources)
    if system:
        lines += ["", "System libraries bundled (Debian package: its copyright file):"]
        for package in sorted(set(system.values())):
            copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
            if copyright_file.is_file():
                (dest / "system").mkdir(exist_ok=True)
                shutil.copy2(copyright_file, dest / "system" / f"{package.split(':')[0]}.txt")
            libs = sorted(lib for lib, p in system.items() if p == package)
            lines.append(f"{package}: {', '.join(libs)}")
    (dest / SUMMARY).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines
