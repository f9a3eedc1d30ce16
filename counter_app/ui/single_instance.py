"""One copy of the app per account and store: a second start brings the first forward.

The first start holds a lock file (QLockFile: freed by the system when the process
dies, so a crash leaves no lock that blocks the next start) and listens on a local
socket (a named pipe on Windows); both are named from a hash of the account and the
store. A second start finds the lock taken, sends ``show`` on the socket and exits;
the first raises its window (the login, the setup dialog, or the main window).

Per account, not per PC: another Windows account's copy runs in a session whose
windows cannot be brought to this screen (fast user switching keeps a locked
clerk's copy open), and SQLite keeps the two copies' writes apart as it does for
any two processes on one store.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

SHOW, DONE = b"show\n", b"ok\n"
ANSWER_MS = 3000  # a first copy busy opening its store answers once its thread is free


def instance_name(db: str, user: str | None = None) -> str:
    """The lock's and socket's name: the same for the same account and store."""
    store = db if "://" in db else os.path.normcase(os.path.realpath(db))
    key = f"{user or getpass.getuser()}\0{store}".encode()
    return "counter-app-" + hashlib.sha256(key).hexdigest()[:24]


class RunningInstance(QObject):
    """The first copy: ``show_requested`` when a second start asks for its window."""

    show_requested = Signal()

    def __init__(self, name: str, lock: QLockFile) -> None:
        super().__init__()
        self.name, self.lock = name, lock
        self.server = QLocalServer(self)
        self.pending: list[QLocalSocket] = []
        QLocalServer.removeServer(name)  # a socket file a killed copy left (Unix)
        if not self.server.listen(name):
            log.warning("single instance: cannot listen on %s: %s", name, self.server.errorString())
        self.server.newConnection.connect(self.answer)

    def answer(self) -> None:
        socket = self.server.nextPendingConnection()
        if socket is None:
            return
        # Read once the line is there; the socket is freed by the server when it closes.
        socket.readyRead.connect(self.read_pending)
        self.pending.append(socket)
        self.read_pending()

    def read_pending(self) -> None:
        for socket in list(self.pending):
            if not socket.canReadLine():
                continue
            self.pending.remove(socket)
            if bytes(socket.readLine().data()) == SHOW:
                socket.write(DONE)
                socket.flush()
                self.show_requested.emit()
            socket.disconnectFromServer()

    def release(self) -> None:
        self.server.close()
        self.lock.unlock()


def claim(db: str, lock_dir: Path | None = None) -> RunningInstance | None:
    """The first copy for this account and store gets a RunningInstance; a second start
    asks that one to show its window and gets None (it should exit)."""
    name = instance_name(db)
    folder = lock_dir or Path(QDir.tempPath())
    lock = QLockFile(str(folder / f"{name}.lock"))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    if lock.tryLock(0):
        return RunningInstance(name, lock)
    if ask_to_show(name):
        log.info("another copy is running on this store: asked it to show its window")
    else:
        print("柜台助手已经在运行（正在打开，请稍候）。", file=sys.stderr)
    return None


def ask_to_show(name: str, timeout_ms: int = ANSWER_MS) -> bool:
    """Tell the first copy to come forward; True when it answered."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        import ctypes

        # Windows lets only the foreground process hand the foreground on: this start.
        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(SHOW)
    socket.flush()
    answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()) == DONE
    socket.disconnectFromServer()
    return answered
