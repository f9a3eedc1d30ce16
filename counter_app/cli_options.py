"""Options that several sub-commands declare alike (argparse only: nothing heavy)."""

from __future__ import annotations

import argparse


def count_option(parser: argparse.ArgumentParser, flag: str, default: int, help: str) -> None:
    """``flag N``: a whole number with its default, which ``help`` shows as %(default)s."""
    parser.add_argument(flag, type=int, default=default, metavar="N", help=help)
