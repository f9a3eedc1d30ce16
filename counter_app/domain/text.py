"""Texts the clerk sees, kept translatable: message templates and fixed vocabularies.

A message is written as a Chinese template with named parameters
(Msg("户号 {account_no} 不存在", account_no=no)). It is a str (the filled-in
Chinese text), so the code, the CLI and the tests use it as before, and it
keeps its template and parameters so the UI can show it in the clerk's
language (counter_app/ui/i18n.py). tools/i18n_messages.py collects the
templates and the N_() vocabularies into translations/messages_*.ts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

# Separators used to join listed items; translated like messages.
SEPARATORS = ("、", "；")


def N_(text: str) -> str:
    """Mark a fixed vocabulary word (a status, a role, a kind) for the "data" catalogue."""
    return text


def _same(text: str) -> str:
    return text


class Joined(tuple[Any, ...]):
    """Items shown joined by a separator; each item is translated on its own."""

    sep: str

    def __new__(cls, items: Iterable[Any], sep: str = "、") -> Joined:
        self = super().__new__(cls, tuple(items))
        self.sep = sep
        return self

    def __str__(self) -> str:
        return self.sep.join(str(i) for i in self)


def fill(
    template: str,
    params: Mapping[str, Any],
    message: Callable[[str], str] = _same,
    data: Callable[[str], str] = _same,
) -> str:
    """The template (through `message`) with its parameters filled in.

    A parameter that is itself a Msg is filled the same way; a Joined is
    joined with its (translated) separator; a plain str goes through `data`
    (a status name is translated, a customer's name stays).
    """

    def show(value: Any) -> Any:
        if isinstance(value, Msg):
            return fill(value.template, value.params, message, data)
        if isinstance(value, Joined):
            sep = value.sep if value.sep == "\n" else message(value.sep)
            return sep.join(str(show(v)) for v in value)
        if isinstance(value, str):
            return data(value)
        return value

    return message(template).format(**{k: show(v) for k, v in params.items()})


class Msg(str):
    """A message text that remembers its template and parameters."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Msg:
        self = super().__new__(cls, fill(template, params) if params else template)
        self.template = template
        self.params = params
        return self


def as_msg(text: str) -> Msg:
    """A text as a Msg: a Msg stays itself, a plain text is its own template."""
    return text if isinstance(text, Msg) else Msg(text)


def message_of(exc: BaseException) -> str:
    """The message an exception was raised with, keeping a Msg's template."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, str) else str(exc)
