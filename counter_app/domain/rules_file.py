"""Reading one TOML rules file of a fixed set of keys, for the small rules files
(complaints.toml, announcements.toml): the read and syntax errors, unknown and missing
keys, each refused with a message that names the file, in one place.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from counter_app.domain.text import Msg

__all__ = ["RulesFileError", "read_rules_table"]


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

    unknown = sorted(set(data) - keys)
    if unknown:
        raise fail(f"有未知的项：{'、'.join(unknown)}")
    missing = sorted(keys - set(data))
    if missing:
        raise fail(f"缺少：{'、'.join(missing)}")
    return data, fail
