"""Translating what the services and the data files say, at the moment it is shown.

A screen's own strings go through self.tr(). Texts that come from the services
(error messages, status names) and from the shipped data files (business names,
field labels, scripts) are looked up in the catalogue's "messages" and "data"
contexts; a text the catalogue does not hold (a customer's name) stays as it is,
so passing every cell through tr_data is safe.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from counter_app.domain.text import fill

DATA = "data"
MESSAGES = "messages"


def tr_data(text: str) -> str:
    """A text from a data file or a service's fixed vocabulary, in the UI's language."""
    if not text:
        return text
    return QCoreApplication.translate(DATA, text)


def tr_message(error: Any) -> str:
    """A UserError's message in the UI's language.

    An error raised with a template and parameters is translated as its template,
    then filled in (parameters that are messages or joined lists translated in turn,
    plain texts through tr_data); one raised with a plain text is looked up as it is,
    among the messages first, then among the data files' texts (a rule's own message in
    a workflow file is data).
    """
    template = getattr(error, "template", None)
    params = getattr(error, "params", None)
    if template is None or not params:
        text = str(getattr(error, "message", error))
        shown = QCoreApplication.translate(MESSAGES, text)
        return shown if shown != text else tr_data(text)
    try:
        return fill(template, params, _message, tr_data)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return fill(template, params)


def _message(text: str) -> str:
    return QCoreApplication.translate(MESSAGES, text)
