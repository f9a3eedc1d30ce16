"""The dashboard charts' value axis (screen and printed report)."""

from __future__ import annotations

import pytest

from counter_app.domain.chart_axis import AXIS_STEPS, nice_top


@pytest.mark.parametrize(
    ("top", "axis"),
    [(0, 4), (-3, 4), (1, 4), (4, 4), (5, 8), (8, 8), (9, 20), (20, 20), (21, 40), (41, 80),
     (81, 200), (1234, 2000), (2001, 4000)],
)  # fmt: skip
def test_the_axis_top_is_four_round_steps_that_hold_the_tallest_bar(top: int, axis: float) -> None:
    assert nice_top(top) == axis


@pytest.mark.parametrize("top", range(1, 5000, 37))
def test_the_step_is_1_2_or_5_times_ten_to_a_power_and_the_least_that_holds(top: int) -> None:
    step = nice_top(top) / AXIS_STEPS
    lead = f"{step:g}"[0]
    assert f"{step:g}" == lead + "0" * (len(f"{step:g}") - 1) and lead in "125"
    assert AXIS_STEPS * step >= top
    smaller = step / (2.5 if lead == "5" else 2)
    assert step == 1 or AXIS_STEPS * smaller < top
