"""The Linux archive of the one-folder build: what the PC must bring, and the tar.gz.

    python -m tools.linux_dist dist/counter-app     (what `make dist-linux` runs)

Reads every ELF file of the build (readelf, objdump from binutils): the libraries
they need that the build does not carry come from the PC, and the newest GLIBC_x.y
symbol version they use is the oldest glibc the build runs on (PyInstaller copies
libraries from the machine that built it: build on the oldest system you support).
Writes README-linux.txt into the folder, adds the desktop launcher (a start failure
shown in a dialog, packaging/linux/start-counter-app.sh) and its .desktop file, and
writes dist/counter-app-<version>-linux-x86_64.tar.gz.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

from tools.windows_version import package_version

# A library the build needs from the PC → its Debian/Ubuntu package. A library missing
# here stops the tool: find its package (`dpkg -S libx.so.1`) and add it.
DEBIAN_PACKAGES = {
    "ld-linux-x86-64.so.2": "libc6",
    "libc.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libm.so.6": "libc6",
    "libpthread.so.0": "libc6",
    "libresolv.so.2": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libxcb.so.1": "libxcb1",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libz.so.1": "zlib1g",
}
# Not seen as a library's need, loaded or read at run time all the same.
RUNTIME_PACKAGES = {
    "fontconfig-config": "/etc/fonts/fonts.conf, read by the bundled fontconfig",
    "libglx-mesa0": "libGL's driver (any desktop has one)",
    "libegl-mesa0": "libEGL's driver (any desktop has one)",
}
ELF_MAGIC = b"\x7fELF"


def elf_files(folder: Path) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == ELF_MAGIC:
                    files.append(path)
    return files


def needed(path: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def glibc_versions(path: Path) -> set[tuple[int, ...]]:
    out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
    return {tuple(int(n) for n in v.split(".")) for v in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", out)}


def from_the_system(folder: Path) -> tuple[set[str], tuple[int, ...]]:
    """The libraries the build needs and does not carry, and the oldest glibc it runs on."""
    carried = {p.name for p in folder.rglob("*")}
    wanted: set[str] = set()
    newest: tuple[int, ...] = (2, 0)
    for path in elf_files(folder):
        wanted |= needed(path)
        newest = max([newest, *glibc_versions(path)])
    return wanted - carried, newest


def readme(version: str, libraries: set[str], glibc: tuple[int, ...]) -> str:
    unknown = sorted(libraries - DEBIAN_PACKAGES.keys())
    if unknown:
        raise SystemExit(f"no Debian package known for {unknown}: add it to DEBIAN_PACKAGES")
    packages = sorted({DEBIAN_PACKAGES[lib] for lib in libraries} | RUNTIME_PACKAGES.keys())
    glibc_text = ".".join(map(str, glibc))
    lines = [
        f"柜台助手 Counter Assistant {version}, Linux x86-64",
        "",
        f"glibc {glibc_text} or newer (Debian 12, Ubuntu 23.04 and later; `ldd --version`).",
        "",
        "System packages (Debian/Ubuntu names), installed once by an administrator:",
        "",
        f"    sudo apt-get install {' '.join(packages)}",
        "",
        "The libraries the program needs from the system:",
        *(f"    {lib:24} {DEBIAN_PACKAGES[lib]}" for lib in sorted(libraries)),
        *(f"    {'':24} {pkg}: {why}" for pkg, why in sorted(RUNTIME_PACKAGES.items())),
        "",
        "Install: unpack the archive where it is to live, e.g. /opt:",
        "",
        f"    sudo tar -xzf counter-app-{version}-linux-x86_64.tar.gz -C /opt",
        "    /opt/counter-app/counter-app --self-test      (last line: 自检通过)",
        "",
        "Desktop icon: copy counter-app.desktop (in the folder) to /usr/share/applications;",
        "it starts start-counter-app.sh, which shows a dialog when the program cannot start",
        "(a system package missing) instead of failing silently.",
        "",
        "Chinese input: the ibus input method works as it is (its Qt plugin is in the",
        "folder). Fcitx 5 users start the program with QT_IM_MODULE=ibus; Fcitx 5 answers",
        "it through its ibus frontend (on by default in Debian's fcitx5 package):",
        "",
        "    QT_IM_MODULE=ibus /opt/counter-app/counter-app",
        "",
        "Fcitx 4 does not work with Qt 6 programs (no XIM in Qt 6): use Fcitx 5 or ibus.",
        "Update and the rest: README.md of the project, sections Update and Linux.",
        "",
    ]
    return "\n".join(lines)


def build_archive(folder: Path, version: str) -> Path:
    archive = folder.parent / f"counter-app-{version}-linux-x86_64.tar.gz"
    partial = archive.with_name(archive.name + ".partial")
    with tarfile.open(partial, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    partial.replace(archive)
    return archive


LAUNCHER = Path(__file__).resolve().parents[1] / "packaging" / "linux"


def add_launcher(folder: Path) -> None:
    """The desktop's way in: the launcher script (mode kept) and its .desktop file."""
    for name in ("start-counter-app.sh", "counter-app.desktop"):
        shutil.copy2(LAUNCHER / name, folder / name)


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "dist/counter-app")
    version = package_version()
    libraries, glibc = from_the_system(folder)
    text = readme(version, libraries, glibc)
    (folder / "README-linux.txt").write_text(text, encoding="utf-8")
    add_launcher(folder)
    print(text)
    print(build_archive(folder, version))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
