"""The rules bundle: every resources file parsed once at start-up; a broken copy of any
one of them stops start-up with a message naming the file and the key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from counter_app.domain.rules import FILES, RulesError, load_rules
from counter_app.resources import resources_dir


@pytest.fixture(scope="module")
def shipped() -> Path:
    return resources_dir()


def test_the_shipped_rules_load(shipped: Path) -> None:
    rules = load_rules(shipped)
    assert "rename" in rules.workflows
    assert rules.fees.late_fee.minimum == 1
    assert rules.queue.payment_category == "B"
    assert rules.complaints.escalation and rules.announcements.hotline
    assert rules.holidays.festivals and rules.exercises and rules.policy


# One broken key per file: (file under resources/, text replaced, its replacement, key).
BROKEN = [
    ("workflows/rename.toml", "time_limit_days = 3", 'time_limit_days = "3"', "time_limit_days"),
    ("policy.toml", "max_failed_logins = 5", 'max_failed_logins = "5"', "max_failed_logins"),
    ("fees.toml", 'residential_daily = "0.001"', "residential_daily = 0.001", "residential_daily"),
    ("queue.toml", "followup_days = 15", 'followup_days = "15"', "followup_days"),
    ("holidays.toml", "from_year = 2025", 'from_year = "2025"', "from_year"),
    ("training/exercises.toml", "pass_mark = 80", 'pass_mark = "80"', "pass_mark"),
    ("complaints.toml", "contact_days = 1", "contact_days = 0", "contact_days"),
    (
        "announcements.toml",
        'planned_short_notice = "warn"',
        'planned_short_notice = "maybe"',
        "planned_short_notice",
    ),
    ("surveys/new_connection.toml", 'kind = "yes_no"', 'kind = "maybe"', "kind"),
    ("visits.toml", "finding_days = 5", "finding_days = 0", "finding_days"),
]


def test_every_rules_file_has_a_broken_copy() -> None:
    files = {f.split("/")[0] if f.startswith(("workflows/", "surveys/")) else f for f, *_ in BROKEN}
    assert files == set(FILES.values())


@pytest.mark.parametrize(("file", "old", "new", "key"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_file_names_file_and_key(
    tmp_path: Path, shipped: Path, file: str, old: str, new: str, key: str
) -> None:
    folder = tmp_path / "resources"
    for name in FILES.values():
        source = shipped / name
        if source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, folder / name)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(folder)
    message = str(caught.value)
    assert Path(file).name in message and key in message, message
