"""Every keyboard shortcut, declared once.

The same table makes the QShortcuts, the tooltips ("叫下一位（F2）") and the F1
help overlay, so the three never disagree. Entries with bound=False are keys a
widget already handles itself (Enter in a search box, QWizard's Alt mnemonics):
they are listed for the clerk, not bound again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

CONTEXT = "shortcuts"  # the translation context of the descriptions
GLOBAL = "global"


@dataclass(frozen=True)
class Shortcut:
    action: str
    keys: tuple[str, ...]  # QKeySequence portable text; several keys = one action per key
    description: str  # Chinese; translated when shown
    screen: str  # GLOBAL or the screen it works on
    bound: bool = True


# The screens, in the order the overlay lists them.
SCREENS: dict[str, str] = {
    GLOBAL: QT_TRANSLATE_NOOP("shortcuts", "任何页面"),
    "queue": QT_TRANSLATE_NOOP("shortcuts", "排队叫号"),
    "catalogue": QT_TRANSLATE_NOOP("shortcuts", "业务办理"),
    "wizard": QT_TRANSLATE_NOOP("shortcuts", "业务办理向导"),
    "lookup": QT_TRANSLATE_NOOP("shortcuts", "便捷查询"),
    "payment": QT_TRANSLATE_NOOP("shortcuts", "收费"),
    "payments": QT_TRANSLATE_NOOP("shortcuts", "收费记录"),
}

PAGE_KEYS = tuple(f"Ctrl+{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 0))

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("help", ("F1",), QT_TRANSLATE_NOOP("shortcuts", "显示或关闭本帮助"), GLOBAL),
    Shortcut(
        "call_next", ("F2",), QT_TRANSLATE_NOOP("shortcuts", "叫下一位（转到排队叫号）"), GLOBAL
    ),
    Shortcut("lookup", ("F3",), QT_TRANSLATE_NOOP("shortcuts", "便捷查询：光标到查询框"), GLOBAL),
    Shortcut(
        "new_payment", ("F4",), QT_TRANSLATE_NOOP("shortcuts", "新的收费：清空并输入户号"), GLOBAL
    ),
    Shortcut("refresh", ("F5",), QT_TRANSLATE_NOOP("shortcuts", "刷新当前页面"), GLOBAL),
    Shortcut(
        "new_business", ("Ctrl+N",), QT_TRANSLATE_NOOP("shortcuts", "办理新业务：选择业务"), GLOBAL
    ),
    Shortcut(
        "print",
        ("Ctrl+P",),
        QT_TRANSLATE_NOOP(
            "shortcuts",
            "打印当前文档（最近的收据或回执；收费记录中为选中的收据），直接送到本机设置的打印机",
        ),
        GLOBAL,
    ),
    Shortcut(
        "print_preview",
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP(
            "shortcuts", "打印预览：同 Ctrl+P，但先预览（预览中 Ctrl+P 打印，Esc 关闭）"
        ),
        GLOBAL,
    ),
    Shortcut("lock", ("Ctrl+L",), QT_TRANSLATE_NOOP("shortcuts", "锁定屏幕"), GLOBAL),
    Shortcut(
        "sign_out", ("Ctrl+Shift+L",), QT_TRANSLATE_NOOP("shortcuts", "注销 / 切换用户"), GLOBAL
    ),
    Shortcut("manual", ("Shift+F1",), QT_TRANSLATE_NOOP("shortcuts", "打开使用手册"), GLOBAL),
    Shortcut("goto_page", PAGE_KEYS, QT_TRANSLATE_NOOP("shortcuts", "转到“{0}”"), GLOBAL),
    Shortcut(
        "close", ("Esc",), QT_TRANSLATE_NOOP("shortcuts", "关闭帮助或对话框"), GLOBAL, bound=False
    ),
    # 排队叫号
    Shortcut("recall", ("F6",), QT_TRANSLATE_NOOP("shortcuts", "重呼当前号码"), "queue"),
    Shortcut("no_show", ("F7",), QT_TRANSLATE_NOOP("shortcuts", "过号"), "queue"),
    Shortcut("end_visit", ("F8",), QT_TRANSLATE_NOOP("shortcuts", "结束接待并请客户评价"), "queue"),
    Shortcut("transfer", ("Ctrl+T",), QT_TRANSLATE_NOOP("shortcuts", "转到其他类别"), "queue"),
    Shortcut("walk_in", ("Ctrl+J",), QT_TRANSLATE_NOOP("shortcuts", "无号接待"), "queue"),
    Shortcut("issue_ticket", ("Ctrl+G",), QT_TRANSLATE_NOOP("shortcuts", "为客户取号"), "queue"),
    # 业务办理
    Shortcut(
        "start_business",
        ("Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "开始办理选中的业务"),
        "catalogue",
        bound=False,
    ),
    Shortcut(
        "wizard_next",
        ("Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "下一步（本页填写完整时）；最后一页为确认受理"),
        "wizard",
        bound=False,
    ),
    Shortcut(
        "wizard_back", ("Alt+B",), QT_TRANSLATE_NOOP("shortcuts", "上一步"), "wizard", bound=False
    ),
    Shortcut(
        "wizard_draft",
        ("Alt+S",),
        QT_TRANSLATE_NOOP("shortcuts", "保存草稿"),
        "wizard",
        bound=False,
    ),
    Shortcut(
        "wizard_cancel", ("Esc",), QT_TRANSLATE_NOOP("shortcuts", "取消办理"), "wizard", bound=False
    ),
    # 便捷查询
    Shortcut(
        "lookup_search",
        ("Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "在查询框中：查询"),
        "lookup",
        bound=False,
    ),
    Shortcut(
        "lookup_results",
        ("Down",),
        QT_TRANSLATE_NOOP("shortcuts", "从查询框进入查询结果"),
        "lookup",
        bound=False,
    ),
    Shortcut(
        "lookup_pay",
        ("Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "在查询结果中：为选中的户收费"),
        "lookup",
        bound=False,
    ),
    # 收费
    Shortcut(
        "payment_next",
        ("Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "户号中：查询欠费；金额中：到下一项；收费按钮上：确认收费"),
        "payment",
        bound=False,
    ),
    Shortcut(
        "confirm_payment", ("F9",), QT_TRANSLATE_NOOP("shortcuts", "确认收费并打印收据"), "payment"
    ),
    # 收费记录
    Shortcut(
        "payments_search",
        ("Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "在收据号或户号中：查找"),
        "payments",
        bound=False,
    ),
)

BY_ACTION = {s.action: s for s in SHORTCUTS}


def text(value: str) -> str:
    return QCoreApplication.translate(CONTEXT, value)


def keys_text(action: str) -> str:
    """The keys of an action; a run of keys shows its first and last."""
    keys = BY_ACTION[action].keys  # portable text (Ctrl+P, F2): the same on every PC
    return keys[0] if len(keys) == 1 else f"{keys[0]} … {keys[-1]}"


def description(action: str) -> str:
    return text(BY_ACTION[action].description)


def tooltip(action: str, what: str | None = None, key: str | None = None) -> str:
    """ "叫下一位（F2）": what the key does (or `what`), then the key (or one `key` of a run)."""
    pattern = QCoreApplication.translate("shortcuts", "{0}（{1}）")
    return pattern.format(
        what if what is not None else description(action), key or keys_text(action)
    )


def with_key(label: str, action: str) -> str:
    """A button's own label with its key: "叫下一位 (F2)"."""
    return QCoreApplication.translate("shortcuts", "{0} ({1})").format(label, keys_text(action))


def bind(
    parent: QWidget,
    action: str,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QShortcut:
    """One QShortcut for a one-key action; on a page it works only while the page shows."""
    entry = BY_ACTION[action]
    assert entry.bound and len(entry.keys) == 1, action
    shortcut = QShortcut(QKeySequence(entry.keys[0]), parent)
    shortcut.setContext(context)
    shortcut.setObjectName(f"shortcut_{action}")
    shortcut.activated.connect(slot)
    return shortcut


def for_screen(screen: str) -> list[Shortcut]:
    return [s for s in SHORTCUTS if s.screen == screen]
