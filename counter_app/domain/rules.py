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
from counter_app.domain.surveys import Survey, SurveyError, load_surveys
from counter_app.domain.text import Msg
from counter_app.domain.visit_rules import VisitRules, VisitRulesError, load_visit_rules
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
    "surveys": "surveys",
    "visits": "visits.toml",
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
    SurveyError,
    VisitRulesError,
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
    surveys: dict[str, Survey]
    visits: VisitRules


def load_rules(folder: Path, workflows_dir: Path | None = None) -> Rules:
    """Every rules file under ``folder`` (resources/), checked; RulesError on the first bad one."""

    def path(name: str) -> Path:
        return folder / FILES[name]

    try:
        workflows = load_definitions(workflows_dir or path("workflows"))
        complaints = load_complaint_rules(path("complaints"))
        surveys = load_surveys(path("surveys"))
        visits = load_visit_rules(path("visits"))
        _check_visits(surveys, visits, complaints, workflows)
        return Rules(
            workflows=workflows,
            policy=load_policy(path("policy")),
            fees=load_fee_rules(path("fees")),
            queue=load_queue_config(path("queue")),
            holidays=load_holiday_rule(path("holidays")),
            exercises=tuple(load_exercises(path("exercises"), workflows)),
            complaints=complaints,
            announcements=load_announcement_rules(path("announcements")),
            surveys=surveys,
            visits=visits,
        )
    except _ERRORS as exc:
        raise RulesError(str(exc)) from None


def _check_visits(
    surveys: dict[str, Survey],
    visits: VisitRules,
    complaints: ComplaintRules,
    workflows: dict[str, WorkflowDefinition],
) -> None:
    """What the visit files name must exist: a problem's complaint category, a rule's
    questionnaire and businesses."""
    for survey in surveys.values():
        for q in survey.questions:
            if q.category and q.category not in complaints.categories:
                raise SurveyError(
                    Msg(
                        "问卷 {survey} 的题目 {question} 的 category“{category}”不是"
                        "投诉参数文件 complaints.toml 中的投诉类别",
                        survey=survey.code,
                        question=q.code,
                        category=q.category,
                    )
                )
    for rule in visits.rules:
        if rule.survey not in surveys:
            raise VisitRulesError(
                Msg(
                    "走访参数文件 visits.toml 中规则 {rule} 的 survey“{survey}”没有对应的问卷",
                    rule=rule.code,
                    survey=rule.survey,
                )
            )
        unknown = [b for b in rule.businesses if b not in workflows]
        if unknown:
            raise VisitRulesError(
                Msg(
                    "走访参数文件 visits.toml 中规则 {rule} 的 businesses"
                    "“{business}”不是已有的业务",
                    rule=rule.code,
                    business=unknown[0],
                )
            )
