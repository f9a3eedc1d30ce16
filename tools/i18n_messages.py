"""Collect the texts the services and the domain show the clerk into Qt Linguist catalogues.

Context "messages": the (Chinese) templates of UserError & co and of Msg(...), the
message helper of counter_app/domain/text.py, plus the list separators.
Context "data": the fixed vocabularies marked with N_() (status, role, kind and
method names).

    python tools/i18n_messages.py           # (re)write translations/messages_{en,zh_CN}.ts
    python tools/i18n_messages.py --check   # exit 1 when a catalogue is stale

Existing translations are kept; a new English entry is left unfinished, the Chinese
catalogue translates every text to itself.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("counter_app/domain", "counter_app/services", "counter_app/demo", "counter_app/hq")
OUT = ROOT / "translations"
LANGUAGES = ("en", "zh_CN")
MESSAGES, DATA = "messages", "data"
# Calls whose first argument is a message template.
MESSAGE_CALLS = {
    "UserError",
    "AuthError",
    "PermissionDenied",
    "NotFound",
    "ImportRejected",
    "HqFilesRefused",
    "ExportCancelled",
    "Cancelled",
    "Msg",
}
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")

Entry = tuple[str, str]  # (context, source)


def _called(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return ""


def _error_classes(tree: ast.Module) -> set[str]:
    """Classes of this module that derive from a message-carrying error (their super().__init__)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and any(
            isinstance(b, ast.Name) and b.id in MESSAGE_CALLS for b in node.bases
        ):
            out.add(node.name)
    return out


def _texts(path: Path) -> list[tuple[int, Entry]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[tuple[int, Entry]] = []
    in_error_class = {
        id(n)
        for c in ast.walk(tree)
        if isinstance(c, ast.ClassDef) and c.name in _error_classes(tree) | MESSAGE_CALLS
        for n in ast.walk(c)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        name = _called(node)
        if name == "N_":
            found.append((node.lineno, (DATA, first.value)))
        elif CJK.search(first.value) and (
            name in MESSAGE_CALLS or (name == "__init__" and id(node) in in_error_class)
        ):
            found.append((node.lineno, (MESSAGES, first.value)))
        if name == "Joined" and len(node.args) > 1:
            sep = node.args[1]
            if isinstance(sep, ast.Constant) and isinstance(sep.value, str) and sep.value != "\n":
                found.append((node.lineno, (MESSAGES, sep.value)))
    return sorted(found)


def extract(root: Path = ROOT) -> list[Entry]:
    """Every translatable text, in file and line order, once."""
    seen: dict[Entry, None] = {}
    for folder in SOURCES:
        for path in sorted((root / folder).rglob("*.py")):
            for _, entry in _texts(path):
                seen.setdefault(entry)
    # The default separator of Joined and the ones listed in text.py.
    text_py = (root / "counter_app/domain/text.py").read_text(encoding="utf-8")
    match = re.search(r"^SEPARATORS = \((.*)\)$", text_py, re.M)
    for sep in ast.literal_eval(f"({match.group(1)})") if match else ():
        seen.setdefault((MESSAGES, sep))
    return list(seen)


def read(path: Path) -> dict[Entry, tuple[str, bool]]:
    """(context, source) → (translation, finished) of an existing catalogue."""
    if not path.exists():
        return {}
    out: dict[Entry, tuple[str, bool]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            t = msg.find("translation")
            text = (t.text or "") if t is not None else ""
            finished = t is not None and t.get("type") not in ("unfinished", "obsolete", "vanished")
            out[(name, msg.findtext("source") or "")] = (text, finished)
    return out


def render(language: str, entries: list[Entry], old: dict[Entry, tuple[str, bool]]) -> str:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="zh_CN")
    for context in (MESSAGES, DATA):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for c, source in entries:
            if c != context:
                continue
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            text, finished = old.get((c, source), ("", False))
            if language == "zh_CN":
                text, finished = source, True
            t = ET.SubElement(msg, "translation")
            t.text = text
            if not finished or not text:
                t.set("type", "unfinished")
    ET.indent(root, "    ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def catalogue(language: str, out: Path = OUT) -> Path:
    return out / f"messages_{language}.ts"


def main(argv: list[str] | None = None, root: Path = ROOT, out: Path = OUT) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a catalogue is stale")
    args = parser.parse_args(argv)
    entries = extract(root)
    stale = []
    for language in LANGUAGES:
        path = catalogue(language, out)
        old = read(path)
        if args.check:
            if set(old) != set(entries):
                missing = len(set(entries) - set(old))
                obsolete = len(set(old) - set(entries))
                stale.append(f"{path.name}: {missing} missing, {obsolete} obsolete")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(language, entries, old), encoding="utf-8")
    if stale:
        print("stale (run python tools/i18n_messages.py):", "; ".join(stale), file=sys.stderr)
        return 1
    if not args.check:
        print(f"{len(entries)} texts written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
