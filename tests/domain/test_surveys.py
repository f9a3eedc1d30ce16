"""The questionnaires (resources/surveys/*.toml): the shipped ones load; a bad file is
refused naming the file and the key; each kind of answer is read and judged a problem
as its question says."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.domain.surveys import (
    Answer,
    Question,
    SurveyError,
    load_survey,
    load_surveys,
    read_answer,
)
from counter_app.domain.text import Msg
from counter_app.domain.visit_rules import VisitRulesError, load_visit_rules
from counter_app.resources import resources_dir

GOOD = """
code = "t"
name = "测试问卷"
intro = "您好"

[[questions]]
code = "q1"
text = "是否按时？"
kind = "yes_no"
problem = "否"
category = "办电时限"
"""


def test_the_shipped_questionnaires_load() -> None:
    surveys = load_surveys(resources_dir() / "surveys")
    assert {s: surveys[s].name for s in surveys} == {
        "annual_satisfaction": "年度满意度",
        "large_customer": "大客户走访",
        "new_connection": "新装回访",
    }
    on_time = surveys["new_connection"].question("on_time")
    assert on_time is not None and on_time.problem_options == {"否"}
    # Every questionnaire can find a problem, and each problem has its category.
    for survey in surveys.values():
        assert any(q.can_find_problem for q in survey.questions)
        assert all(q.category for q in survey.questions if q.can_find_problem)


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('kind = "yes_no"', 'kind = "maybe"', "kind"),
        ('problem = "否"', 'problem = "也许"', "problem"),
        ('problem = "否"', "problem = 2", "problem"),
        ('category = "办电时限"', "", "category"),
        ('code = "q1"', 'code = "Q 1"', "code"),
        ('intro = "您好"', "", "intro"),
        ('kind = "yes_no"', 'kind = "text"', "problem"),  # a text question finds no problem
        ('kind = "yes_no"', 'kind = "choice"', "options"),
        ('kind = "yes_no"', 'kind = "scale"', "problem"),  # 否 is no score
        ('name = "测试问卷"', 'name = "测试问卷"\ncolour = "red"', "colour"),
    ],
)
def test_a_bad_questionnaire_names_file_and_key(
    tmp_path: Path, old: str, new: str, key: str
) -> None:
    assert old in GOOD
    path = tmp_path / "broken.toml"
    path.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(SurveyError) as caught:
        load_survey(path)
    assert "broken.toml" in str(caught.value) and key in str(caught.value), caught.value


def test_the_good_one_loads_and_duplicates_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(GOOD, encoding="utf-8")
    assert list(load_surveys(tmp_path)) == ["t"]
    (tmp_path / "b.toml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(SurveyError, match=r"b\.toml 中 code“t”与 a\.toml 重复"):
        load_surveys(tmp_path)
    with pytest.raises(SurveyError, match="没有问卷"):
        load_surveys(tmp_path / "none")


def test_a_questionnaire_must_be_able_to_find_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "mild.toml"
    path.write_text(GOOD.replace('problem = "否"\ncategory = "办电时限"\n', ""), encoding="utf-8")
    with pytest.raises(SurveyError, match=r"mild\.toml 中 没有一道题设了 problem"):
        load_survey(path)


SCALE = Question("s", "打几分？", "scale", ("1", "2", "3", "4", "5"), frozenset(), 2, "其他", False)
CHOICE = Question("c", "跑了几次？", "choice", ("一次", "两次", "三次及以上"),
                  frozenset({"三次及以上"}), None, "办电时限", False)  # fmt: skip
YES_NO = Question(
    "y", "电压不稳？", "yes_no", ("是", "否"), frozenset({"是"}), None, "电能质量", True
)
TEXT = Question("t", "建议？", "text", (), frozenset(), None, "", True)


@pytest.mark.parametrize(
    ("q", "value", "expected"),
    [
        (SCALE, "1", Answer("s", "1", 1, True)),
        (SCALE, "2", Answer("s", "2", 2, True)),  # at most 2: a problem
        (SCALE, "3", Answer("s", "3", 3, False)),
        (SCALE, " 5 ", Answer("s", "5", 5, False)),
        (SCALE, "0", "“打几分？”应打1至5分"),
        (SCALE, "2.5", "“打几分？”应打1至5分"),
        (SCALE, "", "请回答“打几分？”"),
        (CHOICE, "三次及以上", Answer("c", "三次及以上", None, True)),
        (CHOICE, "一次", Answer("c", "一次", None, False)),
        (CHOICE, "四次", "“跑了几次？”的回答应为：一次、两次、三次及以上"),
        (YES_NO, "是", Answer("y", "是", None, True)),
        (YES_NO, "否", Answer("y", "否", None, False)),
        (YES_NO, "", Answer("y", "", None, False)),  # optional: may be left blank
        (YES_NO, "对", "“电压不稳？”的回答应为：是、否"),
        (TEXT, "希望多通知", Answer("t", "希望多通知", None, False)),
        (TEXT, "字" * 501, "“建议？”的回答不能超过500字"),
    ],
)
def test_read_answer(q: Question, value: str, expected: Answer | str) -> None:
    got = read_answer(q, value)
    if isinstance(expected, Answer):
        assert got == expected
    else:
        assert isinstance(got, Msg) and str(got) == expected


def test_the_shipped_visit_rules_and_a_bad_one(tmp_path: Path) -> None:
    rules = load_visit_rules(resources_dir() / "visits.toml")
    assert [r.kind for r in rules.rules] == [
        "new_connections",
        "complaints",
        "large_accounts",
        "outage_area",
    ]
    assert (rules.finding_contact_days, rules.finding_days) == (1, 5)
    text = (resources_dir() / "visits.toml").read_text(encoding="utf-8")
    for old, new, key in [
        ("min_outages = 2", "min_outages = 0", "min_outages"),
        ('kind = "large_accounts"', 'kind = "nearby"', "kind"),
        ("rating_at_most = 2", "rating_at_most = 2\nmonths = 3", "months"),
        ("finding_contact_days = 1", "finding_contact_days = 9", "finding_contact_days"),
    ]:
        path = tmp_path / "visits.toml"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        with pytest.raises(VisitRulesError) as caught:
            load_visit_rules(path)
        assert "visits.toml" in str(caught.value) and key in str(caught.value), caught.value
