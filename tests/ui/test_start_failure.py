"""A start that fails before the event loop says so in a dialog naming the log (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app import datadir
from counter_app.ui import app as app_module
from counter_app.ui import errors


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    got: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "show_start_failure_text", lambda t, x: got.append((t, x)))
    monkeypatch.setattr(errors, "log_file", None)
    return got


def test_an_unusable_data_folder_is_a_dialog_saying_what_to_do(
    app_look, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[tuple[str, str]], capsys
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv(datadir.DATA_DIR_ENV, str(blocker / "hall"))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert app_module.run_gui(str(tmp_path / "x.db")) == 1
    [(title, text)] = shown
    assert title == "柜台助手无法启动"
    assert str(blocker / "hall") in text and "install -d" in text
    log = tmp_path / errors.START_LOG_NAME
    assert str(log) in text and "DataFolderError" in log.read_text(encoding="utf-8")
    assert "DataFolderError" in capsys.readouterr().err  # and on stderr


def test_an_unexpected_error_names_the_log(
    app_look, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(datadir, "data_dir", lambda: tmp_path)

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("字体文件损坏 110105198001010016")

    monkeypatch.setattr(app_module, "Startup", broken)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert app_module.run_gui(str(tmp_path / "x.db")) == 1
    [(_title, text)] = shown
    assert "意外错误" in text and str(tmp_path / "logs" / "counter-app.log") in text
    logged = (tmp_path / "logs" / "counter-app.log").read_text(encoding="utf-8")
    assert "RuntimeError" in logged and "110105198001010016" not in logged
