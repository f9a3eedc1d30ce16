"""An older version's per-user store moved into the machine-wide folder: copy, verify,
then remove; a move that fails half-way leaves the old store as it was (issue 15)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from support import ADMIN, PASSWORD, set_up_hall

from counter_app import data_move
from counter_app.bootstrap import open_context
from counter_app.data_move import NOTE_NAME, MoveFailed, move_data, store_to_offer
from counter_app.services import auth


def old_folder(tmp_path: Path) -> Path:
    """A per-user folder as older versions left it: store, marks, backups, printouts, logs."""
    old = tmp_path / "home" / "CounterAssistant" / "counter-app"
    ctx = open_context(str(old / "counter.db"))
    try:
        set_up_hall(ctx)
    finally:
        ctx.close()
    (old / "backups").mkdir()
    (old / "backups" / "counter-20261120-1830.db").write_bytes(b"backup" * 100)
    (old / "printouts").mkdir()
    (old / "printouts" / "收据-0001.pdf").write_bytes(b"%PDF receipt")
    (old / "logs").mkdir()
    (old / "logs" / "counter-app.log").write_text("old log\n", encoding="utf-8")
    return old


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def hall_name(db: Path) -> str:
    ctx = open_context(str(db))
    try:
        hall = auth.current_hall(ctx)
        assert hall is not None
        assert auth.login(ctx, ADMIN.username, PASSWORD).username == ADMIN.username
        return hall.name
    finally:
        ctx.close()


def test_the_old_store_is_offered_only_when_the_new_folder_has_none(tmp_path: Path) -> None:
    old = old_folder(tmp_path)
    new = tmp_path / "machine" / "counter.db"
    assert store_to_offer(str(new), str(new), old) == old / "counter.db"
    assert store_to_offer("/elsewhere.db", str(new), old) is None  # --db or COUNTER_APP_DB
    assert store_to_offer(str(new), str(new), tmp_path / "nothing") is None
    new.parent.mkdir()
    new.write_bytes(b"")
    assert store_to_offer(str(new), str(new), old) is None  # the machine store is in use
    assert store_to_offer(str(old / "counter.db"), str(old / "counter.db"), old) is None


def test_the_move_takes_everything_and_leaves_a_note(tmp_path: Path) -> None:
    old = old_folder(tmp_path)
    name = hall_name(old / "counter.db")
    new = tmp_path / "machine"
    (new / "logs").mkdir(parents=True)
    (new / "logs" / "counter-app.log").write_text("this start\n", encoding="utf-8")
    moved = move_data(old, new, "clerk1")
    assert moved.store == new / "counter.db" and moved.left_behind == []
    assert hall_name(new / "counter.db") == name  # the hall and its administrator came along
    assert (new / "counter.db.marks.json").is_file()
    assert (new / "backups" / "counter-20261120-1830.db").read_bytes() == b"backup" * 100
    assert (new / "printouts" / "收据-0001.pdf").read_bytes() == b"%PDF receipt"
    assert (new / "logs" / "before-move-clerk1" / "counter-app.log").read_text() == "old log\n"
    assert (new / "logs" / "counter-app.log").read_text() == "this start\n"
    assert not list(new.rglob("*.moving*"))
    # The old folder holds only the note that says where the data went.
    assert [p.name for p in old.rglob("*")] == [NOTE_NAME]
    assert str(new) in (old / NOTE_NAME).read_text(encoding="utf-8")
    assert store_to_offer(str(new / "counter.db"), str(new / "counter.db"), old) is None


def test_a_name_taken_with_other_content_keeps_both(tmp_path: Path) -> None:
    old = old_folder(tmp_path)
    new = tmp_path / "machine"
    (new / "printouts").mkdir(parents=True)
    (new / "printouts" / "收据-0001.pdf").write_bytes(b"another clerk's receipt")
    move_data(old, new, "clerk1")
    assert (new / "printouts" / "收据-0001.pdf").read_bytes() == b"another clerk's receipt"
    assert (new / "printouts" / "收据-0001.clerk1.pdf").read_bytes() == b"%PDF receipt"


@pytest.mark.parametrize("where", ["a plain file", "the store"])
def test_a_move_failing_half_way_leaves_the_old_store_usable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    old = old_folder(tmp_path)
    name = hall_name(old / "counter.db")
    before = snapshot(old)
    new = tmp_path / "machine"
    if where == "a plain file":
        real_copy = shutil.copy2
        copied: list[Path] = []

        def copy_then_fail(source: Path, target: Path) -> object:
            if copied:  # the second file: the disk is full
                raise OSError(28, "No space left on device")
            copied.append(target)
            return real_copy(source, target)

        monkeypatch.setattr(data_move.shutil, "copy2", copy_then_fail)
    else:
        real_counts = data_move._row_counts
        calls: list[int] = []

        def counts_differ(conn: object) -> dict[str, int]:
            counts = real_counts(conn)  # type: ignore[arg-type]
            calls.append(1)
            return {**counts, "receipts": -1} if len(calls) == 2 else counts

        monkeypatch.setattr(data_move, "_row_counts", counts_differ)
    with pytest.raises(MoveFailed):
        move_data(old, new, "clerk1")
    assert snapshot(old) == before  # nothing removed, nothing changed
    assert not (new / "counter.db").exists()
    assert [p for p in new.rglob("*") if p.is_file()] == []  # no half copy left
    assert hall_name(old / "counter.db") == name
    # Offered again at the next start.
    default = str(new / "counter.db")
    assert store_to_offer(default, default, old) == old / "counter.db"


def test_a_store_already_in_the_new_folder_is_never_overwritten(tmp_path: Path) -> None:
    old = old_folder(tmp_path)
    new = tmp_path / "machine"
    new.mkdir()
    (new / "counter.db").write_bytes(b"the hall's store")
    with pytest.raises(MoveFailed):
        move_data(old, new, "clerk1")
    assert (new / "counter.db").read_bytes() == b"the hall's store"
    assert (old / "counter.db").is_file()
