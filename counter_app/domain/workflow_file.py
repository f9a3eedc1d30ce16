"""Reading the workflow definitions (resources/workflows/*.toml): each file parsed into a
WorkflowDefinition (domain/workflow.py) and checked; a DefinitionError names the file,
the business, the key and the problem. The rules bundle (domain/rules.py) reads them
once, at start-up.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from counter_app.domain.workflow import (
    CATEGORIES,
    CHECKS,
    CUSTOMER_TYPES,
    EFFECTS,
    FIELD_KINDS,
    FORMAT_VERSION,
    PAGE_KINDS,
    TARGETS,
    DefinitionError,
    Document,
    Field,
    Page,
    Rule,
    Step,
    WorkflowDefinition,
    condition_key,
)


class _Reader:
    """Pulls typed values out of a TOML table, naming the place of any problem."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.business = ""

    def fail(self, where: str, problem: str) -> DefinitionError:
        return DefinitionError(self.file, self.business, where, problem)

    def get(self, table: Mapping[str, Any], key: str, kind: type, where: str, default: Any = ...):  # type: ignore[no-untyped-def]
        if key not in table:
            if default is ...:
                raise self.fail(f"{where}{key}", "缺少此项")
            return default
        value = table[key]
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if not ok:
            names = {str: "文字", int: "整数", bool: "是/否", list: "列表", dict: "表"}
            raise self.fail(f"{where}{key}", f"应为{names.get(kind, kind.__name__)}")
        return value

    def text_list(self, table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        items = self.get(table, key, list, where, [])
        if not all(isinstance(i, str) for i in items):
            raise self.fail(f"{where}{key}", "应为文字列表")
        return tuple(items)


def _decimal(reader: _Reader, table: Mapping[str, Any], key: str, where: str) -> Decimal | None:
    if key not in table:
        return None
    value = table[key]
    if isinstance(value, bool) or not isinstance(value, int | str | float):
        raise reader.fail(f"{where}{key}", "应为数字")
    try:
        # TOML floats are read through str so no binary fraction leaks in.
        return Decimal(str(value))
    except InvalidOperation:
        raise reader.fail(f"{where}{key}", "应为数字") from None


def _field(reader: _Reader, t: Mapping[str, Any], where: str) -> Field:
    key = reader.get(t, "key", str, where)
    if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
        raise reader.fail(f"{where}key", f"“{key}”应为小写英文、数字和下划线")
    kind = reader.get(t, "kind", str, where, "text")
    if kind not in FIELD_KINDS:
        raise reader.fail(f"{where}kind", f"未知的字段类型“{kind}”，可用：{'、'.join(FIELD_KINDS)}")
    check = reader.get(t, "check", str, where, "")
    if check and check not in CHECKS:
        raise reader.fail(f"{where}check", f"未知的校验“{check}”，可用：{'、'.join(CHECKS)}")
    checks = reader.get(t, "checks", dict, where, {})
    for name in checks.values():
        if name not in CHECKS:
            raise reader.fail(f"{where}checks", f"未知的校验“{name}”")
    choices = reader.text_list(t, "choices", where)
    if kind == "choice" and not choices:
        raise reader.fail(f"{where}choices", "选择字段需要至少一个选项")
    default = t.get("default")
    if kind == "choice" and default is not None and default not in choices:
        raise reader.fail(f"{where}default", f"默认值“{default}”不在选项中")
    return Field(
        key=key,
        label=reader.get(t, "label", str, where),
        kind=kind,
        required=reader.get(t, "required", bool, where, kind != "bool"),
        default=default,
        choices=choices,
        check=check,
        check_by=reader.get(t, "check_by", str, where, ""),
        checks=dict(checks),
        when=reader.get(t, "when", str, where, ""),
        placeholder=reader.get(t, "placeholder", str, where, ""),
        hint=reader.get(t, "hint", str, where, ""),
        min_length=reader.get(t, "min_length", int, where, 0),
        max_length=reader.get(t, "max_length", int, where, 200),
        minimum=_decimal(reader, t, "minimum", where),
        maximum=_decimal(reader, t, "maximum", where),
        decimals=reader.get(t, "decimals", int, where, 0),
        unit=reader.get(t, "unit", str, where, ""),
        readonly=reader.get(t, "readonly", bool, where, False),
        override=_override(reader, t, where),
    )


def _override(reader: _Reader, t: Mapping[str, Any], where: str) -> str:
    value = reader.get(t, "override", str, where, "")
    if value not in ("", "supervisor"):
        raise reader.fail(f"{where}override", "只能为 supervisor")
    return str(value)


def parse_definition(text: str, file: str) -> WorkflowDefinition:
    reader = _Reader(file)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise reader.fail("", f"TOML 格式错误：{exc}") from None
    reader.business = data.get("name", "") if isinstance(data.get("name"), str) else ""
    version = reader.get(data, "format", int, "")
    if version != FORMAT_VERSION:
        raise reader.fail("format", f"格式版本 {version} 不受支持（应为 {FORMAT_VERSION}）")
    code = reader.get(data, "code", str, "")
    category = reader.get(data, "category", str, "")
    if category not in CATEGORIES:
        raise reader.fail("category", f"应为 {'、'.join(CATEGORIES)} 之一")
    customer_types = reader.text_list(data, "customer_types", "")
    if not customer_types or any(c not in CUSTOMER_TYPES for c in customer_types):
        raise reader.fail("customer_types", f"应为 {'、'.join(CUSTOMER_TYPES)} 中的一个或多个")
    limit = reader.get(data, "time_limit_days", int, "")
    if limit < 0:
        raise reader.fail("time_limit_days", "不能为负数")
    rank = reader.get(data, "rank", int, "", 0)
    if rank < 0:
        raise reader.fail("rank", "不能为负数")

    steps = []
    for i, t in enumerate(reader.get(data, "steps", list, "")):
        where = f"steps[{i + 1}]."
        days = reader.get(t, "limit_days", int, where)
        if days < 0:
            raise reader.fail(f"{where}limit_days", "不能为负数")
        steps.append(
            Step(
                reader.get(t, "code", str, where),
                reader.get(t, "name", str, where),
                days,
                reader.get(t, "on", str, where, ""),
            )
        )
    if not steps:
        raise reader.fail("steps", "至少需要一个办电环节")

    pages = []
    keys: set[str] = set()
    for i, t in enumerate(reader.get(data, "pages", list, "")):
        where = f"pages[{i + 1}]."
        kind = reader.get(t, "kind", str, where, "fields")
        if kind not in PAGE_KINDS:
            raise reader.fail(f"{where}kind", f"应为 {'、'.join(PAGE_KINDS)} 之一")
        fields = []
        for j, ft in enumerate(reader.get(t, "fields", list, where, [])):
            f = _field(reader, ft, f"{where}fields[{j + 1}].")
            if f.key in keys:
                raise reader.fail(f"{where}fields[{j + 1}].key", f"字段“{f.key}”重复")
            keys.add(f.key)
            fields.append(f)
        pages.append(
            Page(reader.get(t, "title", str, where), kind, t.get("intro", ""), tuple(fields))
        )
    if not pages or pages[-1].kind != "confirm":
        raise reader.fail("pages", '最后一页应为确认页（kind = "confirm"）')

    documents = []
    for i, t in enumerate(reader.get(data, "documents", list, "", [])):
        where = f"documents[{i + 1}]."
        documents.append(
            Document(
                code=reader.get(t, "code", str, where),
                name=reader.get(t, "name", str, where),
                required=reader.get(t, "required", bool, where, True),
                when=reader.get(t, "when", str, where, ""),
                note=reader.get(t, "note", str, where, ""),
            )
        )

    # Conditions and check_by must name bool / existing fields, or the wizard misbehaves.
    by_key = {f.key: f for p in pages for f in p.fields}
    conditions = [(f"{f.key}.when", f.when) for f in by_key.values()]
    conditions += [(f"documents.{d.code}.when", d.when) for d in documents]
    for where, when in conditions:
        name = condition_key(when)
        if not name:
            continue
        is_bool = name in by_key and by_key[name].kind == "bool"
        compares = ("=" in when) and name in by_key
        if not (is_bool or compares):
            raise reader.fail(where, f"条件“{when}”应为一个是/否字段的键，或“字段=值”")
    for f in by_key.values():
        if f.check_by and f.check_by not in by_key:
            raise reader.fail(f"{f.key}.check_by", f"字段“{f.check_by}”不存在")
    for i, step in enumerate(steps):
        if step.on and (step.on not in by_key or by_key[step.on].kind != "date"):
            raise reader.fail(f"steps[{i + 1}].on", f"“{step.on}”不是本业务的日期字段")

    target = reader.get(data, "target", str, "", "new")
    if target not in TARGETS:
        raise reader.fail("target", f"应为 {'、'.join(TARGETS)} 之一")
    effect = reader.get(data, "effect", str, "", "none")
    if effect not in EFFECTS:
        raise reader.fail("effect", f"应为 {'、'.join(EFFECTS)} 之一")
    rules = tuple(
        _rule(reader, t, f"rules[{i + 1}].", by_key)
        for i, t in enumerate(reader.get(data, "rules", list, "", []))
    )
    if target == "account" and "account_no" not in by_key:
        raise reader.fail("pages", '变更业务（target = "account"）需要字段 account_no')
    for i, rule in enumerate(rules):
        name = condition_key(rule.when)
        if name and name not in by_key:
            raise reader.fail(f"rules[{i + 1}].when", f"条件“{rule.when}”中的字段不存在")
    to_confirm = reader.text_list(data, "to_confirm", "")
    for path in to_confirm:
        if not unconfirmed_values(data, path):
            raise reader.fail("to_confirm", f"“{path}”不是本文件中的取值")

    return WorkflowDefinition(
        code=code,
        name=reader.business,
        category=category,
        customer_types=customer_types,
        time_limit_days=limit,
        steps=tuple(steps),
        pages=tuple(pages),
        documents=tuple(documents),
        script=reader.get(data, "script", str, ""),
        source=reader.get(data, "source", str, "", ""),
        file=file,
        target=target,
        effect=effect,
        rules=rules,
        group=reader.get(data, "group", str, "", code),
        to_confirm=to_confirm,
        rank=rank,
    )


def unconfirmed_values(data: Mapping[str, Any], path: str) -> list[Any]:
    """The values a to_confirm path names in a definition's TOML data; empty if none.

    "time_limit_days" (any top-level value), "steps.<code>.limit_days" (the step with
    that code), "rules.<kind>.<param>" (that parameter of every rule of that kind),
    "fields.<key>.<attr>" (an attribute of the field with that key, e.g. its default)."""
    parts = path.split(".")
    if len(parts) == 1:
        value = data.get(path)
        return [value] if isinstance(value, int | str) and not isinstance(value, bool) else []
    if len(parts) == 3 and parts[0] == "fields":  # "fields.<key>.<attr>": a field's default
        return [
            f[parts[2]]
            for page in data.get("pages") or []
            if isinstance(page, dict)
            for f in page.get("fields") or []
            if isinstance(f, dict) and f.get("key") == parts[1] and parts[2] in f
        ]
    if len(parts) != 3 or parts[0] not in ("steps", "rules"):
        return []
    table, name, param = parts
    key = "code" if table == "steps" else "kind"
    items = data.get(table)
    if not isinstance(items, list):
        return []
    return [
        t[param]
        for t in items
        if isinstance(t, dict) and t.get(key) == name and param in t and param != key
    ]


# Each rule kind with the parameters it takes: (name, type, field key or not).
RULE_PARAMS: dict[str, dict[str, tuple[type, bool]]] = {
    "no_open_arrears": {},
    "account_status": {"allowed": (list, False)},
    "notice_days": {"field": (str, True), "min_days": (int, False)},
    "period_days": {
        "start": (str, True),
        "end": (str, True),
        "min_days": (int, False),
        "max_days": (int, False),
    },
    "period_months": {
        "start": (str, True),
        "end": (str, True),
        "min_months": (int, False),
        "max_months": (int, False),
    },
    "notice_working_days": {"field": (str, True), "min_days": (int, False)},
    "yearly_count": {"start": (str, True), "max": (int, False), "exempt_when": (str, True)},
    "yearly_days": {
        "start": (str, True),
        "end": (str, True),
        "max_days": (int, False),
        "max_months": (int, False),
        "exempt_when": (str, True),  # a bool field that waives the cap (季节性用电)
    },
    "capacity_max": {"field": (str, True), "max": (int, False)},
    "capacity_change": {"field": (str, True), "direction": (str, False)},
    "category_is": {"allowed": (list, False)},
    "suspended_by": {"allowed": (list, False)},  # business codes that may be undone
    "value_at_least": {"field": (str, True), "min": (int, False)},
    # First and last day both counted; the term at most max_months calendar months.
    # from_next_day: `first` is the day before the term (an extension after a last day).
    "term_months": {
        "first": (str, True),
        "last": (str, True),
        "max_months": (int, False),
        "from_next_day": (bool, False),
    },
}
OPTIONAL_PARAMS = {
    "min_days",
    "max_days",
    "min_months",
    "max_months",
    "exempt_when",
    "from_next_day",
}


def _rule(reader: _Reader, t: Mapping[str, Any], where: str, fields: Mapping[str, Field]) -> Rule:
    kind = reader.get(t, "kind", str, where)
    if kind not in RULE_PARAMS:
        raise reader.fail(f"{where}kind", f"未知的规则“{kind}”，可用：{'、'.join(RULE_PARAMS)}")
    params: dict[str, Any] = {}
    for name, (typ, is_field) in RULE_PARAMS[kind].items():
        default = None if name in OPTIONAL_PARAMS else ...
        value = reader.get(t, name, typ, where, default)
        if value is None:
            continue
        if is_field and value not in fields:
            raise reader.fail(f"{where}{name}", f"字段“{value}”不存在")
        params[name] = value
    if kind == "yearly_days" and not {"max_days", "max_months"} & set(params):
        raise reader.fail(f"{where}max_days", "需要 max_days 或 max_months")
    if "exempt_when" in params and fields[params["exempt_when"]].kind != "bool":
        raise reader.fail(f"{where}exempt_when", "应为一个是/否字段")
    if kind == "capacity_change" and params["direction"] not in ("increase", "decrease"):
        raise reader.fail(f"{where}direction", "应为 increase 或 decrease")
    message = reader.get(t, "message", str, where, "")
    return Rule(kind, params, message, reader.get(t, "when", str, where, ""))


def load_definitions(folder: Path) -> dict[str, WorkflowDefinition]:
    """Every *.toml in the folder, by business code; raises DefinitionError on the first bad one."""
    found: dict[str, WorkflowDefinition] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DefinitionError(path.name, "", "", f"无法读取：{exc}") from None
        defn = parse_definition(text, path.name)
        if defn.code in found:
            raise DefinitionError(path.name, defn.name, "code", f"业务编码“{defn.code}”重复")
        found[defn.code] = defn
    return found
