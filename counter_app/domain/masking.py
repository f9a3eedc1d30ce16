"""Masking of personal data on receipts, lookup screens and exports.

The rules come from domain.md ("Identity checks"): name 张**, ID first 6 and
last 4, phone 138****1234. Inputs may be anything a record holds, so these
never raise: a value that fits no rule is still masked, never shown whole.
"""

from __future__ import annotations

import re

from counter_app.domain.identity import is_valid_mobile, normalize_mobile

__all__ = ["mask_account", "mask_address", "mask_id", "mask_name", "mask_phone"]

_MASK = "*"
_PHONE_SEPARATORS = re.compile(r"[\s\-]")
# The end of the street, road or village part of an address: what a paper carried out
# of the hall keeps (the house number, building and room are starred).
_PLACE_END = re.compile(r".*?(?:路|街|巷|弄|道|村|社区|小区|园|苑)")


def _keep(text: str, head: int, tail: int) -> str:
    """Keep ``head`` leading and ``tail`` trailing characters, star the rest."""
    hidden = len(text) - head - tail
    if hidden <= 0:
        # Too short for the rule: keep less rather than show it all.
        return text[:1] + _MASK * (len(text) - 1)
    return text[:head] + _MASK * hidden + text[len(text) - tail :]


def mask_name(name: str) -> str:
    """张三丰 -> 张**: keep the first character, star each of the others."""
    name = name.strip()
    return name[:1] + _MASK * (len(name) - 1)


def mask_id(number: str) -> str:
    """110105194912310021 -> 110105********0021 (first 6 and last 4 kept).

    Numbers shorter than 11 characters keep only their first and last
    character, otherwise little or nothing would be hidden.
    """
    number = number.strip()
    if len(number) >= 11:
        return _keep(number, 6, 4)
    return _keep(number, 1, 1)


def mask_account(number: str) -> str:
    """330101000777 -> 3301****0777 (first 4 and last 4 kept), for a screen the customer
    and whoever stands behind them can read (the customer screen, 客显).

    Shorter numbers keep only their last two characters' worth: first and last.
    """
    number = number.strip()
    if len(number) >= 10:
        return _keep(number, 4, 4)
    return _keep(number, 1, 1)


def mask_phone(number: str) -> str:
    """13812341234 or +86 138 1234 1234 -> 138****1234.

    Other numbers (landlines, foreign) keep their first 3 and last 2.
    """
    if is_valid_mobile(number):
        return _keep(normalize_mobile(number), 3, 4)
    return _keep(_PHONE_SEPARATORS.sub("", number), 3, 2)


def mask_address(address: str) -> str:
    """城关镇人民路100号3单元 -> 城关镇人民路****: keep the road or village, star the
    house number and the rest, for a paper carried out of the hall (the visit sheet).

    An address with no road or village keeps its first third.
    """
    address = re.sub(r"\s+", "", address)
    if not address:
        return ""
    found = _PLACE_END.match(address)
    kept = found.group(0) if found and len(found.group(0)) < len(address) else ""
    if not kept:
        kept = address[: max(1, len(address) // 3)]
    return kept + _MASK * 4
