"""What the hall hears on a call: "请 A001 号到 3 号柜台", once, for every way of saying it.

``call_phrase`` is the written phrase (the clerk's panel, the display's caption);
``spoken_words`` the same phrase as the words a voice says, the ticket's digits one
by one (A 零 零 一, as halls call them) and the counter as a number (十二号柜台);
the text-to-speech engine reads their join, and the recorded clips are named by
the same words (``clip_name``), so both voices say exactly the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

import cn2an

DIGITS = "零一二三四五六七八九"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# The fixed words of the phrase, each one clip.
PLEASE, NUMBER, TO, COUNTER = "请", "号", "到", "号柜台"
TEN = "十"
# Every word a phrase can hold: the clips shipped in resources/voice/.
ALL_WORDS = (PLEASE, NUMBER, TO, COUNTER, TEN, *DIGITS, *LETTERS)
_CLIP_NAMES = {PLEASE: "qing", NUMBER: "hao", TO: "dao", COUNTER: "hao_guitai", TEN: "shi"}


def call_phrase(ticket_no: str, counter: str) -> str:
    """请 A001 号到 3 号柜台."""
    return f"请 {ticket_no} 号到 {counter} 号柜台"


def _characters(code: str) -> list[str]:
    """A code read out one character at a time: letters as letters, digits as 零…九."""
    return [DIGITS[int(c)] if c.isdigit() else c.upper() for c in code if c.isalnum()]


def _counter_words(counter: str) -> list[str]:
    # 1 to 99 as a number (十二号柜台), as a person would say it; codes such as A2
    # or 101 one character at a time.
    if counter.isdigit() and 0 < int(counter) < 100:
        return list(cn2an.an2cn(str(int(counter))))
    return _characters(counter)


def spoken_words(ticket_no: str, counter: str) -> list[str]:
    """["请", "A", "零", "零", "一", "号", "到", "三", "号柜台"] for A001 and counter 3."""
    return [PLEASE, *_characters(ticket_no), NUMBER, TO, *_counter_words(counter), COUNTER]


def spoken_text(ticket_no: str, counter: str) -> str:
    """What a text-to-speech voice is given: 请A零零一号到三号柜台."""
    return "".join(spoken_words(ticket_no, counter))


def clip_name(word: str) -> str:
    """The clip's file name (ASCII, any file system) for one word of the phrase."""
    if word in _CLIP_NAMES:
        return f"{_CLIP_NAMES[word]}.wav"
    if word in DIGITS:
        return f"digit_{DIGITS.index(word)}.wav"
    if word in LETTERS:
        return f"letter_{word}.wav"
    raise ValueError(f"no clip for {word!r}")


@dataclass(frozen=True)
class CallPhrase:
    """One call as a speaker gets it: the written phrase and the words to say."""

    ticket_no: str
    counter: str

    @property
    def text(self) -> str:
        return call_phrase(self.ticket_no, self.counter)

    @property
    def words(self) -> list[str]:
        return spoken_words(self.ticket_no, self.counter)

    @property
    def spoken(self) -> str:
        return spoken_text(self.ticket_no, self.counter)
