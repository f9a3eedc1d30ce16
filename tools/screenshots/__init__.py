"""The screenshot and manual harness: every screen and printout as PNG, for a developer to
look at and for the user manual's pictures. A developer tool, never shipped:

    python -m tools.screenshots OUTDIR [--manual docs/manual.md]    (`make screenshots`)
"""
