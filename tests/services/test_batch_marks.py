"""HQ batches carry the hall's marks and audit chain anchors; HQ checks that they continue."""

# ruff: noqa: F811 (fixtures imported from test_backups)

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from test_backups import NOW, paying, take, usb  # noqa: F401 (fixtures)
from test_integrity import raw

from counter_app.bootstrap import open_context
from counter_app.hq import export, load, merge
from counter_app.hq.check import HqFilesRefused
from counter_app.services import backups
from counter_app.services.audit import GENESIS, entry_hash
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext


def info(path: Path) -> dict[str, Any]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {r[0]: r[1] for r in wb["说明"].iter_rows(min_row=2, values_only=True)}
    finally:
        wb.close()


def chain_head(db: Path) -> tuple[int, str]:
    with raw(db) as conn:
        found = conn.execute("SELECT id, hash FROM audit_entries ORDER BY id DESC LIMIT 1")
        row = found.fetchone()
    return int(row[0]), str(row[1])


@pytest.fixture
def sent(tmp_path: Path) -> Path:
    folder = tmp_path / "sent"
    folder.mkdir()
    return folder


def test_the_batch_carries_the_highest_numbers_and_the_chain_anchors(
    paying: AppContext, hall: tuple[HallInfo, UserInfo], db_path: Path, sent: Path
) -> None:
    end = chain_head(db_path)
    first = info(export.export_period(paying, hall[1], sent).path)
    assert first["最大收据号"] == "2030-11-26 1号柜台 第 3 号"
    assert first["最大来访编号"] == "2030-11-26 第 3 号"
    assert first["最大受理编号"] == "无"
    assert "receipt:330101:1:20301126=3" in first["编号高水位"].split("；")
    assert (first["审计链起点批次"], first["审计链起点编号"], first["审计链起点哈希"]) == (
        None,
        0,
        None,
    )
    assert (first["审计链终点编号"], first["审计链终点哈希"]) == end
    paying.clock = lambda: NOW + timedelta(hours=1)
    second = info(export.export_period(paying, hall[1], sent).path)
    # It starts where the first ended: the first's end and the export.batch entry after it.
    assert second["审计链起点批次"] == "0001"
    assert (second["审计链起点编号"], second["审计链起点哈希"]) == end
    assert second["审计链终点编号"] == end[0] + 1
    # Written again, a batch is the same, anchors included.
    again = export.export_batch_again(paying, 1, sent / "again", user=hall[1]).path
    assert info(again) == first


def test_consecutive_batches_merge_and_load(
    paying: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    sent: Path,
    tmp_path: Path,
) -> None:
    one = export.export_period(paying, hall[1], sent).path
    paying.clock = lambda: NOW + timedelta(hours=1)
    take(paying, clerk)
    two = export.export_period(paying, hall[1], sent).path
    merged = merge.merge_files([two, one], tmp_path / "merged.xlsx")
    assert [f.batch_no for f in merged.files] == [1, 2]
    db = tmp_path / "hq.db"
    load.load_files([one], str(db))
    load.load_files([two], str(db))  # continues the batch loaded before


def rehash_chain(db: Path) -> None:
    """What an attacker does to hide an edit: change an entry, then rewrite every hash."""
    with raw(db) as conn:
        rows = conn.execute(
            "SELECT id, at, user_id, action, entity, entity_id, detail FROM audit_entries"
            " ORDER BY id"
        ).fetchall()
        prev = GENESIS
        for entry_id, at, user_id, action, entity, entity_id, detail in rows:
            content = json.loads(detail)
            if action == "user.create" and entity_id == "zhang":
                content["role"] = "admin"
            moment = _aware(at)
            digest = entry_hash(prev, moment, user_id, action, entity, entity_id, content)
            conn.execute(
                "UPDATE audit_entries SET detail = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (json.dumps(content, ensure_ascii=False), prev, digest, entry_id),
            )
            prev = digest


def _aware(text: str) -> Any:
    from datetime import UTC, datetime

    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_a_batch_from_a_rehashed_chain_is_refused(
    paying: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    db_path: Path,
    sent: Path,
    tmp_path: Path,
) -> None:
    one = export.export_period(paying, hall[1], sent).path
    paying.close()
    rehash_chain(db_path)
    ctx = open_context(str(db_path))
    ctx.clock = lambda: NOW + timedelta(hours=1)
    try:
        from counter_app.services.integrity import verify_audit_chain

        assert verify_audit_chain(ctx).ok  # the chain alone no longer tells
        take(ctx, clerk)
        two = export.export_period(ctx, hall[1], sent).path
    finally:
        ctx.close()
    with pytest.raises(HqFilesRefused) as refused:
        merge.merge_files([one, two], tmp_path / "merged.xlsx")
    assert [p for p, _ in refused.value.problems] == [str(two)]
    assert "营业厅 330101 第 0002 批的审计链起点" in refused.value.message
    assert "与第 0001 批的终点" in refused.value.message and "被改写过" in refused.value.message
    assert not (tmp_path / "merged.xlsx").exists()
    db = tmp_path / "hq.db"
    load.load_files([one], str(db))
    with pytest.raises(HqFilesRefused, match="第 0002 批的审计链起点"):
        load.load_files([two], str(db))


def test_a_batch_after_a_restore_that_lost_a_batch_is_refused_by_hq(
    paying: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    usb: Path,
    db_path: Path,
    sent: Path,
    tmp_path: Path,
) -> None:
    older = backups.backup_now(paying, usb, 3, 1)
    one = export.export_period(paying, hall[1], sent).path
    paying.close()
    backups.restore(older, db_path, now=NOW, accept_loss=True)
    ctx = open_context(str(db_path))
    ctx.clock = lambda: NOW + timedelta(hours=1)
    try:
        take(ctx, clerk)
        result = export.export_period(ctx, hall[1], sent)
    finally:
        ctx.close()
    assert result.batch_no == 2  # batch 0001 is not numbered again
    with pytest.raises(HqFilesRefused, match="第 0002 批没有接续任何批次，而总部已有第 0001 批"):
        merge.merge_files([one, result.path], tmp_path / "merged.xlsx")
