"""Start-up (the composition root): a bad rules file stops it with the file and key named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from counter_app.bootstrap import open_context
from counter_app.domain.rules import FILES
from counter_app.resources import resources_dir
from counter_app.services.errors import StartupError


def test_a_bad_fees_file_stops_start_up_naming_file_and_key(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    for name in FILES.values():
        source = resources_dir() / name
        if source.is_dir():
            shutil.copytree(source, resources / name)
        else:
            (resources / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, resources / name)
    fees = resources / "fees.toml"
    fees.write_text(fees.read_text(encoding="utf-8").replace('"0.5"', '"半元"'), encoding="utf-8")
    with pytest.raises(StartupError, match=r"fees\.toml 中 cash\.denominations 的面额“半元”"):
        open_context(str(tmp_path / "x.db"), resources=resources)
    assert not (tmp_path / "x.db").exists()  # checked before the store is touched


def test_the_context_carries_the_rules_it_was_opened_with(tmp_path: Path) -> None:
    ctx = open_context(str(tmp_path / "x.db"))
    try:
        assert ctx.workflows is ctx.rules.workflows and ctx.policy is ctx.rules.policy
        assert ctx.rules.fees.denominations[0] == ("100元", 100)
        assert ctx.open_store is open_context  # the training store opens the same way
    finally:
        ctx.close()
