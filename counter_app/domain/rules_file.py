"""Reading the rules files under resources/ (TOML), in one place: what every loader does
first (read_toml), the check of a file whose top level holds a fixed set of keys
(keys_problem), and for the small rules files (complaints.toml, announcements.toml) both
at once, each refusal naming the file (read_rules_table).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any

from counter_app.domain.text import Msg

__all__ = ["RulesFileError", "keys_problem", "read_rules_table", "read_toml"]


class RulesFileError(Exception):
    """A rules file cannot be used; the message (a Msg) names the file and the key."""


def read_rules_table(
    path: Path, title: str, keys: set[str], error: type[RulesFileError]
) -> tuple[dict[str, Any], Callable[[str], RulesFileError]]:
    """The file's table, holding exactly ``keys``, and how to refuse one of its values.

    ``title`` names the file for the clerk (投诉参数文件); ``error`` is the file's own
    error class, so start-up says which file stopped it.
    """
    name = path.name

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(
            Msg("{title} {name} 无法读取：{exc}", title=title, name=name, exc=exc)
        ) from None
    except UnicodeDecodeError:
        raise error(Msg("{title} {name} 不是 UTF-8 编码", title=title, name=name)) from None
    except tomllib.TOMLDecodeError as exc:
        raise error(
            Msg("{title} {name} 格式有误：{exc}", title=title, name=name, exc=exc)
        ) from None

    def fail(message: str) -> RulesFileError:
        return error(Msg("{title} {name} 中{message}", title=title, name=name, message=message))

    problem = keys_problem(data, keys)
    if problem:
        raise fail(problem)
    return data, fail


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
