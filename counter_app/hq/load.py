"""HQ's load of hall batches into a database (hq-contract.md section 1).

``load_files`` puts the same rows into a database (PostgreSQL; any SQLAlchemy URL, SQLite in
tests): one table per data sheet named as the sheet, columns named as the headers, primary
key 记录键, plus 来源营业厅 / 来源批次 / 来源生成时间 / 来源文件. Rows are upserted (INSERT …
ON CONFLICT (记录键) DO UPDATE … WHERE the incoming version is not older), in one
transaction, so a re-load changes nothing. The table 载入批次 records each loaded batch;
a batch number loaded before with other contents is refused.

The tables' columns are the contract's (counter_app/hq/contract.py); the files are
checked first (counter_app/hq/check.py).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from counter_app.hq.check import (
    Bad,
    CheckedFile,
    HqFilesRefused,
    Say,
    check_files,
    discontinuity,
    open_again,
    reread,
)
from counter_app.hq.contract import (
    DATA_SHEETS,
    DAY,
    DEC2,
    INT,
    KEY_HEADER,
    MINUTES,
    MONEY,
    RATIO,
    SHEETS,
    TEXT,
    TIME,
    cell_value,
    sheets_of,
)
from counter_app.services.errors import UserError

__all__ = ["LOADS_TABLE", "LoadResult", "load_files"]

LOADS_TABLE = "载入批次"
ANCHORS_TABLE = "载入审计链"
SOURCE_COLUMNS = ("来源营业厅", "来源批次", "来源生成时间", "来源文件")
CHUNK = 1000


@dataclass
class LoadResult:
    url: str
    files: list[CheckedFile]
    rows: dict[str, int]  # rows in each table after the load

    def lines(self) -> list[str]:
        out = [f"已载入 {len(self.files)} 个文件到 {self.url}"]
        out += [f"{name}：表中共 {self.rows[name]} 行" for name in DATA_SHEETS]
        out += [
            f"跳过重复文件 {f.name}（与 {f.duplicate_of} 相同）"
            for f in self.files
            if f.duplicate_of
        ]
        return out


def _sql_type(kind: str) -> Any:
    from sqlalchemy import Date, DateTime, Integer, Numeric, Text

    return {
        TEXT: Text(),
        TIME: DateTime(),
        DAY: Date(),
        MONEY: Numeric(16, 2),
        DEC2: Numeric(16, 2),
        MINUTES: Numeric(12, 1),
        RATIO: Numeric(7, 4),
        INT: Integer(),
    }[kind]


def _tables(metadata: Any) -> tuple[dict[str, Any], Any]:
    from sqlalchemy import Column, DateTime, Integer, Table, Text

    tables = {}
    for name in DATA_SHEETS:
        cols = [
            Column(c.header, _sql_type(c.kind), primary_key=c.header == KEY_HEADER)
            for c in SHEETS[name]
        ]
        cols += [
            Column("来源营业厅", Text(), nullable=False, index=True),
            Column("来源批次", Integer(), nullable=False),
            Column("来源生成时间", DateTime(), nullable=False),
            Column("来源文件", Text(), nullable=False),
        ]
        tables[name] = Table(name, metadata, *cols)
    loads = Table(
        LOADS_TABLE,
        metadata,
        Column("营业厅编码", Text(), primary_key=True),
        Column("批次号", Integer(), primary_key=True),
        Column("营业厅名称", Text(), nullable=False),
        Column("起始日期", DateTime()),
        Column("截止日期", DateTime()),
        Column("生成时间", DateTime(), nullable=False),
        Column("文件", Text(), nullable=False),
        Column("各表行数", Text(), nullable=False),
        Column("校验值", Text(), nullable=False),
        Column("载入时间", DateTime(), nullable=False),
    )
    # Its own table (not columns of 载入批次): create_all adds it to a database loaded before.
    Table(
        ANCHORS_TABLE,
        metadata,
        Column("营业厅编码", Text(), primary_key=True),
        Column("批次号", Integer(), primary_key=True),
        Column("起点批次", Integer()),
        Column("起点编号", Integer(), nullable=False),
        Column("起点哈希", Text(), nullable=False),
        Column("终点编号", Integer(), nullable=False),
        Column("终点哈希", Text(), nullable=False),
    )
    return tables, loads


def _db_values(name: str, texts: list[str]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for col, text in zip(SHEETS[name], texts, strict=True):
        value = cell_value(col.kind, text)
        if col.kind == DAY and value is not None:
            value = value.date()
        row[col.header] = value
    return row


def _upsert(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert, or replace a row whose stored version is not newer than the incoming one."""
    from sqlalchemy import select, tuple_, update

    if not rows:
        return
    key = table.c[KEY_HEADER]
    dialect = conn.dialect.name
    if dialect in ("postgresql", "sqlite"):
        from sqlalchemy.dialects import postgresql, sqlite

        stmt: Any = (postgresql if dialect == "postgresql" else sqlite).insert(table)
        newer = tuple_(stmt.excluded["来源生成时间"], stmt.excluded["来源批次"]) >= tuple_(
            table.c["来源生成时间"], table.c["来源批次"]
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[key],
            set_={c.name: stmt.excluded[c.name] for c in table.columns if c is not key},
            where=newer,
        )
        conn.execute(stmt, rows)
        return
    # Any other database: look the keys up, then insert or update.
    stamps = {
        k: (g, b)
        for k, g, b in conn.execute(
            select(key, table.c["来源生成时间"], table.c["来源批次"]).where(
                key.in_([r[KEY_HEADER] for r in rows])
            )
        )
    }
    new = [r for r in rows if r[KEY_HEADER] not in stamps]
    if new:
        conn.execute(table.insert(), new)
    for r in rows:
        old = stamps.get(r[KEY_HEADER])
        if old is not None and (r["来源生成时间"], r["来源批次"]) >= old:
            conn.execute(
                update(table)
                .where(key == r[KEY_HEADER])
                .values({k: v for k, v in r.items() if k != KEY_HEADER})
            )


def load_files(
    paths: Sequence[Path | str],
    url: str,
    *,
    say: Say | None = None,
    now: Callable[[], datetime] | None = None,
) -> LoadResult:
    """Check ``paths`` and upsert their rows into the database at ``url`` (see the module
    doc). Raises HqFilesRefused (nothing loaded) if any input is bad."""
    from sqlalchemy import MetaData, create_engine, func, select
    from sqlalchemy.exc import SQLAlchemyError

    files = check_files(paths, say=say)
    if "://" not in url:  # a plain path: a SQLite file
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    try:
        engine = create_engine(url)
    except Exception as exc:
        raise UserError("数据库地址无法使用：{exc}", exc=exc) from None
    metadata = MetaData()
    tables, loads = _tables(metadata)
    stamp = (now or datetime.now)().replace(microsecond=0)
    try:
        with engine.begin() as conn:
            metadata.create_all(conn)
            _add_new_columns(conn, tables)
            problems: list[tuple[str, str]] = []
            for f in files:
                known = conn.execute(
                    select(loads.c["校验值"], loads.c["文件"]).where(
                        loads.c["营业厅编码"] == f.hall_code, loads.c["批次号"] == f.batch_no
                    )
                ).first()
                if known is not None and known[0] != _digest_text(f):
                    problems.append(
                        (
                            str(f.path),
                            f"营业厅 {f.hall_code} 第 {f.batch_no:04d} 批已载入过（{known[1]}），"
                            "内容却不同",
                        )
                    )
            problems += _continues_loaded(conn, metadata.tables[ANCHORS_TABLE], files)
            if problems:
                raise HqFilesRefused(problems)
            for f in files:
                if f.duplicate_of:
                    continue
                _load_one(conn, f, tables, loads, stamp)
                _keep_anchors(conn, metadata.tables[ANCHORS_TABLE], f)
                if say:
                    say(f"已载入 {f.name}")
            counts = {
                name: int(conn.scalar(select(func.count()).select_from(tables[name])) or 0)
                for name in DATA_SHEETS
            }
    except SQLAlchemyError as exc:
        raise UserError("载入数据库失败，已全部撤销：{exc}", exc=exc) from None
    finally:
        engine.dispose()
    return LoadResult(engine.url.render_as_string(hide_password=True), files, counts)


def _add_new_columns(conn: Any, tables: dict[str, Any]) -> None:
    """A database loaded before a column was added to the contract (contract.ADDED) gets
    it, empty for the rows loaded before: create_all makes missing tables only."""
    from sqlalchemy import inspect
    from sqlalchemy.schema import CreateColumn

    inspector = inspect(conn)
    for name, table in tables.items():
        have = {c["name"] for c in inspector.get_columns(name)}
        for column in table.columns:
            if column.name not in have:
                spec = CreateColumn(column).compile(dialect=conn.dialect)
                conn.exec_driver_sql(f'ALTER TABLE "{name}" ADD COLUMN {spec}')


def _continues_loaded(conn: Any, anchors: Any, files: list[CheckedFile]) -> list[tuple[str, str]]:
    """Each batch must continue the hall's previous batch loaded before (see the module
    doc); one whose previous batch is among ``files`` was checked by check_files."""
    from sqlalchemy import select

    given = {(f.hall_code, f.batch_no) for f in files}
    problems = []
    for f in files:
        prev_no = f.batch_no - 1
        if f.duplicate_of or (f.hall_code, prev_no) in given:
            continue
        row = conn.execute(
            select(anchors.c["终点编号"], anchors.c["终点哈希"]).where(
                anchors.c["营业厅编码"] == f.hall_code, anchors.c["批次号"] == prev_no
            )
        ).first()
        if row is None:
            continue
        why = discontinuity(f, prev_no, (int(row[0]), str(row[1])))
        if why:
            problems.append((str(f.path), why))
    return problems


def _keep_anchors(conn: Any, anchors: Any, f: CheckedFile) -> None:
    from sqlalchemy import delete

    conn.execute(
        delete(anchors).where(
            anchors.c["营业厅编码"] == f.hall_code, anchors.c["批次号"] == f.batch_no
        )
    )
    if f.anchors is None:
        return
    conn.execute(
        anchors.insert().values(
            {
                "营业厅编码": f.hall_code,
                "批次号": f.batch_no,
                "起点批次": f.anchors.start_batch,
                "起点编号": f.anchors.start[0],
                "起点哈希": f.anchors.start[1],
                "终点编号": f.anchors.end[0],
                "终点哈希": f.anchors.end[1],
            }
        )
    )


def _digest_text(f: CheckedFile) -> str:
    # Over the file's own sheets: a batch loaded before a sheet was added digests the same.
    return ",".join(f.checksums[name] for name in sheets_of(f.version))


def _load_one(
    conn: Any, f: CheckedFile, tables: dict[str, Any], loads: Any, stamp: datetime
) -> None:
    from sqlalchemy import delete

    source = {
        "来源营业厅": f.hall_code,
        "来源批次": f.batch_no,
        "来源生成时间": f.generated,
        "来源文件": f.name,
    }
    book = open_again(f)
    try:
        for name in DATA_SHEETS:
            chunk: list[dict[str, Any]] = []
            for _key, texts in reread(f, name, book):
                chunk.append(_db_values(name, texts) | source)
                if len(chunk) >= CHUNK:
                    _upsert(conn, tables[name], chunk)
                    chunk = []
            _upsert(conn, tables[name], chunk)
    except Bad as exc:
        raise HqFilesRefused([(str(f.path), str(exc))]) from None
    finally:
        with contextlib.suppress(Exception):
            book.close()
    conn.execute(
        delete(loads).where(loads.c["营业厅编码"] == f.hall_code, loads.c["批次号"] == f.batch_no)
    )
    conn.execute(
        loads.insert().values(
            {
                "营业厅编码": f.hall_code,
                "批次号": f.batch_no,
                "营业厅名称": f.hall_name,
                "起始日期": _midnight(f.period_from),
                "截止日期": _midnight(f.period_to),
                "生成时间": f.generated,
                "文件": f.name,
                "各表行数": json.dumps(f.counts, ensure_ascii=False),
                "校验值": _digest_text(f),
                "载入时间": stamp,
            }
        )
    )


def _midnight(day: date | None) -> datetime | None:
    return None if day is None else datetime(day.year, day.month, day.day)
