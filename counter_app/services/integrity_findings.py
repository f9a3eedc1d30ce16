"""What `counter-app check` reports: one result per check, the report of them all, and
the counter each check keeps its problems in. Apart from integrity.py so that the
checks in integrity_anchor.py and integrity_records.py use them without importing
integrity, which runs them."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CheckReport", "CheckResult", "Findings"]


@dataclass(frozen=True)
class CheckResult:
    key: str
    title: str
    ok: bool
    message: str  # the OK summary, or the first problem found
    problems: int = 0

    def line(self) -> str:
        if self.ok:
            return f"[正常] {self.title}：{self.message}"
        more = f"（共 {self.problems} 处问题）" if self.problems > 1 else ""
        return f"[问题] {self.message}{more}"


@dataclass(frozen=True)
class CheckReport:
    database: str
    results: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)

    def result(self, key: str) -> CheckResult:
        return next(r for r in self.results if r.key == key)

    @property
    def first_problem(self) -> CheckResult | None:
        return next((r for r in self.results if not r.ok), None)


class Findings:
    """Counts problems, keeps the first."""

    def __init__(self, key: str, title: str) -> None:
        self.key, self.title = key, title
        self.first = ""
        self.count = 0

    def add(self, message: str) -> None:
        self.count += 1
        if not self.first:
            self.first = message

    def result(self, ok_message: str) -> CheckResult:
        if self.count:
            return CheckResult(self.key, self.title, False, self.first, self.count)
        return CheckResult(self.key, self.title, True, ok_message)
