"""Regenerate the voice clips of the hall's calls (resources/voice/*.wav), offline.

Each word a call can hold (domain/call_phrase.ALL_WORDS: 请, 号, 到, 号柜台, 十, the
digits 零…九, the letters A…Z) is spoken by espeak-ng's Mandarin voice (`-v cmn`,
letters read as English letters), trimmed of its leading and trailing silence and
resampled to 16 kHz mono 16-bit, which keeps the whole set small. The app joins them
into the phrase where no Chinese text-to-speech voice is installed (ui/call_voice.py).

espeak-ng is GPL-3.0; the sounds it produces are its output, not a part of it, and
ship as data (resources/licenses/voice-clips.txt says what they are and how made).

    apt-get install espeak-ng
    python tools/make_voice_clips.py
"""

from __future__ import annotations

import array
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counter_app.domain.call_phrase import ALL_WORDS, clip_name  # noqa: E402

OUT = ROOT / "resources" / "voice"
RATE = 16_000
SPEED = 150  # words a minute: a little slower than espeak's 175, for a noisy hall
SILENCE = 300  # samples quieter than this count as silence when trimming
KEEP = RATE // 50  # 20 ms of silence kept at each end


def _read(path: Path) -> tuple[array.array[int], int]:
    with wave.open(str(path), "rb") as w:
        if w.getnchannels() != 1 or w.getsampwidth() != 2:
            raise SystemExit(f"{path}: expected 16-bit mono from espeak-ng")
        samples = array.array("h", w.readframes(w.getnframes()))
        return samples, w.getframerate()


def _resample(samples: array.array[int], rate: int) -> array.array[int]:
    """Linear interpolation: plenty for speech at 16 kHz."""
    count = len(samples) * RATE // rate
    out = array.array("h", bytes(2 * count))
    for i in range(count):
        x = i * rate / RATE
        j = int(x)
        a = samples[j]
        b = samples[j + 1] if j + 1 < len(samples) else a
        out[i] = int(a + (b - a) * (x - j))
    return out


def _trim(samples: array.array[int]) -> array.array[int]:
    loud = [i for i, v in enumerate(samples) if abs(v) > SILENCE]
    if not loud:
        return samples
    return samples[max(0, loud[0] - KEEP) : loud[-1] + KEEP]


def make_clip(word: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.wav"
        subprocess.run(
            ["espeak-ng", "-v", "cmn", "-s", str(SPEED), "-w", str(raw), word], check=True
        )
        samples, rate = _read(raw)
    clip = _trim(_resample(samples, rate))
    with wave.open(str(target), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(clip.tobytes())


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for word in ALL_WORDS:
        make_clip(word, OUT / clip_name(word))
    total = sum(p.stat().st_size for p in OUT.glob("*.wav"))
    print(f"{len(ALL_WORDS)} clips in {OUT} ({total // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
