"""The settings dialog's extra tabs: one section per area of the PC's set-up (the
printers per kind of document, the hall display and voice, the customer screen).

Each section is a widget that shows its options from the Settings when built and
writes them back in ``save()``; ``problem()`` names what is wrong in the clerk's
language (or "" when it may be saved), checked for every section before any is
saved, so a refused dialog changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from counter_app.ui.settings import Settings


class SettingsSection(QWidget):
    title = ""  # the tab's title (translated by the section itself)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def problem(self) -> str:
        return ""

    def save(self) -> None:
        raise NotImplementedError


def _print_section(settings: Settings) -> SettingsSection:
    from counter_app.ui.print_settings import PrintSection  # it imports this module

    return PrintSection(settings)


def _hall_display(settings: Settings) -> SettingsSection:
    from counter_app.ui.hall_display_settings import HallDisplaySection

    return HallDisplaySection(settings)


def _customer_screen(settings: Settings) -> SettingsSection:
    from counter_app.ui.customer_settings import CustomerScreenSection  # it imports this

    return CustomerScreenSection(settings)


# The sections in tab order; an area adds its factory here.
SECTIONS: tuple[Callable[[Settings], SettingsSection], ...] = (
    _print_section,
    _hall_display,
    _customer_screen,
)
