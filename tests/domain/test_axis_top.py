"""The dashboard's value axis (screen and paper): 4 even steps that hold the largest value."""

from __future__ import annotations

import pytest

from counter_app.domain.indicators import axis_top


@pytest.mark.parametrize(
    ("top", "expected"),
    [(0, 4.0), (-3, 4.0), (1, 4.0), (4, 4.0), (5, 8.0), (9, 20.0), (11, 20.0), (41, 80.0),
     (100, 200.0), (101, 200.0), (250, 400.0)],
)  # fmt: skip
def test_axis_top(top: int, expected: float) -> None:
    assert axis_top(top) == expected
