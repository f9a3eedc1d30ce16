"""Write docs/rules.md from the shipped data: every rule the app enforces, with its source.

Read from resources/: each business definition (workflows/*.toml: time limit, steps,
eligibility rules in words, documents, source, the values marked `to_confirm`), the fee
rules (fees.toml), the policy limits (policy.toml), and the visits' rules and
questionnaires (visits.toml, surveys/*.toml). The page is generated, never
edited by hand, so it cannot drift from the data: tests/tools/test_rules_doc.py fails
when it differs from what this writes.

    .venv/bin/python tools/rules_doc.py [--check]      (or: make rules-doc)

`--check` writes nothing and exits 1 when docs/rules.md is not what it would write.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counter_app.domain import workflow as wf  # noqa: E402
from counter_app.domain import workflow_file  # noqa: E402
from counter_app.domain.surveys import KINDS, Survey, load_surveys  # noqa: E402
from counter_app.domain.visit_rules import VisitRules, load_visit_rules  # noqa: E402

RESOURCES = ROOT / "resources"
TARGET = ROOT / "docs" / "rules.md"

CATEGORY = {"connection": "业扩报装", "change": "变更用电"}
CUSTOMERS = {"person": "个人", "company": "单位"}
EFFECTS = {
    "open_account": "完成时开立户号",
    "suspend": "完成时户号改为“暂停”（不供电）",
    "restore": "完成时户号恢复“正常用电”",
    "set_capacity": "完成时改写户号的容量",
    "rename": "完成时改写户主名称",
    "transfer": "完成时户号过户给新户主",
    "close": "完成时户号销户",
    "change_category": "完成时改写用户类别",
    "none": "只登记和跟踪申请；变更由营销系统办理",
}
STATUS = {"active": "正常用电", "suspended": "暂停", "closed": "已销户"}


def _label(defn: wf.WorkflowDefinition, key: str) -> str:
    try:
        return f"“{defn.field(key).label}”"
    except KeyError:
        return f"`{key}`"


def _when(defn: wf.WorkflowDefinition, when: str) -> str:
    """A condition in words: `key=value`, `key!=value`, a bool key or `!key`."""
    if "!=" in when:
        key, value = when.split("!=", 1)
        return f"{_label(defn, key)}不是“{value}”"
    if "=" in when:
        key, value = when.split("=", 1)
        return f"{_label(defn, key)}为“{value}”"
    if when.startswith("!"):
        return f"未选{_label(defn, when[1:])}"
    return f"选了{_label(defn, when)}"


def rule_words(defn: wf.WorkflowDefinition, rule: wf.Rule) -> str:
    """One eligibility rule in words, with its parameters."""
    p: Mapping[str, Any] = rule.params
    k = rule.kind

    def f(name: str) -> str:
        return _label(defn, p[name])

    if k == "no_open_arrears":
        text = "须先结清欠费"
    elif k == "account_status":
        text = "户号状态须为：" + "、".join(STATUS.get(s, s) for s in p["allowed"])
    elif k == "notice_days":
        days = p["min_days"]
        text = f"{f('field')}不早于" + (f"受理之日后 {days} 天" if days else "受理当天")
    elif k == "notice_working_days":
        text = f"{f('field')}不早于受理之日后 {p['min_days']} 个工作日"
    elif k == "period_days":
        text = f"{f('start')}至{f('end')}的天数（首末日均计入）" + _bounds(
            p, "min_days", "max_days", "天"
        )
    elif k == "period_months":
        text = f"{f('start')}至{f('end')}" + _bounds(p, "min_months", "max_months", "个月")
    elif k == "term_months":
        start = f"{f('first')}的次日" if p.get("from_next_day") else f("first")
        text = f"{start}至{f('last')}（首尾两天都计入）不超过 {p['max_months']} 个月"
    elif k == "yearly_count":
        text = f"同组业务每年最多 {p['max']} 次（按{f('start')}的年份）"
    elif k == "yearly_days":
        cap = f"{p['max_days']} 天" if "max_days" in p else f"{p['max_months']} 个月"
        text = f"同组业务每年累计不超过 {cap}（{f('start')}至{f('end')}，提前恢复的未用天数退回）"
    elif k == "value_at_least":
        text = f"{f('field')}至少为 {p['min']}"
    elif k == "capacity_max":
        text = f"{f('field')}不超过 {p['max']} kW"
    elif k == "capacity_change":
        more = "大于" if p["direction"] == "increase" else "小于"
        text = f"{f('field')}应{more}现有容量"
    elif k == "suspended_by":
        text = "户号须是由以下业务停用的：" + "、".join(p["allowed"])
    elif k == "category_is":
        text = "用户类别须为：" + "、".join(p["allowed"])
    else:  # a kind this tool does not know yet: its parameters as they are
        text = f"{k}：" + "，".join(f"{n} = {v}" for n, v in p.items())
    if p.get("exempt_when"):
        text += f"（{f('exempt_when')}的免于此限）"
    if rule.when:
        text += f"（仅当{_when(defn, rule.when)}）"
    if rule.message:
        text += f"；不符时提示“{rule.message}”"
    return f"{text} [`{k}`]"


def _bounds(p: Mapping[str, Any], low: str, high: str, unit: str) -> str:
    parts = []
    if low in p:
        parts.append(f"不少于 {p[low]} {unit}")
    if high in p:
        parts.append(f"不超过 {p[high]} {unit}")
    return "：" + "，".join(parts) if parts else ""


def _marked(defn: wf.WorkflowDefinition, path: str) -> str:
    return " **（待总部确认）**" if path in defn.to_confirm else ""


def workflow_section(defn: wf.WorkflowDefinition) -> list[str]:
    out = [
        f"### {defn.name}（`{defn.code}`）",
        "",
        f"- 文件：`resources/workflows/{defn.file}`",
        f"- 类别：{CATEGORY.get(defn.category, defn.category)}；"
        f"客户：{'、'.join(CUSTOMERS.get(c, c) for c in defn.customer_types)}",
        f"- 办理时限：{defn.time_limit_days} 个工作日{_marked(defn, 'time_limit_days')}",
        "- 办电环节（各环节时限，工作日）：",
    ]
    for step in defn.steps:
        mark = _marked(defn, f"steps.{step.code}.limit_days")
        on = f"，且不早于{_label(defn, step.on)}当天" if step.on else ""
        out.append(f"  - {step.name}（`{step.code}`）：{step.limit_days}{on}{mark}")
    out.append("- 办理条件：" + ("" if defn.rules else "无"))
    for rule in defn.rules:
        out.append(f"  - {rule_words(defn, rule)}")
    out.append("- 资料：" + ("" if defn.documents else "无"))
    for doc in defn.documents:
        need = "必交" if doc.required else "选交"
        when = f"；{_when(defn, doc.when)}时" if doc.when else ""
        note = f"；{doc.note}" if doc.note else ""
        out.append(f"  - {doc.name}（{need}{when}{note}）")
    out.append(f"- 办结效果：{EFFECTS.get(defn.effect, defn.effect)}")
    out.append(f"- 出处：{defn.source or '（未注明）'}")
    if defn.to_confirm:
        out.append("- 待总部确认的取值：")
        for path in defn.to_confirm:
            out.append(f"  - `{path}` = {wf.confirm_value(defn, path)}")
    out.append("")
    return out


def commented_values(path: Path) -> list[str]:
    """A small TOML file's comment blocks and `key = value  # comment` lines, in order."""
    out: list[str] = []
    section = ""
    block: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#"):
            block.append(line.lstrip("#").strip())
            continue
        if block and any(block):
            out.append("")
            out.extend(f"> {b}" if b else ">" for b in block)
            out.append("")
        block = []
        header = re.fullmatch(r"\[+([^\]]+)\]+", line)
        if header:
            section = header.group(1)
            continue
        m = re.fullmatch(r"([A-Za-z0-9_]+)\s*=\s*(.*?)(?:\s+#\s*(.*))?", line)
        if m:
            key = f"{section}.{m.group(1)}" if section else m.group(1)
            note = f"：{m.group(3)}" if m.group(3) else ""
            out.append(f"- `{key}` = `{m.group(2)}`{note}")
    return out


RULE_KINDS = {
    "new_connections": "近{days}天内新装完成（业务：{businesses}）的户",
    "complaints": "近{days}天内有投诉、或评价不高于{rating_at_most}分的客户",
    "large_accounts": (
        "类别为“{category}”且容量不低于{min_capacity_kw}kW、或电压为“{voltage}”的在用户"
    ),
    "outage_area": "近{days}天内至少{min_outages}次停电公告的范围覆盖其用电地址的在用户",
}


def visits_section(rules: VisitRules, surveys: Mapping[str, Survey]) -> list[str]:
    """The visit plans' rules and the questionnaires, with what counts as a problem."""
    out = [
        "## 走访和调查（resources/visits.toml、resources/surveys/）",
        "",
        f"- 走访发现的问题：{rules.finding_contact_days}个工作日内联系客户，"
        f"{rules.finding_days}个工作日内答复处理意见（按投诉跟踪办结）",
        f"- 每个走访计划最多 {rules.max_targets} 户；同一问卷进行中的计划里已有的客户不再选取",
        "",
        "选取规则：",
        "",
    ]
    for r in rules.rules:
        words = RULE_KINDS[r.kind].format(
            days=r.days,
            businesses="、".join(r.businesses),
            rating_at_most=r.rating_at_most,
            category=r.category,
            min_capacity_kw=r.min_capacity_kw,
            voltage=r.voltage,
            min_outages=r.min_outages,
        )
        out.append(f"- `{r.code}` {r.name}：{words}；问卷“{surveys[r.survey].name}”")
    for survey in surveys.values():
        out += ["", f"### 问卷：{survey.name}（`{survey.code}`）", "", f"> {survey.intro}", ""]
        for n, q in enumerate(survey.questions, 1):
            kind = KINDS[q.kind]
            options = f"（{'／'.join(q.options)}）" if q.kind == "choice" else ""
            if q.problem_at_most is not None:
                problem = f"；不高于{q.problem_at_most}分为问题，登记为“{q.category}”"
            elif q.problem_options:
                chosen = "／".join(o for o in q.options if o in q.problem_options)
                problem = f"；答“{chosen}”为问题，登记为“{q.category}”"
            else:
                problem = ""
            optional = "；选答" if q.optional else ""
            out.append(f"{n}. {q.text} — {kind}{options}{problem}{optional}")
    out.append("")
    return out


def render(workflows: Iterable[wf.WorkflowDefinition]) -> str:
    defs = sorted(workflows, key=lambda d: (d.category != "connection", d.code))
    out = [
        "# 柜台助手执行的业务规则",
        "",
        "本文件由 `tools/rules_doc.py` 根据 `resources/` 中的数据生成（`make rules-doc`），"
        "请勿手工修改：改数据文件后重新生成。测试会在本文件与数据不一致时失败。",
        "",
        "标注“待总部确认”的取值尚无确认的出处，系统管理页和 `counter-app check` "
        "也会列出；《供电营业规则》2024年修订版的条款号凡未能核实的，写作“待核实条款”。",
        "",
        "## 业务（resources/workflows/）",
        "",
    ]
    for defn in defs:
        out.extend(workflow_section(defn))
    out += ["## 收费规则（resources/fees.toml）", ""]
    out.extend(commented_values(RESOURCES / "fees.toml"))
    out += ["", "## 安全与收款限额（resources/policy.toml）", ""]
    out.extend(commented_values(RESOURCES / "policy.toml"))
    out += [""]
    out.extend(
        visits_section(
            load_visit_rules(RESOURCES / "visits.toml"), load_surveys(RESOURCES / "surveys")
        )
    )
    text = "\n".join(out).rstrip() + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="只比较，不写文件")
    args = parser.parse_args(argv)
    text = render(workflow_file.load_definitions(RESOURCES / "workflows").values())
    if args.check:
        same = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        if not same:
            print("docs/rules.md 与数据不一致：请运行 make rules-doc", file=sys.stderr)
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"已写入 {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
