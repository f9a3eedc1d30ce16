"""Extract the texts the screens show from the shipped data files into Qt Linguist catalogues.

Writes translations/data_en.ts and translations/data_zh_CN.ts, context "data", from
resources/workflows/*.toml (business names, step names, page titles and intros, field
labels, hints, placeholders, choices, documents and their notes, rule messages, the
clerk's script), resources/queue.toml (category names, rating names) and
resources/complaints.toml (channels, categories, the escalation line), resources/visits.toml
(plan rule names), resources/surveys/*.toml (questionnaire names, intros, questions, options),
resources/training/exercises.toml (titles, stories, check labels and expected values,
questions and their choices: the 培训练习 and 培训成绩 pages), plus the two business
category names the catalogue page shows. announcements.toml holds settings only (its
notice kinds and statuses are vocabularies in code, extracted by tools/i18n_messages.py);
policy.toml holds no text a screen shows; fees.toml adds its cash denominations.

The files are read through the application's own loaders, so a text is extracted
exactly as the UI passes it to tr_data (the script stripped, as the wizard looks it up).
Printed texts (the ticket slip's footer, the ticket machine's business list) stay
Chinese and are not extracted.

Regenerating keeps every existing English translation; zh_CN translates each text to
itself. `--check` writes nothing and exits 1 when either file is not what it would write.

    .venv/bin/python tools/i18n_data.py [--check]
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counter_app.domain.rules import load_rules  # noqa: E402

RESOURCES = ROOT / "resources"
TRANSLATIONS = ROOT / "translations"
CONTEXT = "data"
# Shown beside each business on the catalogue page (counter_app/ui/pages.py CATEGORY_NAMES,
# kept there; repeated here so this tool does not import Qt).
CATALOGUE_CATEGORIES = ("业扩报装", "变更用电")
# Values the store holds and the lookup and payment pages show through tr_data: an
# account's category and voltage, a bill line's item.
STORED_VALUES = ("居民", "非居民", "低压", "高压", "电费")


@dataclass
class Entry:
    source: str
    files: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


class Collector:
    """Texts in order of first appearance, each with where it came from and what it is."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}

    def add(self, text: str, file: str, kind: str) -> None:
        if not text or not text.strip():
            return
        entry = self.entries.setdefault(text, Entry(text))
        if file not in entry.files:
            entry.files.append(file)
        if kind not in entry.kinds:
            entry.kinds.append(kind)


def collect() -> list[Entry]:
    c = Collector()
    pages_py = "../counter_app/ui/pages.py"
    for name in CATALOGUE_CATEGORIES:
        c.add(name, pages_py, "business category")
    bundle = load_rules(RESOURCES)
    for defn in bundle.workflows.values():
        where = f"../resources/workflows/{defn.file}"
        c.add(defn.name, where, "business name")
        for step in defn.steps:
            c.add(step.name, where, "step")
        for page in defn.pages:
            c.add(page.title, where, "page title")
            c.add(page.intro, where, "page intro")
            for f in page.fields:
                c.add(f.label, where, "field label")
                c.add(f.hint, where, "field hint")
                c.add(f.placeholder, where, "placeholder")
                c.add(f.unit, where, "unit")
                for choice in f.choices:
                    c.add(choice, where, "choice")
        for doc in defn.documents:
            c.add(doc.name, where, "document")
            c.add(doc.note, where, "document note")
        for rule in defn.rules:
            c.add(rule.message, where, "rule message")
        c.add(defn.script.strip(), where, "script: keep every {placeholder}")
    queue = bundle.queue
    for category in queue.categories:
        c.add(category.name, "../resources/queue.toml", "queue category")
    for _value, name in sorted(queue.rating_names.items(), reverse=True):
        c.add(name, "../resources/queue.toml", "rating")
    rules = bundle.complaints
    for channel in rules.channels:
        c.add(channel, "../resources/complaints.toml", "complaint channel")
    for category in rules.categories:
        c.add(category, "../resources/complaints.toml", "complaint category")
    c.add(rules.escalation, "../resources/complaints.toml", "escalation hotline")
    for value in STORED_VALUES:
        c.add(value, "../counter_app/store/models.py", "stored value")
    for label, _value in bundle.fees.denominations:  # 100元, 5角: the day-end cash count
        c.add(label, "../resources/fees.toml", "cash denomination")
    where = "../resources/training/exercises.toml"
    for ex in bundle.exercises:
        c.add(ex.title, where, "exercise title")
        c.add(ex.story, where, "exercise story: the customer's words")
        for check in ex.checks:
            c.add(check.label, where, "check label")
            if check.field in ("cert_type", "method"):  # 居民身份证, 现金; names stay
                c.add(check.expected, where, "check expected value")
        for question in ex.questions:
            c.add(question.text, where, "question")
            for choice in question.choices:
                c.add(choice, where, "answer choice")
    for rule in bundle.visits.rules:
        c.add(rule.name, "../resources/visits.toml", "visit plan rule")
    for survey in bundle.surveys.values():
        where = f"../resources/surveys/{survey.code}.toml"
        c.add(survey.name, where, "questionnaire name")
        c.add(survey.intro, where, "questionnaire intro: what the visitor says first")
        for q in survey.questions:
            c.add(q.text, where, "survey question")
            if q.kind == "choice":
                for option in q.options:
                    c.add(option, where, "survey answer option")
    # Units such as kW need no translation; keep only texts with something to translate.
    return [e for e in c.entries.values() if not e.source.isascii()]


def read_translations(path: Path) -> dict[str, tuple[str, bool]]:
    """source -> (translation, finished) from an existing catalogue; empty when none."""
    if not path.exists():
        return {}
    found: dict[str, tuple[str, bool]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None:
                continue
            kind = node.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            found[source] = (node.text or "", kind != "unfinished" and bool(node.text))
    return found


def render(language: str, entries: list[Entry], old: dict[str, tuple[str, bool]]) -> str:
    """The catalogue's text, in the layout pyside6-lupdate writes."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="zh_CN">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for e in entries:
        if language == "zh_CN":
            text, finished = e.source, True
        else:
            text, finished = old.get(e.source, ("", False))
        out.append("    <message>")
        out += [f'        <location filename="{escape(f)}"/>' for f in e.files]
        out.append(f"        <source>{escape(e.source, quote=False)}</source>")
        kinds = escape(", ".join(e.kinds), quote=False)
        out.append(f"        <extracomment>{kinds}</extracomment>")
        mark = "" if finished else ' type="unfinished"'
        out.append(f"        <translation{mark}>{escape(text, quote=False)}</translation>")
        out.append("    </message>")
    out += ["</context>", "</TS>", ""]
    return "\n".join(out)


def catalogues() -> dict[Path, str]:
    entries = collect()
    out = {}
    for language, suffix in (("en_US", "en"), ("zh_CN", "zh_CN")):
        path = TRANSLATIONS / f"data_{suffix}.ts"
        out[path] = render(language, entries, read_translations(path))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a catalogue is stale")
    args = parser.parse_args(argv)
    stale = []
    for path, text in catalogues().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for path in stale:
        verb = "is stale (run tools/i18n_data.py)" if args.check else "written"
        print(f"{path.relative_to(ROOT)} {verb}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
