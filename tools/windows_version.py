"""The Windows executable's version resource, made from counter_app.__version__.

build.spec calls ``write_version_info`` on Windows only (PyInstaller ignores a
version resource elsewhere, with a warning), so the version is typed once, in
counter_app/__init__.py: the exe's Properties → Details show it, and the
installer (packaging/windows/counter-app.iss) reads it back from the built exe.

    python -m tools.windows_version build/version_info.txt    (by hand, to look at it)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = "柜台助手 Counter Assistant"
COMPANY = "Counter Assistant"
EXE_NAME = "counter-app.exe"
# Simplified Chinese (0x0804) with the Unicode code page (1200 = 0x04b0).
LANGUAGE, CODEPAGE = 0x0804, 1200


def package_version() -> str:
    """counter_app.__version__, read from the file (no import: build.spec runs anywhere)."""
    text = (ROOT / "counter_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise ValueError("counter_app/__init__.py has no __version__ line")
    return found.group(1)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: 1.2.3 → (1, 2, 3, 0); 1.2.0rc1 → (1, 2, 0, 0)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    if not numbers:
        raise ValueError(f"version {version!r} has no numbers")
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_info_text(version: str) -> str:
    """PyInstaller's text form of a VSVersionInfo (what its grab_version tool writes)."""
    numbers = numeric_version(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": PRODUCT,
        "FileVersion": version,
        "InternalName": "counter-app",
        "LegalCopyright": "Counter Assistant",
        "OriginalFilename": EXE_NAME,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
# Made by tools/windows_version.py from counter_app.__version__; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '{LANGUAGE:04x}{CODEPAGE:04x}',
        [{table}])
    ]),
    VarFileInfo([VarStruct('Translation', [{LANGUAGE}, {CODEPAGE}])])
  ]
)
"""


def write_version_info(target: Path, version: str | None = None) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(version_info_text(version or package_version()), encoding="utf-8")
    return target


if __name__ == "__main__":
    print(write_version_info(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("version_info.txt")))
