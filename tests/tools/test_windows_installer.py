"""The Windows installer's definition (packaging/windows/counter-app.iss) and the exe's
version resource (tools/windows_version.py), checked on any machine.

Inno Setup's compiler runs on Windows (or under Wine, see README "Install on Windows");
these tests read the script as its compiler would: the sections, each entry's
parameters, and the files it takes from the build.
"""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path, PureWindowsPath

import pytest

from counter_app import __version__
from tools import windows_version

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "counter-app.iss"
# Never changes: an installer with another AppId installs a second copy instead of updating.
APP_ID = "{{DA4814D0-B96F-40D8-86DC-8AFF88908712}"
DATA = "{commonappdata}\\CounterAssistant"


def read_script(path: Path) -> str:
    raw = path.read_bytes()
    # Without the byte order mark Inno Setup reads the file in the PC's ANSI code page.
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name} must be UTF-8 with a BOM"
    return raw[3:].decode("utf-8")


def sections(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            found.setdefault(current, [])
        elif current:
            found[current].append(line)
    return found


def entry(line: str) -> dict[str, str]:
    """`Name: "x"; Flags: a b` → {"Name": "x", "Flags": "a b"} (quotes as Inno reads them)."""
    params = {}
    for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', line):
        value = match.group(2).strip()
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        params[match.group(1)] = value
    return params


def directives(lines: list[str]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in lines)


@pytest.fixture(scope="module")
def script() -> dict[str, list[str]]:
    return sections(read_script(ISS))


@pytest.fixture(scope="module")
def defines() -> dict[str, str]:
    return dict(re.findall(r"^\s*#define (\w+) (.+)$", read_script(ISS), re.MULTILINE))


def test_app_id_is_the_one_every_release_has(script: dict[str, list[str]]) -> None:
    assert directives(script["Setup"])["AppId"] == APP_ID


def test_per_machine_install_that_closes_a_running_copy(script: dict[str, list[str]]) -> None:
    setup = directives(script["Setup"])
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    assert setup["CloseApplications"] in ("yes", "force")
    assert setup["RestartApplications"] == "no"  # never started again by the elevated installer
    assert setup["UninstallDisplayIcon"] == "{app}\\{#ExeName}"


def test_the_version_is_read_from_the_built_exe(
    script: dict[str, list[str]], defines: dict[str, str]
) -> None:
    setup = directives(script["Setup"])
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["OutputBaseFilename"] == "counter-app-{#AppVersion}-setup"
    assert defines["AppVersion"] == 'GetFileProductVersion(BuildDir + "\\" + ExeName)'
    assert defines["ExeName"] == '"counter-app.exe"'
    # …whose version resource build.spec writes on Windows from counter_app.__version__.
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "from tools.windows_version import write_version_info" in spec
    assert "version=VERSION_INFO," in spec
    assert windows_version.package_version() == __version__


def test_the_data_folder_is_made_writable_for_users_and_never_uninstalled(
    script: dict[str, list[str]],
) -> None:
    dirs = {e["Name"]: e for e in map(entry, script["Dirs"])}
    for name in (DATA, DATA + "\\counter-app"):  # counter_app/datadir.py's folder
        assert name in dirs, name
        assert "uninsneveruninstall" in dirs[name]["Flags"].split()
        assert dirs[name]["Permissions"] == "users-modify"


def test_install_and_uninstall_delete_only_inside_the_program_folder(
    script: dict[str, list[str]],
) -> None:
    for section in ("InstallDelete", "UninstallDelete"):
        for line in script[section]:
            name = entry(line)["Name"]
            assert name == "{app}" or name.startswith("{app}\\"), (section, name)
    assert "{app}\\_internal" in [entry(x)["Name"] for x in script["InstallDelete"]]


def test_every_file_comes_from_the_build_layout(
    script: dict[str, list[str]], defines: dict[str, str]
) -> None:
    assert defines["BuildDir"] == 'AddBackslash(SourcePath) + "..\\..\\dist\\counter-app"'
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert re.search(r'^NAME = "counter-app"$', spec, re.MULTILINE)  # dist/counter-app/
    assert "contents_directory" not in spec  # PyInstaller's default: _internal/
    files = [entry(x) for x in script["Files"]]
    assert [f["Source"] for f in files] == ["{#BuildDir}\\*"]  # the whole folder, as built
    assert files[0]["DestDir"] == "{app}"
    assert "recursesubdirs" in files[0]["Flags"].split()
    built = ROOT / "dist" / "counter-app"
    if not built.is_dir():
        pytest.skip("no dist/counter-app (make dist): the layout was checked against build.spec")
    exe = "counter-app.exe" if sys.platform == "win32" else "counter-app"
    assert (built / exe).is_file()
    assert (built / "_internal").is_dir()


def test_files_the_script_names_exist(script: dict[str, list[str]]) -> None:
    here = ISS.parent
    setup = directives(script["Setup"])
    assert here.joinpath(*PureWindowsPath(setup["SetupIconFile"]).parts).is_file()
    for line in script["Languages"]:
        for name in entry(line)["MessagesFile"].split(","):
            if not name.startswith("compiler:"):
                read_script(here / name)  # exists, UTF-8 with a BOM


def test_shortcuts_and_the_first_start_as_the_clerk(script: dict[str, list[str]]) -> None:
    icons = [entry(x) for x in script["Icons"]]
    assert {i["Name"].split("\\")[0] for i in icons} == {"{autoprograms}", "{autodesktop}"}
    assert all(i["Filename"] == "{app}\\{#ExeName}" for i in icons)
    desktop = next(i for i in icons if i["Name"].startswith("{autodesktop}"))
    assert desktop["Tasks"] == "desktopicon"
    assert "desktopicon" in [entry(x)["Name"] for x in script["Tasks"]]
    run = [entry(x) for x in script["Run"]]
    assert all("runasoriginaluser" in r["Flags"].split() for r in run)


def test_chinese_messages_are_a_translation_not_a_copy() -> None:
    text = read_script(ISS.parent / "ChineseSimplified.isl")
    isl = sections(text)
    options = directives(isl["LangOptions"])
    assert options["LanguageID"] == "$0804"
    messages = directives(isl["Messages"])
    for key in ("WelcomeLabel1", "ButtonNext", "ConfirmUninstall", "ApplicationsFound"):
        assert re.search(r"[\u4e00-\u9fff]", messages[key]), key


# -- the exe's version resource --------------------------------------------------


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0))],
)
def test_windows_wants_four_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert windows_version.numeric_version(version) == numbers


def test_version_resource_reads_back_through_pyinstaller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PyInstaller's own reader and writer of the resource (pefile only matters on Windows).
    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32 import versioninfo

    path = windows_version.write_version_info(tmp_path / "version_info.txt")
    info = versioninfo.load_version_info_from_text_file(str(path))
    major, minor, patch, build = windows_version.numeric_version(__version__)
    assert info.ffi.fileVersionMS == (major << 16) | minor
    assert info.ffi.productVersionLS == (patch << 16) | build
    raw = info.toRaw()
    assert "ProductVersion".encode("utf-16-le") in raw
    assert f"{__version__}\0".encode("utf-16-le") in raw
    assert "柜台助手".encode("utf-16-le") in raw
