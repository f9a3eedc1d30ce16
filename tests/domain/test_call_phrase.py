"""The call's phrase, written and spoken, and a clip for every word it can hold."""

from __future__ import annotations

import wave

import pytest

from counter_app.domain.call_phrase import (
    ALL_WORDS,
    CallPhrase,
    call_phrase,
    clip_name,
    spoken_text,
    spoken_words,
)
from counter_app.resources import resource


def test_the_phrase_of_a_call() -> None:
    assert call_phrase("A001", "3") == "请 A001 号到 3 号柜台"
    assert CallPhrase("A001", "3").text == "请 A001 号到 3 号柜台"


@pytest.mark.parametrize(
    ("ticket", "counter", "said"),
    [
        ("A001", "3", "请A零零一号到三号柜台"),  # the ticket's digits one by one
        ("B017", "12", "请B零一七号到十二号柜台"),  # the counter as a number
        ("C100", "20", "请C一零零号到二十号柜台"),
        ("A005", "A2", "请A零零五号到A二号柜台"),  # a counter code with a letter
        ("A005", "101", "请A零零五号到一零一号柜台"),
        ("a005", "1", "请A零零五号到一号柜台"),
    ],
)
def test_what_the_voice_says(ticket: str, counter: str, said: str) -> None:
    assert spoken_text(ticket, counter) == said
    assert "".join(spoken_words(ticket, counter)) == said


def test_every_word_has_a_small_clip() -> None:
    folder = resource("voice")
    names = {clip_name(word) for word in ALL_WORDS}
    assert len(names) == len(ALL_WORDS)
    assert {p.name for p in folder.glob("*.wav")} == names
    for name in names:
        with wave.open(str(folder / name), "rb") as clip:
            assert (clip.getnchannels(), clip.getsampwidth(), clip.getframerate()) == (1, 2, 16000)
            assert 0.1 < clip.getnframes() / 16000 < 1.5, name
    with pytest.raises(ValueError, match="no clip"):
        clip_name("百")
