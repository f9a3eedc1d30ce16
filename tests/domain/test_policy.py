"""The hall's policy file: limits are data, checked when read."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.domain.policy import PolicyError, load_policy
from counter_app.resources import resource


def test_the_shipped_policy() -> None:
    policy = load_policy(resource("policy.toml"))
    assert (policy.max_failed_logins, policy.lockout_minutes) == (5, 5)
    assert policy.clock_tolerance_minutes == 2


def test_a_bad_limit_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "policy.toml"
    bad.write_text("[clock]\nclock_tolerance_minutes = 0\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"clock\.clock_tolerance_minutes"):
        load_policy(bad)
