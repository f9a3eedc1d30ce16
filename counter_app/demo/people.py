"""People, companies and places for the demo, drawn from the word lists in resources/demo/.

Every number is valid as the app checks it (GB 11643 resident IDs, GB 32100 credit
codes, mobile numbers); names and addresses follow rough real frequencies."""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from counter_app.domain.identity import credit_code_check_char, resident_id_check_char
from counter_app.resources import resource

WORDS_FILE = ("demo", "words.toml")


@dataclass(frozen=True)
class Words:
    """The word lists, as resources/demo/words.toml has them (surnames by frequency)."""

    surnames: tuple[str, ...]  # each as often as its frequency: a plain choice is weighted
    male_given: str
    female_given: str
    neutral_given: str
    local_areas: tuple[str, ...]
    other_areas: tuple[str, ...]
    mobile_prefixes: tuple[str, ...]
    city: str
    towns: tuple[str, ...]
    roads: tuple[str, ...]
    estates: tuple[str, ...]
    villages: tuple[str, ...]
    trade_names: tuple[str, ...]
    trades: tuple[str, ...]
    shops: tuple[str, ...]
    cancel_reasons: tuple[str, ...]
    pause_reasons: tuple[str, ...]
    reasons: tuple[str, ...]
    meter_locations: tuple[str, ...]
    bank: str


def _expand(weighted: str) -> tuple[str, ...]:
    """ "王71 李70 …" as 71 王 and 70 李 …"""
    out: list[str] = []
    for item in weighted.split():
        name = item.rstrip("0123456789")
        out += [name] * int(item[len(name) :])
    return tuple(out)


@cache
def words() -> Words:
    """Read once: a demo of a million customers draws from them a million times."""
    with resource(*WORDS_FILE).open("rb") as f:
        data = tomllib.load(f)
    lists: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
    lists["surnames"] = _expand(data["surnames"])
    return Words(**lists)


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randrange(10**n)).zfill(n)


def person_name(rng: random.Random, male: bool) -> str:
    w = words()
    surname = rng.choice(w.surnames)
    r = rng.random()
    pool = w.neutral_given if r < 0.1 else (w.male_given if male else w.female_given)
    if rng.random() < 0.3:
        return surname + rng.choice(pool)
    return surname + rng.choice(pool) + rng.choice(w.male_given if male else w.female_given)


def resident_id(rng: random.Random, today: date) -> tuple[str, bool]:
    """A valid GB 11643 number of someone 18 to 85 years old, and whether male."""
    w = words()
    area = rng.choice(w.local_areas) if rng.random() < 0.8 else rng.choice(w.other_areas)
    birth = today - timedelta(days=rng.randint(18 * 366, 85 * 365))
    seq = rng.randint(1, 999)
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first17 + resident_id_check_char(first17), seq % 2 == 1


_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def organization_code(rng: random.Random) -> str:
    """A 9-character organisation code (GB 11714): 8 digits and its check character."""
    body = digits(rng, 8)
    check = 11 - sum(int(c) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True)) % 11
    return body + {10: "X", 11: "0"}.get(check, str(check))


def credit_code(rng: random.Random, org_type: str) -> str:
    """A valid GB 32100 code: 9 (market regulator), the type, area, organisation code."""
    w = words()
    first17 = "9" + org_type + rng.choice(w.local_areas) + organization_code(rng)
    return first17 + credit_code_check_char(first17)


def mobile(rng: random.Random) -> str:
    w = words()
    return rng.choice(w.mobile_prefixes) + digits(rng, 8)


def company(rng: random.Random) -> tuple[str, str]:
    """(name, credit code): a limited company, or now and then a sole trader (个体工商户)."""
    w = words()
    trade = rng.choice(w.trade_names)
    if rng.random() < 0.8:
        return f"{w.city}{trade}{rng.choice(w.trades)}有限公司", credit_code(rng, "1")
    return f"{rng.choice(w.towns)}{trade}{rng.choice(w.shops)}", credit_code(rng, "2")


def address(rng: random.Random, business: bool = False) -> str:
    w = words()
    town = rng.choice(w.towns)
    r = rng.random()
    if business:
        park = "工业园区" if r < 0.4 else ""
        return f"{town}{park}{rng.choice(w.roads)}{rng.randint(1, 300)}号"
    if r < 0.55:
        floor, room = rng.randint(1, 18), rng.randint(1, 4)
        return (
            f"{town}{rng.choice(w.roads)}{rng.randint(1, 400)}号{rng.choice(w.estates)}"
            f"{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元{floor}{room:02d}室"
        )
    if r < 0.7:
        return f"{town}{rng.choice(w.roads)}{rng.randint(1, 400)}号"
    return f"{town}{rng.choice(w.villages)}村{rng.randint(1, 12)}组{rng.randint(1, 150)}号"
