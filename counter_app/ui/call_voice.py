"""The hall's voice: "请 A001 号到 3 号柜台" said on every call and recall, offline.

Two speakers, one interface (``Speaker``): the PC's own Chinese text-to-speech voice
(QtTextToSpeech; Windows has one) where one is installed, else the recorded clips
shipped in resources/voice/ (tools/make_voice_clips.py) joined into the phrase and
played with QtMultimedia. Both say domain/call_phrase.spoken_words, so they say the
same thing. The Qt speech and sound modules are imported only when a voice is made:
the tests speak through a recording Speaker and need no sound card.

Who speaks is the PC's setting (ui/settings.py VOICE_MODE): the PC showing the hall
display says every counter's calls (it sees them all, through the store), or, in a
hall without a display PC, each counter's PC says its own calls.
"""

from __future__ import annotations

import logging
import tempfile
import wave
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from counter_app.domain.call_phrase import CallPhrase, clip_name
from counter_app.resources import resource
from counter_app.services.hall_display import CallRow
from counter_app.ui import settings as opt
from counter_app.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

PAUSE_SECONDS = 0.8  # between two repeats of the phrase


class Speaker(Protocol):
    def say(self, phrase: CallPhrase, repeats: int, volume: int) -> None:
        """Say the phrase ``repeats`` times at ``volume`` (0–100), without waiting."""


class TextToSpeechSpeaker:
    """The PC's Chinese text-to-speech voice (Windows' SAPI or WinRT voices, speechd)."""

    def __init__(self, engine: QTextToSpeech) -> None:
        self.engine = engine

    @classmethod
    def chinese(cls) -> TextToSpeechSpeaker | None:
        """A speaker on the first engine with a Chinese voice, or None."""
        from PySide6.QtCore import QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech

        for name in QTextToSpeech.availableEngines():
            if name == "mock":  # Qt's test engine: silent
                continue
            engine = QTextToSpeech(name)
            if engine.state() == QTextToSpeech.State.Error:
                continue
            for locale in engine.availableLocales():
                if locale.language() == QLocale.Language.Chinese:
                    engine.setLocale(locale)
                    if engine.availableVoices():
                        return cls(engine)
        return None

    def say(self, phrase: CallPhrase, repeats: int, volume: int) -> None:
        self.engine.setVolume(volume / 100)
        for _ in range(repeats):
            self.engine.enqueue(phrase.spoken)


class ClipSpeaker:
    """The shipped clips, one per word, joined into one sound and played at once."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or resource("voice")
        self.effect: QSoundEffect | None = None
        self.file = Path(tempfile.gettempdir()) / "counter-app-call.wav"

    def clips(self, words: list[str]) -> list[Path]:
        return [self.folder / clip_name(word) for word in words]

    def joined(self, words: list[str], repeats: int, target: Path) -> float:
        """Write the phrase, ``repeats`` times with a pause, as one WAV; its seconds."""
        params = None
        parts: list[bytes] = []
        for path in self.clips(words):
            with wave.open(str(path), "rb") as clip:
                params = params or clip.getparams()
                parts.append(clip.readframes(clip.getnframes()))
        assert params is not None
        phrase = b"".join(parts)
        gap = bytes(int(params.framerate * PAUSE_SECONDS) * params.sampwidth)
        sound = gap.join([phrase] * repeats)
        with wave.open(str(target), "wb") as out:
            out.setnchannels(params.nchannels)
            out.setsampwidth(params.sampwidth)
            out.setframerate(params.framerate)
            out.writeframes(sound)
        return len(sound) / params.sampwidth / params.framerate

    def say(self, phrase: CallPhrase, repeats: int, volume: int) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        if self.effect is not None:
            self.effect.stop()
        self.joined(phrase.words, repeats, self.file)
        self.effect = QSoundEffect()
        self.effect.setSource(QUrl.fromLocalFile(str(self.file)))
        self.effect.setVolume(volume / 100)
        self.effect.play()


def pc_speaker() -> Speaker:
    """The PC's Chinese voice if it has one, else the clips."""
    try:
        speaker = TextToSpeechSpeaker.chinese()
    except Exception:  # a broken speech engine must not stop the calls
        log.exception("text-to-speech unavailable; the clips speak instead")
        speaker = None
    return speaker if speaker is not None else ClipSpeaker()


class CallVoice:
    """Says the calls this PC should say, as its settings ask (made once per window)."""

    def __init__(self, settings: Settings, speaker: Speaker | None = None) -> None:
        self.settings = settings
        self._speaker = speaker

    @property
    def mode(self) -> str:
        mode = str(self.settings.get(opt.VOICE_MODE))
        return mode if mode in opt.VOICE_MODES else "off"

    @property
    def speaker(self) -> Speaker:
        if self._speaker is None:  # made on first use: a silent PC loads no speech module
            self._speaker = pc_speaker()
        return self._speaker

    def should_say(self, call: CallRow, display_open: bool) -> bool:
        mode = self.mode
        if mode == "display":
            return display_open
        if mode == "counter":
            return call.counter == str(self.settings.get(opt.COUNTER))
        return False

    def say(self, call: CallRow) -> None:
        repeats = min(max(int(self.settings.get(opt.VOICE_REPEATS)), 1), 3)
        volume = min(max(int(self.settings.get(opt.VOICE_VOLUME)), 0), 100)
        self.speaker.say(CallPhrase(call.ticket_no, call.counter), repeats, volume)
