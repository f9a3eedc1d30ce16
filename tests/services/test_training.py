"""Training mode: the separate training store, scoring an exercise, results, no export."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from support import ADMIN

from counter_app.bootstrap import open_context
from counter_app.demo.training_store import _bill_months, open_training_store
from counter_app.domain.clock import local_date
from counter_app.domain.exercises import ExerciseError, SeedArrears, load_exercises
from counter_app.hq import export
from counter_app.resources import resources_dir
from counter_app.services import applications, payments, training
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import StartupError, UserError
from counter_app.services.store_kind import TRAINING_MARKER as MARKER
from counter_app.store.models import (
    Account,
    Arrears,
    AuditEntry,
    Customer,
    Sequence,
    TrainingResult,
    User,
)

pytestmark = pytest.mark.sqlite_only(reason="the training store is a SQLite file")

NEW_CONNECTION = {
    "cert_type": "居民身份证",
    "cert_no": "330106199003154322",
    "name": "林晓雯",
    "mobile": "13905710001",
    "is_proxy": False,
    "address": "城关镇幸福路88号2幢301室",
    "capacity_kw": "8",
    "usage": "居民生活用电",
    "ownership_unclear": False,
}


@pytest.fixture
def real(ctx: AppContext, clerk: UserInfo) -> AppContext:
    return ctx


@pytest.fixture
def exercises(real: AppContext) -> list[training.Exercise]:
    return list(real.rules.exercises)


@pytest.fixture
def train(
    real: AppContext, exercises: list[training.Exercise], tmp_path: Path
) -> Iterator[AppContext]:
    ctx = open_training_store(
        real, tmp_path / "training" / "training.db", exercises, customers=20, visits=10
    )
    yield ctx
    ctx.close()


def by_code(exercises: list[training.Exercise], code: str) -> training.Exercise:
    return next(e for e in exercises if e.code == code)


def test_the_shipped_exercises_load(exercises: list[training.Exercise]) -> None:
    assert len(exercises) >= 4
    kinds = {e.business for e in exercises}
    assert {"lv_residential_new", "capacity_increase", "payment", "suspension"} <= kinds
    assert all(e.pass_mark <= e.max_score for e in exercises)


def test_the_training_store_is_a_separate_marked_file_with_demo_data_and_real_users(
    real: AppContext, train: AppContext, clerk: UserInfo, tmp_path: Path
) -> None:
    assert train.training and not real.training
    assert train.database.endswith("training.db") and train.database != real.database
    with train.read() as s:
        assert s.get(Sequence, MARKER) is not None
        assert (s.scalar(select(func.count()).select_from(Customer)) or 0) > 20
        copied = s.get_one(User, clerk.id)
        assert (copied.username, copied.display_name) == ("zhang", "张营业")
        seeded = s.scalar(select(Account).where(Account.account_no == "9900000000032"))
        assert seeded is not None
    with real.read() as s:  # the real store got nothing of it
        assert s.get(Sequence, MARKER) is None
        assert s.scalar(select(func.count()).select_from(Customer)) == 0


def test_the_training_store_cannot_be_the_real_file(
    real: AppContext, exercises: list[training.Exercise]
) -> None:
    with pytest.raises(UserError, match="不能与正式数据库"):
        open_training_store(real, Path(real.database), exercises)


def test_export_refuses_the_training_store_even_opened_as_a_plain_store(
    train: AppContext, clerk: UserInfo, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="培训数据库"):
        export.export_period(train, clerk, tmp_path / "out")
    plain = open_context(train.database)  # as `counter-app export --db training.db` opens it
    try:
        assert not plain.training
        with pytest.raises(UserError, match="不得导出"):
            export.export_period(plain, ADMIN, tmp_path / "out")
    finally:
        plain.close()
    assert not list((tmp_path / "out").glob("*.xlsx")) if (tmp_path / "out").exists() else True


def test_a_correct_new_connection_scores_full_marks_and_is_recorded_in_the_real_store(
    real: AppContext, train: AppContext, clerk: UserInfo, exercises: list[training.Exercise]
) -> None:
    ex = by_code(exercises, "new-residential")
    started = train.clock() - timedelta(seconds=1)
    applications.submit_application(
        train, clerk, "1", ex.business, NEW_CONNECTION, ("applicant_id",), started
    )
    outcome = training.score(train, ex, clerk.id, started)
    assert outcome.score == outcome.max_score == 100 and outcome.passed
    result_id = training.record_result(real, clerk, outcome, started)
    with real.read() as s:
        row = s.get_one(TrainingResult, result_id)
        assert (row.exercise_code, row.score, row.passed) == ("new-residential", 100, True)
        assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)) == (
            "training.result"
        )
    summary = training.results_summary(real)
    assert [(r.trainee, r.attempts, r.best, r.passed) for r in summary] == [
        ("张营业（1001）", 1, 100, True)
    ]


def test_a_wrong_capacity_increase_loses_the_capacity_check(
    train: AppContext, clerk: UserInfo, exercises: list[training.Exercise]
) -> None:
    ex = by_code(exercises, "capacity-increase-total")
    started = train.clock() - timedelta(seconds=1)
    values = {
        "account_no": "9900000000021",
        "cert_type": "居民身份证",
        "cert_no": "330102197811022016",
        "name": "赵建国",
        "mobile": "13905710002",
        "is_proxy": False,
        "capacity_kw": "10",  # a wrong total (the app itself refuses 4, below the current 8)
    }
    applications.submit_application(
        train, clerk, "1", ex.business, values, ("applicant_id",), started
    )
    outcome = training.score(train, ex, clerk.id, started)
    failed = [c.label for c in outcome.checks if not c.passed]
    assert failed == ["增容后总容量为 12 kW（8 + 4，不是 4）"]
    assert outcome.score == 60 and not outcome.passed


def test_arrears_paid_in_cash_with_late_fee_and_change(
    train: AppContext, clerk: UserInfo, exercises: list[training.Exercise]
) -> None:
    ex = by_code(exercises, "arrears-cash-change")
    started = train.clock() - timedelta(seconds=1)
    request = payments.PaymentRequest(
        "9900000000032", Decimal("357.50"), method="cash", tendered=Decimal("400")
    )
    payments.take_payment(train, clerk, "1", request)
    outcome = training.score(train, ex, clerk.id, started)
    assert [c.actual for c in outcome.checks] == [
        "9900000000032", "350.00", "7.50", "357.50", "现金", "400.00", "42.50"
    ]  # fmt: skip
    assert outcome.passed and outcome.score == 100


def test_nothing_done_fails_a_business_and_a_refusal_without_its_answer(
    train: AppContext, clerk: UserInfo, exercises: list[training.Exercise]
) -> None:
    started = train.clock()
    outcome = training.score(train, by_code(exercises, "new-residential"), clerk.id, started)
    assert outcome.score == 0 and not outcome.passed and outcome.record == ""
    refusal = training.score(train, by_code(exercises, "suspension-too-short"), clerk.id, started)
    assert refusal.score < refusal.exercise.pass_mark and not refusal.passed
    assert [(a.chosen, a.points, a.passed) for a in refusal.answers] == [("", 0, False)]


SUSPENSION_RIGHT = "暂停须提前5天申请且每次不少于15天"


@pytest.mark.parametrize(
    ("answers", "score", "passed", "chosen"),
    [
        ((SUSPENSION_RIGHT,), 100, True, SUSPENSION_RIGHT),
        (("居民用户一律不能办理暂停",), 20, False, "居民用户一律不能办理暂停"),
        ((None,), 20, False, ""),
        ((), 20, False, ""),
    ],
    ids=["right", "wrong", "unanswered", "missing"],
)
def test_a_refusal_is_scored_mostly_on_its_answer_and_the_answer_is_kept(
    real: AppContext,
    train: AppContext,
    clerk: UserInfo,
    exercises: list[training.Exercise],
    answers: tuple[str | None, ...],
    score: int,
    passed: bool,
    chosen: str,
) -> None:
    ex = by_code(exercises, "suspension-too-short")
    started = train.clock()
    outcome = training.score(train, ex, clerk.id, started, answers)
    assert (outcome.score, outcome.max_score, outcome.passed) == (score, 100, passed)
    result_id = training.record_result(real, clerk, outcome, started)
    with real.read() as s:
        row = s.get_one(TrainingResult, result_id)
        assert (row.score, row.passed) == (score, passed)
        assert row.details["answers"] == [
            {
                "question": "客户的暂停申请为什么不能受理？",
                "answer": SUSPENSION_RIGHT,
                "chosen": chosen,
                "points": score - 20,
                "passed": passed,
            }
        ]
        assert [c["label"] for c in row.details["checks"]] == ["没有受理不符合规定的暂停申请"]


def test_accepting_the_suspension_fails_even_with_the_right_answer(
    train: AppContext, clerk: UserInfo, exercises: list[training.Exercise]
) -> None:
    ex = by_code(exercises, "suspension-too-short")
    started = train.clock() - timedelta(seconds=1)
    # A suspension the app accepts: 5 working days' notice (1583号), holidays counted.
    start = train.calendar.add_working_days(local_date(train.clock()), 5)
    values = {
        "account_no": "9900000000043",
        "cert_type": "居民身份证",
        "cert_no": "330104199208085671",
        "name": "陈志明",
        "mobile": "13905710004",
        "is_proxy": False,
        "start_date": start.isoformat(),
        "end_date": (start + timedelta(days=20)).isoformat(),
    }
    applications.submit_application(
        train, clerk, "1", ex.business, values, ("applicant_id",), started
    )
    outcome = training.score(train, ex, clerk.id, started, (SUSPENSION_RIGHT,))
    assert outcome.record != "" and [c.actual for c in outcome.checks] == ["已办理"]
    assert (outcome.score, outcome.passed) == (80, False)


def test_more_answers_than_questions_is_a_programming_error(
    train: AppContext, clerk: UserInfo, exercises: list[training.Exercise]
) -> None:
    with pytest.raises(ValueError):
        training.score(
            train, by_code(exercises, "new-residential"), clerk.id, train.clock(), ("x",)
        )


def test_training_results_never_go_into_the_training_store(
    train: AppContext, clerk: UserInfo, exercises: list[training.Exercise]
) -> None:
    outcome = training.score(train, exercises[0], clerk.id, train.clock())
    with pytest.raises(ValueError):
        training.record_result(train, clerk, outcome, train.clock())


def test_a_bad_exercises_file_names_the_file_and_entry(tmp_path: Path, real: AppContext) -> None:
    bad = tmp_path / "exercises.toml"
    bad.write_text(
        'format = 1\n[[exercises]]\ncode = "x1"\ntitle = "t"\nstory = "s"\n'
        'business = "nope"\npass_mark = 1\n[[exercises.checks]]\nlabel = "l"\n'
        'field = "recorded"\nexpected = true\npoints = 1\n',
        encoding="utf-8",
    )
    with pytest.raises(ExerciseError, match=r"exercises\.toml 练习“x1”：业务“nope”"):
        load_exercises(bad, real.workflows)
    bad.write_text(bad.read_text().replace('"nope"', '"payment"').replace("recorded", "colour"))
    with pytest.raises(ExerciseError, match="不认识的检查项“colour”"):
        load_exercises(bad, real.workflows)


GOOD = (
    'format = 1\n[[exercises]]\ncode = "q1"\ntitle = "t"\nstory = "s"\n'
    'business = "payment"\npass_mark = 1\n[[exercises.checks]]\nlabel = "l"\n'
    'field = "recorded"\nexpected = true\npoints = 1\n'
)


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ('text = "问"\nchoices = ["甲", "乙"]\nanswer = "丙"\npoints = 5', "答案“丙”不在选项"),
        ('text = "问"\nchoices = ["甲", "乙"]\nanswer = "甲"\npoints = 0', "“points”应为大于0"),
        ('text = "问"\nchoices = ["甲", "乙"]\nanswer = "甲"', "“points”应为大于0"),
        ('text = "问"\nchoices = ["甲"]\nanswer = "甲"\npoints = 5', "至少要有两个互不相同"),
        ('text = "问"\nchoices = "甲"\nanswer = "甲"\npoints = 5', "“choices”应为文字列表"),
        ('choices = ["甲", "乙"]\nanswer = "甲"\npoints = 5', "缺少“text”"),
    ],
    ids=["answer-not-a-choice", "zero-points", "no-points", "one-choice", "not-a-list", "no-text"],
)
def test_a_bad_question_names_the_exercise_and_question(
    tmp_path: Path, real: AppContext, question: str, message: str
) -> None:
    bad = tmp_path / "exercises.toml"
    bad.write_text(GOOD + "[[exercises.questions]]\n" + question + "\n", encoding="utf-8")
    with pytest.raises(ExerciseError, match=rf"exercises\.toml 练习“q1” 第1个问题：.*{message}"):
        load_exercises(bad, real.workflows)


def test_a_good_question_counts_in_the_full_marks(tmp_path: Path, real: AppContext) -> None:
    good = tmp_path / "exercises.toml"
    question = 'text = "问"\nchoices = ["甲", "乙"]\nanswer = "乙"\npoints = 9\n'
    good.write_text(GOOD + "[[exercises.questions]]\n" + question, encoding="utf-8")
    (ex,) = load_exercises(good, real.workflows)
    assert ex.questions[0].choices == ("甲", "乙") and ex.max_score == 10


def test_a_bad_exercises_file_stops_start_up(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources, ignore=shutil.ignore_patterns("fonts", "icons"))
    (resources / "training" / "exercises.toml").write_text("format = 2\n", encoding="utf-8")
    with pytest.raises(StartupError, match=r"exercises\.toml"):
        open_context(str(tmp_path / "x.db"), resources=resources)


def test_hall_info_in_training_is_the_real_one(real: AppContext, train: AppContext) -> None:
    from counter_app.services import auth

    real_hall: HallInfo | None = auth.current_hall(real)
    assert auth.current_hall(train) == real_hall


def test_the_export_command_refuses_a_training_database(
    train: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from counter_app.cli_export import run_export

    args = argparse.Namespace(
        out=str(tmp_path / "out"), since_last=False, date_from=None, date_to=None, again=None
    )
    assert run_export(args, train.database) == 1
    assert "培训数据库" in capsys.readouterr().err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# Pinned clocks (local noon): the 6th (two bills due in one month, as on 2026-12-06),
# a month's first and last day, 12-31, 02-28 and 02-29, and a holiday eve.
PINNED_DAYS = [
    "2026-12-06",
    "2026-12-01",
    "2026-11-30",
    "2026-12-31",
    "2027-02-28",
    "2028-02-29",
    "2026-09-30",
    "2027-01-01",
]


@pytest.mark.parametrize("day", PINNED_DAYS)
def test_the_training_store_builds_on_any_day(
    real: AppContext, exercises: list[training.Exercise], tmp_path: Path, day: str
) -> None:
    pinned = datetime.fromisoformat(f"{day}T12:00:00+08:00")
    real.clock = lambda: pinned
    ctx = open_training_store(real, tmp_path / "t.db", exercises, customers=3, visits=3)
    try:
        with ctx.read() as s:
            account = s.scalars(select(Account).where(Account.account_no == "9900000000032")).one()
            bills = s.scalars(select(Arrears).where(Arrears.account_id == account.id)).all()
        # Two bills on distinct months, each due as many days ago as the exercise says.
        assert len({b.bill_month for b in bills}) == len(bills) == 2
        overdue = sorted((pinned.date() - b.due_date).days for b in bills)
        assert overdue == [10, 30]
    finally:
        ctx.close()


def test_bill_months_are_distinct_and_before_their_due_month_on_every_day_of_a_leap_year() -> None:
    bills = [
        SeedArrears(Decimal("200.00"), 30),
        SeedArrears(Decimal("150.00"), 10),
        SeedArrears(Decimal("1.00"), 0),
    ]
    day = date(2028, 1, 1)
    while day.year == 2028:
        months = _bill_months(day, bills)
        assert len({m for _, m in months}) == 3
        for bill, month in months:
            due = day - timedelta(days=bill.overdue_days)
            assert month < due.strftime("%Y%m")
        day += timedelta(days=1)
