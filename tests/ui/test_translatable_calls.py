"""Every screen text written in a translate call is one lupdate can see.

lupdate reads `QCoreApplication.translate("Context", "text")` and `self.tr("text")`
as written: a literal context and a literal text. Three helpers once wrapped it
(`def _tr(text): return QCoreApplication.translate("Page", text)`, or `tr =
QCoreApplication.translate`), and the English build showed those texts in Chinese:
lupdate extracted nothing, or extracted them under the wrong context. A translate of
a value (a title marked elsewhere with QT_TRANSLATE_NOOP, a data text) is fine; a
literal text under a context that is not literal, a wrapper or an alias is not.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "counter_app" / "ui"


def _is_translate(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and isinstance(node.value, ast.Name)
        and node.value.id == "QCoreApplication"
    )


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def problems_in(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        where = f"{path.name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Assign) and _is_translate(node.value):
            found.append(f"{where}: an alias of QCoreApplication.translate")
        if isinstance(node, ast.Call) and _is_translate(node.func) and len(node.args) >= 2:
            context, text = node.args[:2]
            if _literal(text) and not _literal(context):
                found.append(f"{where}: a literal text under a context lupdate cannot read")
        if isinstance(node, ast.FunctionDef):
            params = {a.arg for a in node.args.args}
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and _is_translate(inner.func)
                    and len(inner.args) >= 2
                    and _literal(inner.args[0])
                    and isinstance(inner.args[1], ast.Name)
                    and inner.args[1].id in params
                    and len(node.body) <= 2  # a one-line wrapper, not a table's reader
                ):
                    found.append(
                        f"{where}: {node.name}() wraps translate: lupdate skips its callers"
                    )
    return found


def test_every_translate_call_is_one_lupdate_reads() -> None:
    found = [problem for path in sorted(UI.glob("*.py")) for problem in problems_in(path)]
    assert found == []


def test_the_guard_finds_each_mistake(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "CONTEXT = 'Page'\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Page', text)\n"
        "tr = QCoreApplication.translate\n"
        "x = QCoreApplication.translate(CONTEXT, '可不填')\n",
        encoding="utf-8",
    )
    assert {problem.split(": ", 1)[1] for problem in problems_in(sample)} == {
        "_tr() wraps translate: lupdate skips its callers",
        "an alias of QCoreApplication.translate",
        "a literal text under a context lupdate cannot read",
    }
