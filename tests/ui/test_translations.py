"""The English and Chinese catalogues: up to date, complete, compiled, and really used.

The screens are built for real in each language and every text a clerk reads is
collected (tests/ui/screen_walk.py). In English no Chinese may remain, except data
(customers' names and addresses, the hall's name) and the language's own name; in
Chinese no English translation may show up.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from screen_walk import Text, texts
from sqlalchemy import select
from support import PASSWORD, add_owing_account

from counter_app.demo.training_store import open_training_store
from counter_app.domain.masking import mask_name
from counter_app.sample_hall import BUSINESS, CUSTOMER
from counter_app.services import announcements, auth
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Account, Customer, FeeItem
from counter_app.ui.announcements_page import AnnouncementDialog
from counter_app.ui.login_dialog import LoginDialog
from counter_app.ui.look import load_translations
from counter_app.ui.main_window import MainWindow
from counter_app.ui.offscreen import fill_page, next_page
from counter_app.ui.settings import Settings
from counter_app.ui.settings_dialog import LANGUAGE_NAMES, SettingsDialog
from counter_app.ui.setup_dialog import SetupDialog
from counter_app.ui.training_mode import enter_training

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
ACCOUNT = "330101000888"
OTHER_CATALOGUES = ("messages_en.ts", "data_en.ts")


def ui_sources() -> list[Path]:
    screens = sorted((ROOT / "counter_app" / "ui").glob("*.py"))
    return screens + sorted((ROOT / "forms").glob("*.ui"))


def messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield name, message.findtext("source") or "", translation


# -- the catalogues ----------------------------------------------------------------------


def test_ui_catalogues_hold_exactly_the_screens_strings(tmp_path: Path) -> None:
    fresh = tmp_path / "ui_en.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
        + [str(p) for p in ui_sources()]
        + ["-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _ in messages(fresh)}
    assert wanted, "lupdate found no strings"
    for lang in ("en", "zh_CN"):
        held = {(c, s) for c, s, _ in messages(TS_DIR / f"ui_{lang}.ts")}
        assert not wanted - held, f"ui_{lang}.ts lacks (run `make translations`): {wanted - held}"
        assert not held - wanted, f"ui_{lang}.ts holds obsolete strings: {held - wanted}"


def kept_originals_removed(english: str, source: str) -> str:
    """An English text without the originals it keeps on purpose: a name the trainee must
    type as written, given in brackets after its pinyin ("Lin Xiaowen (林晓雯)")."""
    return re.sub(
        r"\(([\u4e00-\u9fff]+)\)",
        lambda m: "" if m.group(1) in source else m.group(0),
        english,
    )


@pytest.mark.parametrize("ts", sorted(TS_DIR.glob("*.ts")), ids=lambda p: p.name)
def test_every_string_is_translated_and_finished(ts: Path) -> None:
    chinese = ts.stem.endswith("_zh_CN")
    problems = []
    for context, source, translation in messages(ts):
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            problems.append(f"{context}: {source!r} unfinished or empty")
        elif chinese and text != source:
            problems.append(f"{context}: {source!r} is not itself: {text!r}")
        elif not chinese and CJK.search(kept_originals_removed(text, source)):
            problems.append(f"{context}: {source!r} → {text!r} still Chinese")
        elif set(re.findall(r"\{(\w*)", source)) != set(re.findall(r"\{(\w*)", text)):
            problems.append(f"{context}: {source!r} → {text!r} placeholders differ")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_shipped_qm_is_compiled_from_the_catalogues(tmp_path: Path, lang: str) -> None:
    built = tmp_path / f"counter_app_{lang}.qm"
    catalogues = sorted(TS_DIR.glob(f"*_{lang}.ts"))
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", *map(str, catalogues), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    shipped = QM_DIR / f"counter_app_{lang}.qm"
    assert shipped.read_bytes() == built.read_bytes(), (
        f"{shipped.name} is stale: `make translations`"
    )


@pytest.mark.parametrize("tool", ["i18n_messages.py", "i18n_data.py"])
def test_other_extractors_are_fresh(tool: str) -> None:
    script = ROOT / "tools" / tool
    if not script.exists():
        pytest.skip(f"tools/{tool} is not merged yet")
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()


# -- the screens, built for real ---------------------------------------------------------


def _owing(ctx: AppContext) -> None:
    """A customer with an account in arrears: the payment page has something to show."""
    now = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
    ctx.clock = lambda: now
    with ctx.write() as s:
        add_owing_account(
            s, now, ACCOUNT, [("202609", "123.40", date(2026, 10, 5))], cert_no="110105198001010016"
        )


def data_texts(ctx: AppContext, hall: HallInfo) -> list[str]:
    """What the store holds about people and places: shown as typed, in any language."""
    found = []
    with ctx.read() as s:
        names = list(s.scalars(select(Customer.name)))
        found += [*names, *map(mask_name, names), *s.scalars(select(Account.address))]
    found += [*NOTICE.values(), *TRAINING_DATA]
    found += [hall.name, hall.address, CUSTOMER["name"], CUSTOMER["address"], "张营业", "王管理"]
    found += [LANGUAGE_NAMES["zh_CN"]]
    return sorted({t for t in found if t}, key=len, reverse=True)


# A notice as the supervisor typed it: data, shown as typed.
NOTICE = {"title": "人民路10kV线路故障抢修", "area": "人民路、解放街", "reason": "线路故障抢修"}
TRAINING_DATA: list[str] = []  # the training store's people and places, for data_texts


def _walk(name: str, widget: QWidget, into: list[Text]) -> None:
    QApplication.processEvents()
    into.extend((f"{name}: {where}", text) for where, text in texts(widget))


def build_and_walk(
    qtbot,  # type: ignore[no-untyped-def]
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    settings: Settings,
    tmp_path: Path,
) -> list[Text]:
    """Every main screen in the current language, with something in it, walked."""
    found: list[Text] = []
    setup = SetupDialog(ctx)
    qtbot.addWidget(setup)
    _walk("setup", setup, found)
    auth.add_user(
        ctx, hall[1], username="zhang", display_name="张营业", staff_no="1001", role="clerk",
        password=PASSWORD,
    )  # fmt: skip
    login = LoginDialog(ctx, f"{hall[0].name}（{hall[0].code}）", last_user="zhang")
    qtbot.addWidget(login)
    _walk("login", login, found)
    settings_dialog = SettingsDialog(settings, str(tmp_path / "printouts"))
    qtbot.addWidget(settings_dialog)
    _walk("settings", settings_dialog, found)

    _owing(ctx)
    window = MainWindow(ctx, hall[0], hall[1], settings, tmp_path / "printouts")
    qtbot.addWidget(window)
    window.show_pdf = lambda _path: None  # type: ignore[method-assign]
    window.resize(1280, 800)
    window.show()
    for row in range(window.ui.navList.count()):
        window.ui.navList.setCurrentRow(row)
        QApplication.processEvents()
    # Something in each page: an account found, a customer at the counter, search results.
    window.payment.ui.accountEdit.setText(ACCOUNT)
    window.payment.find_account()
    window.queue.issue_ticket()
    window.queue.call_next()
    window.lookup.ui.searchEdit.setText("王小明")
    window.lookup.search()
    if hasattr(window, "dashboard"):
        window.dashboard.refresh()
    _walk("main", window, found)

    walk_notices(qtbot, ctx, hall[1], window, found)
    walk_training(qtbot, ctx, hall, settings, tmp_path, found)
    window.training_scores.refresh()  # the exercise just scored
    _walk("scores", window.training_scores, found)

    wizard = window.start_business(BUSINESS)
    qtbot.addWidget(wizard)
    page = wizard.currentPage()
    fill_page(page, CUSTOMER)
    _walk("wizard[1]", wizard, found)
    page = next_page(wizard)
    fill_page(page, CUSTOMER)
    _walk("wizard[2]", wizard, found)
    page = next_page(wizard)
    page.boxes["applicant_id"].setChecked(True)  # type: ignore[attr-defined]
    _walk("wizard[3]", wizard, found)
    next_page(wizard)
    _walk("wizard[4]", wizard, found)
    wizard.reject()
    return found


def walk_notices(qtbot, ctx: AppContext, boss: UserInfo, window: MainWindow, found: list[Text]):  # type: ignore[no-untyped-def]
    """An outage notice: the 公告 page, its entry dialog, the today page and the F1 help."""
    announcements.create(
        ctx, boss, kind="unplanned_outage", starts_at=ctx.clock() - timedelta(minutes=40),
        ends_at=None, **NOTICE,
    )  # fmt: skip
    window.show_area(window.notices)
    window.notices.refresh()
    window.notices.ui.noticesTable.selectRow(0)
    _walk("notices", window.notices, found)
    dialog = AnnouncementDialog(ctx, boss, window)
    qtbot.addWidget(dialog)
    _walk("notice dialog", dialog, found)
    dialog.reject()
    window.show_area(window.today)
    window.today.refresh()
    _walk("today", window.today, found)
    overlay = window.toggle_help()
    assert overlay is not None
    _walk("help", overlay, found)
    window.toggle_help()


def walk_training(
    qtbot, real: AppContext, hall, settings: Settings, tmp_path: Path, found: list[Text]
):  # type: ignore[no-untyped-def]
    """The training window (banner) and its 培训练习 page, an exercise answered and scored."""
    exercises = list(real.rules.exercises)
    ctx = open_training_store(real, tmp_path / "training.db", exercises, customers=3, visits=3)
    window = MainWindow(ctx, hall[0], hall[1], settings, tmp_path / "training")
    qtbot.addWidget(window)
    enter_training(window, real)
    window.resize(1280, 800)
    window.show()
    _walk("training", window, found)
    page = window.training_page
    window.show_area(page)
    page.list.setCurrentRow([e.code for e in exercises].index("suspension-too-short"))
    page.start()
    _walk("exercise", page, found)
    page.answer_buttons[0][1].setChecked(True)
    page.finish()
    _walk("exercise scored", page, found)
    window.close()
    with ctx.read() as s:
        names = list(s.scalars(select(Customer.name)))
        addresses = list(s.scalars(select(Account.address)))
        # HQ's fee schedule (imported from its Excel file, changed at each import): data.
        fees = [*s.scalars(select(FeeItem.name)), *s.scalars(select(FeeItem.unit))]
    # Names a trainee must type as written (an exercise's check): shown in the story as data.
    typed = [str(c.expected) for e in exercises for c in e.checks if c.field == "name"]
    TRAINING_DATA[:] = [*names, *map(mask_name, names), *addresses, *fees, *typed]
    ctx.close()


@pytest.fixture
def language(qapp, app_look):  # type: ignore[no-untyped-def]
    """Switch the catalogues for one test; Chinese again afterwards."""

    def switch(lang: str) -> None:
        load_translations(qapp, lang)

    yield switch
    load_translations(qapp, "zh_CN")


def _ui_strings() -> set[str]:
    return {s for _c, s, _t in messages(TS_DIR / "ui_en.ts")}


def _strings_of(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings_of(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings_of(v)


def others_strings() -> set[str]:
    """The texts the other catalogues translate: services' and domain's literals, data files."""
    found: set[str] = set()
    for layer in ("domain", "store", "services"):
        for py in (ROOT / "counter_app" / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found.add(node.value)
    for toml in (ROOT / "resources").rglob("*.toml"):
        found.update(_strings_of(tomllib.loads(toml.read_text(encoding="utf-8"))))
    return found


# An amount in Chinese capitals (壹佰贰拾玖元伍角柒分) is a figure, as on the receipt.
CAPITALS = re.compile("[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]{2,}")


def chinese_left(found: list[Text], data: list[str]) -> list[Text]:
    left = []
    for where, text in found:
        bare = CAPITALS.sub("", text)
        for d in data:
            bare = bare.replace(d, "")
        if CJK.search(bare):
            left.append((where, text))
    return left


def _report(items: list[Text]) -> str:
    return "\n".join(f"{where}: {text!r}" for where, text in items)


def test_english_screens_show_no_untranslated_screen_string(  # type: ignore[no-untyped-def]
    qtbot, language, ctx: AppContext, hall, settings: Settings, tmp_path: Path
) -> None:
    """Chinese left that our own catalogue (ui_en.ts) should have turned into English."""
    language("en")
    found = build_and_walk(qtbot, ctx, hall, settings, tmp_path)
    # A text that is itself one of our source strings: a tr() that did not translate
    # (a context lupdate and PySide6 disagree on), or a string never passed through tr().
    ours = _ui_strings()
    left = chinese_left(found, data_texts(ctx, hall[0]))
    # The same words may also be data (a field label, a status): those are the others'.
    ours -= others_strings()
    mine = [(w, t) for w, t in left if t in ours or t.replace("&", "") in ours]
    assert not mine, "screen strings not translated:\n" + _report(mine)


def test_english_screens_show_no_chinese_at_all(  # type: ignore[no-untyped-def]
    qtbot, language, ctx: AppContext, hall, settings: Settings, tmp_path: Path
) -> None:
    language("en")
    found = build_and_walk(qtbot, ctx, hall, settings, tmp_path)
    left = chinese_left(found, data_texts(ctx, hall[0]))
    assert not left, f"{len(left)} texts still Chinese in English:\n" + _report(left)


def test_chinese_screens_show_no_english_translation(  # type: ignore[no-untyped-def]
    qtbot, language, ctx: AppContext, hall, settings: Settings, tmp_path: Path
) -> None:
    language("zh_CN")
    found = build_and_walk(qtbot, ctx, hall, settings, tmp_path)
    english = {
        t.text
        for _c, s, t in messages(TS_DIR / "ui_en.ts")
        if t.text and t.text != s and re.search("[A-Za-z]{3}", t.text)
    }
    shown = [(w, t) for w, t in found if t in english and t != LANGUAGE_NAMES["en"]]
    assert not shown, "English in the Chinese build:\n" + _report(shown)
    assert any(t == "今日工作" for _w, t in found)


def test_language_setting_and_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    from counter_app.ui.look import LANGUAGE_ENV, chosen_language

    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert chosen_language(None, None) == "zh_CN"
    assert chosen_language(None, "en") == "en"
    assert chosen_language(None, "fr") == "zh_CN"
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    assert chosen_language(None, "zh_CN") == "en"
    assert chosen_language("zh_CN", "en") == "zh_CN"


def test_english_catalogue_and_qt_dialogs_load(language) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QLocale

    language("en")
    assert QCoreApplication.translate("MainWindow", "今日工作") == "Today"
    assert QLocale().name().startswith("en")
    language("zh_CN")
    assert QCoreApplication.translate("MainWindow", "今日工作") == "今日工作"
    # Qt's own buttons in Chinese too (qtbase_zh_CN.qm).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_language_is_chosen_in_the_settings_dialog(  # type: ignore[no-untyped-def]
    qtbot, app_look, settings: Settings, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from counter_app.ui import settings as opt

    dialog = SettingsDialog(settings, str(tmp_path / "printouts"))
    qtbot.addWidget(dialog)
    assert dialog.ui.languageCombo.currentData() == "zh_CN"
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert settings.get(opt.LANGUAGE) == "en"


def test_lang_on_the_command_line() -> None:
    from counter_app.cli import build_parser

    assert build_parser().parse_args(["--lang", "en"]).lang == "en"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr"])
