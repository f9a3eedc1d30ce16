"""What every rules file's loader does first: read the TOML, check the top-level keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.domain.rules_file import keys_problem, read_toml


class _Bad(ValueError):
    pass


def test_a_file_is_read_as_toml(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text('hotline = "95598"\n[cash]\nround = 2\n', encoding="utf-8")
    assert read_toml(path, _Bad, "规则文件") == {"hotline": "95598", "cash": {"round": 2}}


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (None, "No such file"),
        (b"a = \xff\n", "utf-8"),
        (b"a = = 1\n", "Invalid"),
    ],
)
def test_a_file_that_cannot_be_read_is_named_with_why(
    tmp_path: Path, content: bytes | None, why: str
) -> None:
    path = tmp_path / "排队.toml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(_Bad, match=f"^排队配置文件 排队.toml 无法读取：.*{why}") as caught:
        read_toml(path, _Bad, "排队配置文件")
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"a": 1, "b": 2}, None),
        ({"a": 1, "b": 2, "z": 3, "c": 4}, "有未知的项：c、z"),
        ({"b": 2}, "缺少：a"),
        ({"z": 1}, "有未知的项：z"),  # the unknown first: a misspelt key is the likelier slip
    ],
)
def test_the_top_level_keys_are_exactly_the_expected(
    data: dict[str, int], problem: str | None
) -> None:
    assert keys_problem(data, {"a", "b"}) == problem
