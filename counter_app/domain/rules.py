"""The hall's rules bundle: every data file under resources/ parsed once, by its own
parser, when the app starts. A bad file stops start-up with a RulesError whose message
names the file, the key and the problem; once running, the services read the parsed
rules from the context (``ctx.rules.fees``) and never the files again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from counter_app.domain.announcement_rules import (
    AnnouncementRules,
    AnnouncementRulesError,
    load_announcement_rules,
)
from counter_app.domain.complaint_rules import (
    ComplaintRules,
    ComplaintRulesError,
    load_complaint_rules,
)
from counter_app.domain.exercises import Exercise, ExerciseError, load_exercises
from counter_app.domain.fee_rules import FeeDataError, FeeRules, load_fee_rules
from counter_app.domain.holidays import HolidayRule, HolidayRuleError, load_holiday_rule
from counter_app.domain.policy import Policy, PolicyError, load_policy
from counter_app.domain.queueing import QueueConfig, QueueDataError, load_queue_config
from counter_app.domain.workflow import DefinitionError, WorkflowDefinition
from counter_app.domain.workflow_file import load_definitions

__all__ = ["FILES", "Rules", "RulesError", "load_rules"]

# Each rules file (or folder) under resources/, as the bundle reads it.
FILES = {
    "workflows": "workflows",
    "policy": "policy.toml",
    "fees": "fees.toml",
    "queue": "queue.toml",
    "holidays": "holidays.toml",
    "exercises": "training/exercises.toml",
    "complaints": "complaints.toml",
    "announcements": "announcements.toml",
}

_ERRORS = (
    DefinitionError,
    PolicyError,
    FeeDataError,
    QueueDataError,
    HolidayRuleError,
    ExerciseError,
    ComplaintRulesError,
    AnnouncementRulesError,
)


class RulesError(Exception):
    """A rules file cannot be used; the message names the file, the key and the problem."""


@dataclass(frozen=True)
class Rules:
    workflows: dict[str, WorkflowDefinition]
    policy: Policy
    fees: FeeRules
    queue: QueueConfig
    holidays: HolidayRule
    exercises: tuple[Exercise, ...]
    complaints: ComplaintRules
    announcements: AnnouncementRules


def load_rules(folder: Path, workflows_dir: Path | None = None) -> Rules:
    """Every rules file under ``folder`` (resources/), checked; RulesError on the first bad one."""

    def path(name: str) -> Path:
        return folder / FILES[name]

    try:
        workflows = load_definitions(workflows_dir or path("workflows"))
        return Rules(
            workflows=workflows,
            policy=load_policy(path("policy")),
            fees=load_fee_rules(path("fees")),
            queue=load_queue_config(path("queue")),
            holidays=load_holiday_rule(path("holidays")),
            exercises=tuple(load_exercises(path("exercises"), workflows)),
            complaints=load_complaint_rules(path("complaints")),
            announcements=load_announcement_rules(path("announcements")),
        )
    except _ERRORS as exc:
        raise RulesError(str(exc)) from None
