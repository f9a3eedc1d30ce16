"""The value axis of the dashboard's bar charts, on the screen and on the printed report."""

from __future__ import annotations

AXIS_STEPS = 4  # the axis is divided in four even steps


def nice_top(top: float) -> float:
    """The axis' top: 4 steps of 1, 2, 2.5 or 5 × 10^n that hold ``top`` (4 for nothing)."""
    if top <= 0:
        return 4.0
    step = 1.0
    while step * AXIS_STEPS < top:
        for factor in (2, 2.5, 2):
            step *= factor
            if step * AXIS_STEPS >= top:
                break
    return step * AXIS_STEPS
