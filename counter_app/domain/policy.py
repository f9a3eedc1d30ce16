"""Security and session limits, read from resources/policy.toml (data, not code)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path


class PolicyError(Exception):
    pass


@dataclass(frozen=True)
class Policy:
    max_failed_logins: int = 5
    lockout_minutes: int = 5
    min_password_length: int = 8
    idle_lock_minutes: int = 10
    # A clock this far behind the latest record is warned about at login.
    clock_tolerance_minutes: int = 2


def load_policy(path: Path) -> Policy:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PolicyError(f"策略文件 {path.name} 无法读取：{exc}") from None
    values: dict[str, int] = {}
    for section, keys in {
        "auth": ("max_failed_logins", "lockout_minutes", "min_password_length"),
        "session": ("idle_lock_minutes",),
        "clock": ("clock_tolerance_minutes",),
    }.items():
        table = data.get(section, {})
        for key in keys:
            if key in table:
                value = table[key]
                if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                    raise PolicyError(f"策略文件 {path.name} 中 {section}.{key} 应为正整数")
                values[key] = value
    return Policy(**values)
