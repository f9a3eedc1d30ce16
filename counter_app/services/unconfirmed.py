"""Values of the business definitions that no source confirms yet (`to_confirm`).

The definitions are checked at start-up (open_context); this lists what they mark as
HQ's to confirm, for the administrator (系统管理) and `counter-app check`. A listing,
not a failure: the app runs on the shipped defaults until HQ confirms or changes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from counter_app.domain import workflow as wf
from counter_app.domain.text import N_, Msg

# The rule parameters a definition may mark, in words.
PARAM_NAMES: dict[tuple[str, str], str] = {
    ("notice_days", "min_days"): N_("提前申请天数"),
    ("term_months", "max_months"): N_("最长期限（月）"),
    ("period_days", "min_days"): N_("每次最少天数"),
    ("period_days", "max_days"): N_("每次最多天数"),
    ("period_months", "min_months"): N_("最短期限（月）"),
    ("period_months", "max_months"): N_("最长期限（月）"),
    ("yearly_count", "max"): N_("每年最多次数"),
    ("yearly_days", "max_days"): N_("每年累计最多天数"),
    ("capacity_max", "max"): N_("容量上限（kW）"),
}


@dataclass(frozen=True)
class Unconfirmed:
    code: str
    business: str
    path: str
    label: str  # a Msg: what the value is, in words
    value: str  # its current (shipped) value


def value_label(defn: wf.WorkflowDefinition, path: str) -> str:
    parts = path.split(".")
    if parts == ["time_limit_days"]:
        return Msg("办理时限（工作日）")
    if len(parts) == 3 and parts[0] == "steps":
        names = [s.name for s in defn.steps if s.code == parts[1]]
        return Msg("环节“{step}”的时限（工作日）", step=names[0] if names else parts[1])
    if len(parts) == 3 and parts[0] == "rules":
        name = PARAM_NAMES.get((parts[1], parts[2]))
        if name:
            return Msg("规则：{name}", name=name)
    if len(parts) == 3 and parts[0] == "fields" and parts[2] == "default":
        labels = [f.label for page in defn.pages for f in page.fields if f.key == parts[1]]
        if labels:
            return Msg("“{field}”的预设值", field=labels[0])
    return Msg("取值 {path}", path=path)


def pending(workflows: Mapping[str, wf.WorkflowDefinition]) -> list[Unconfirmed]:
    """Every marked value of every business, in the order of the business names."""
    found = []
    for defn in sorted(workflows.values(), key=lambda d: d.code):
        for path in defn.to_confirm:
            found.append(
                Unconfirmed(
                    defn.code,
                    defn.name,
                    path,
                    value_label(defn, path),
                    wf.confirm_value(defn, path),
                )
            )
    return found


def note_lines(workflows: Mapping[str, wf.WorkflowDefinition]) -> list[str]:
    """`counter-app check`'s note: one line per value; empty when all are confirmed."""
    items = pending(workflows)
    if not items:
        return []
    head = Msg(
        "[说明] 以下{count}项规则取值尚无确认的出处，待总部确认（不是检查失败）：",
        count=len(items),
    )
    return [head] + [f"  {u.business} — {u.label} — {u.value}" for u in items]
