"""Reading the rules files under resources/ (TOML): what every loader does first."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any


def read_toml(path: Path, error: Callable[[str], Exception], what: str) -> dict[str, Any]:
    """The data in ``path``; else ``error("<what> <file name> 无法读取：<why>")`` is raised."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise error(f"{what} {path.name} 无法读取：{exc}") from None


def keys_problem(data: Mapping[str, Any], keys: Collection[str]) -> str | None:
    """What a file whose top level must hold exactly ``keys`` gets wrong (有未知的项：…
    or 缺少：…), or None."""
    unknown = sorted(set(data) - set(keys))
    if unknown:
        return f"有未知的项：{'、'.join(unknown)}"
    missing = sorted(set(keys) - set(data))
    if missing:
        return f"缺少：{'、'.join(missing)}"
    return None
