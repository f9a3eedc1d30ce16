"""resources/surveys/*.toml: the questionnaires of visits and surveys (走访和调查).

Each file is one questionnaire: its code and name, a line read out or printed before the
questions, and the questions in order. A question has a kind (选择 choice, 1–5 分 scale,
是/否 yes_no, 文字 text), the options of a choice, and ``problem``: which answers count as
a problem found (a choice's options, "是" or "否", the highest score that is a problem),
with the complaint category the follow-up of such an answer is filed under.

Parsed and checked once at start-up with the other rules (domain/rules.py); a bad file
stops start-up with a message naming the file and the key. ``read_answer`` checks one
answer against its question: the services never store an answer it refused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counter_app.domain.rules_file import RulesFileError, keys_problem, read_rules_table
from counter_app.domain.text import N_, Joined, Msg

__all__ = [
    "KINDS",
    "NO",
    "YES",
    "Answer",
    "Question",
    "Survey",
    "SurveyError",
    "load_surveys",
    "read_answer",
]

SURVEYS_DIR = "surveys"
# The kinds of question, with what the clerk calls them.
KINDS: Mapping[str, str] = {
    "choice": N_("单选"),
    "scale": N_("评分（1-5分）"),
    "yes_no": N_("是/否"),
    "text": N_("文字"),
}
YES, NO = N_("是"), N_("否")
SCALE = range(1, 6)
MAX_TEXT = 500  # a text answer's length
_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}", re.ASCII)
_FILE_KEYS = {"code", "name", "intro", "questions"}
_QUESTION_KEYS = {"code", "text", "kind", "options", "problem", "category", "optional"}


class SurveyError(RulesFileError):
    """A questionnaire file cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Question:
    code: str
    text: str
    kind: str  # choice / scale / yes_no / text
    options: tuple[str, ...]  # a choice's options; 是/否 for yes_no; 1..5 for scale
    problem_options: frozenset[str]  # a choice's or a yes/no's answers that are a problem
    problem_at_most: int | None  # a scale's: this score or lower is a problem
    category: str  # the follow-up's complaint category (投诉类别); "" when none can arise
    optional: bool  # may be left unanswered (text questions always may)

    @property
    def can_find_problem(self) -> bool:
        return bool(self.problem_options) or self.problem_at_most is not None


@dataclass(frozen=True)
class Survey:
    code: str
    name: str  # 新装回访 …
    intro: str  # what the visitor says first, printed at the top of the sheet
    questions: tuple[Question, ...]

    def question(self, code: str) -> Question | None:
        return next((q for q in self.questions if q.code == code), None)


@dataclass(frozen=True)
class Answer:
    """One answer as stored: its text, its score (scale), whether it is a problem."""

    question: str
    text: str
    number: int | None
    is_problem: bool


def _question(raw: Any, where: str, fail: Any) -> Question:
    if not isinstance(raw, dict):
        raise fail(f" {where} 应为一个表（[[questions]]）")
    problem = keys_problem(raw, _QUESTION_KEYS)
    if problem and not problem.startswith("缺少"):
        raise fail(f" {where} {problem}")
    for key in ("code", "text", "kind"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise fail(f" {where} 缺少 {key}（应为文字）")
    code, text, kind = raw["code"].strip(), raw["text"].strip(), raw["kind"].strip()
    where = f"{where}（{code}）"
    if not _CODE.fullmatch(code):
        raise fail(f" {where} 的 code 应为小写英文字母开头的字母、数字或下划线")
    if len(text) > 200:
        raise fail(f" {where} 的 text 超过200个字")
    if kind not in KINDS:
        raise fail(f" {where} 的 kind 应为 {'、'.join(KINDS)} 之一")
    optional = raw.get("optional", kind == "text")
    if not isinstance(optional, bool):
        raise fail(f" {where} 的 optional 应为 true 或 false")
    options: tuple[str, ...] = ()
    if kind == "choice":
        value = raw.get("options")
        if not isinstance(value, list) or len(value) < 2:
            raise fail(f" {where} 的 options 应为至少两个选项的文字列表")
        cleaned = [v.strip() if isinstance(v, str) else "" for v in value]
        if any(not v or len(v) > 40 for v in cleaned):
            raise fail(f" {where} 的 options 中有空白、不是文字或超过40个字的选项")
        if len(set(cleaned)) != len(cleaned):
            raise fail(f" {where} 的 options 中有重复的选项")
        options = tuple(cleaned)
    elif "options" in raw:
        raise fail(f" {where} 只有 choice 题可以有 options")
    elif kind == "yes_no":
        options = (YES, NO)
    elif kind == "scale":
        options = tuple(str(n) for n in SCALE)

    problem_options: frozenset[str] = frozenset()
    at_most: int | None = None
    value = raw.get("problem")
    if value is not None:
        if kind == "text":
            raise fail(f" {where} 是文字题，不能设 problem")
        if kind == "scale":
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 4:
                raise fail(f" {where} 的 problem 应为1至4之间的整数（不高于此分即为问题）")
            at_most = value
        elif kind == "yes_no":
            if value not in (YES, NO):
                raise fail(f" {where} 的 problem 应为“是”或“否”")
            problem_options = frozenset((value,))
        else:
            if not isinstance(value, list) or not value:
                raise fail(f" {where} 的 problem 应为非空的选项列表")
            unknown = [v for v in value if v not in options]
            if unknown:
                raise fail(f" {where} 的 problem 中的“{unknown[0]}”不在 options 中")
            if len(set(value)) == len(options):
                raise fail(f" {where} 的 problem 不能包括全部选项")
            problem_options = frozenset(value)
    category = raw.get("category", "")
    if not isinstance(category, str):
        raise fail(f" {where} 的 category 应为文字（投诉类别）")
    category = category.strip()
    if value is not None and not category:
        raise fail(f" {where} 设了 problem，须写 category（发现问题时登记的投诉类别）")
    if value is None and category:
        raise fail(f" {where} 没有 problem，不应写 category")
    return Question(code, text, kind, options, problem_options, at_most, category, optional)


def load_survey(path: Path) -> Survey:
    """One questionnaire file, checked; SurveyError names the file and the key."""
    data, fail = read_rules_table(path, N_("问卷文件"), _FILE_KEYS, SurveyError)
    for key, longest in (("code", 40), ("name", 30), ("intro", 300)):
        if not isinstance(data[key], str) or not data[key].strip():
            raise fail(f" {key} 应为非空的文字")
        if len(data[key].strip()) > longest:
            raise fail(f" {key} 超过{longest}个字")
    code = data["code"].strip()
    if not _CODE.fullmatch(code):
        raise fail(" code 应为小写英文字母开头的字母、数字或下划线")
    raw = data["questions"]
    if not isinstance(raw, list) or not raw:
        raise fail(" questions 应为至少一道题（[[questions]]）")
    questions: list[Question] = []
    for n, item in enumerate(raw, 1):
        q = _question(item, f"第{n}题", fail)
        if any(q.code == other.code for other in questions):
            raise fail(f" 第{n}题 的 code“{q.code}”与前面的题重复")
        questions.append(q)
    if not any(q.can_find_problem for q in questions):
        raise fail(" 没有一道题设了 problem：问卷须能发现问题")
    return Survey(code, data["name"].strip(), data["intro"].strip(), tuple(questions))


def load_surveys(folder: Path) -> dict[str, Survey]:
    """Every questionnaire under ``folder`` by code, in file-name order."""
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise SurveyError(Msg("问卷文件夹 {folder} 中没有问卷（*.toml）", folder=folder.name))
    surveys: dict[str, Survey] = {}
    names: dict[str, str] = {}
    for path in files:
        survey = load_survey(path)
        if survey.code in surveys:
            raise SurveyError(
                Msg(
                    "问卷文件 {name} 中 code“{code}”与 {other} 重复",
                    name=path.name,
                    code=survey.code,
                    other=names[survey.code],
                )
            )
        surveys[survey.code], names[survey.code] = survey, path.name
    return surveys


def read_answer(q: Question, value: str) -> Answer | Msg:
    """``value`` as typed or ticked for ``q``: the stored answer, or why it is refused.
    An empty value is an unanswered question: Answer with empty text, if it may be."""
    value = value.strip()
    if not value:
        if q.optional:
            return Answer(q.code, "", None, False)
        return Msg("请回答“{question}”", question=q.text)
    if q.kind == "text":
        if len(value) > MAX_TEXT:
            return Msg("“{question}”的回答不能超过{max}字", question=q.text, max=MAX_TEXT)
        return Answer(q.code, value, None, False)
    if q.kind == "scale":
        if value not in q.options:
            return Msg("“{question}”应打1至5分", question=q.text)
        score = int(value)
        problem = q.problem_at_most is not None and score <= q.problem_at_most
        return Answer(q.code, value, score, problem)
    if value not in q.options:
        return Msg("“{question}”的回答应为：{items}", question=q.text, items=Joined(q.options))
    return Answer(q.code, value, None, value in q.problem_options)
