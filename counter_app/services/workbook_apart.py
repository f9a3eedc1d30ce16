"""Reading a large workbook in a second process while this one checks and writes.

openpyxl spends ~35 µs on each cell of a county's arrears list (100,000 rows: ~3.5 s),
about as long as checking and writing the rows takes here. Read in a child process
and handed over a batch at a time, the two overlap on the hall PC's second core and
the import takes about as long as reading alone. The pipe holds at most a batch or
two: the child waits while this process is behind, so memory stays flat.

The child is this program again with READER_ARG (counter_app/__main__.py), its rows
pickled onto its standard output. Not multiprocessing: its spawn runs the caller's
main script again in the child (and on Linux starts a 13 MB resource tracker too).

A small file is read here: starting a process (~0.3 s) would cost more than it saves;
so is every file when no child can be started or the child ends without a word.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Generator
from pathlib import Path
from typing import IO, Any

import counter_app
from counter_app.domain.text import Msg
from counter_app.services.errors import ImportRejected
from counter_app.services.workbook_reader import check_workbook_file, read_values

READER_ARG = "--read-workbook"
# Files from this size on are read in a child process (~20,000 rows of an arrears list).
APART_FROM_BYTES = 1024 * 1024
# Rows a message carries: large enough that the pipe's cost per row is small, small
# enough that neither side waits long for the other.
BATCH_ROWS = 1000

Values = tuple[int, tuple[Any, ...]]


# Between the required and the optional headers on the child's command line.
OPTIONAL_ARG = "--optional"


def _command(path: Path, headers: tuple[str, ...], optional: tuple[str, ...] = ()) -> list[str]:
    names = [*headers, *((OPTIONAL_ARG, *optional) if optional else ())]
    if getattr(sys, "frozen", False):  # the built program: its own executable
        return [sys.executable, READER_ARG, str(path), *names]
    return [sys.executable, "-m", "counter_app", READER_ARG, str(path), *names]


def _start(
    path: Path, headers: tuple[str, ...], optional: tuple[str, ...] = ()
) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    # The package where this process found it, whatever the child's working folder.
    home = str(Path(counter_app.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (home, env.get("PYTHONPATH")) if p)
    return subprocess.Popen(
        _command(path, headers, optional),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        # No console window flashing up beside the app on Windows.
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )


def read_values_apart(
    path: Path, headers: tuple[str, ...], optional: tuple[str, ...] = ()
) -> Generator[Values, None, None]:
    """As workbook_reader.read_values, the reading done in a child process when the
    file is large. Closing the generator early stops the child."""
    check_workbook_file(path)  # a refusal by size or format said before any process starts
    if path.stat().st_size < APART_FROM_BYTES:
        yield from read_values(path, headers, optional)
        return
    try:
        child = _start(path, headers, optional)
    except OSError:  # no process to be had (limits, memory): read here, only slower
        yield from read_values(path, headers, optional)
        return
    stream = child.stdout
    assert stream is not None
    heard = False
    try:
        while True:
            try:
                message = pickle.load(stream)
            except (EOFError, pickle.UnpicklingError):
                if heard:
                    raise ImportRejected(
                        path.name, [(0, Msg("读取文件时出错：读取进程意外结束，请重新导入"))]
                    ) from None
                # The child ended before a word: it could not start. Read here instead.
                yield from read_values(path, headers, optional)
                return
            heard = True
            if message is None:
                return
            if isinstance(message, dict):
                raise ImportRejected(path.name, message["problems"])
            yield from message
    finally:
        if child.poll() is None:
            child.kill()  # the import stopped early: nothing more to read
        stream.close()
        child.wait()


def child_main(args: list[str]) -> int:
    """The child: batches of rows on standard output, then None; or the refusal's
    problems as {"problems": [...]}."""
    out: IO[bytes] = sys.stdout.buffer if sys.stdout is not None else os.fdopen(1, "wb")
    sys.stdout = sys.stderr  # nothing else may write into the rows' stream
    path, names = Path(args[0]), args[1:]
    cut = names.index(OPTIONAL_ARG) if OPTIONAL_ARG in names else len(names)
    headers, optional = tuple(names[:cut]), tuple(names[cut + 1 :])

    def send(message: object) -> None:
        pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()

    size = int(os.environ.get("COUNTER_READER_BATCH_ROWS", BATCH_ROWS))  # tests: many batches
    try:
        batch: list[Values] = []
        for item in read_values(path, headers, optional):
            batch.append(item)
            if len(batch) >= size:
                send(batch)
                batch = []
        if batch:
            send(batch)
        send(None)
    except ImportRejected as exc:
        send({"problems": exc.problems})
    except BrokenPipeError:
        pass  # the import stopped reading (refused, or closed): nothing to say
    except Exception as exc:  # any other failure reaches the clerk as a refusal
        send({"problems": [(0, Msg("读取文件时出错：{exc}", exc=exc))]})
    return 0
