"""Is a SQLite store on a local disk? WAL does not work on a network share.

SQLite's WAL keeps its index in shared memory beside the file (``-shm``), which two
PCs cannot share, and network file systems' locks are not to be trusted: a store on
a share is corrupted the first time two counters write. Such a store is refused
with a message that points to the PostgreSQL set-up (README), which is how several
counters share one store.

- Windows: a UNC path (``\\\\server\\share\\…``) or a drive letter that Windows
  reports as a network drive (``GetDriveTypeW`` = DRIVE_REMOTE).
- Linux: the file system holding the path, from ``/proc/self/mountinfo``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Linux file-system types on another machine (mountinfo's type field).
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.glusterfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.smbnetfs",
        "fuse.gvfsd-fuse",
    }
)
DRIVE_REMOTE = 4
MOUNTINFO = Path("/proc/self/mountinfo")


class NetworkStoreError(Exception):
    """A SQLite store on a network path; the message says what to do instead."""


def network_store_text(path: Path, where: str) -> str:
    return (
        f"数据库文件 {path} 在网络位置上（{where}）。SQLite 数据库不能放在网络共享或网络驱动器上："
        "几台电脑同时写入会损坏数据。\n"
        "请把数据库放在本机磁盘上；几个柜台要共用一个数据库时，请按说明书（README）"
        "“一个营业厅多个柜台：PostgreSQL”一节设置 PostgreSQL 服务器，"
        "再用 --db postgresql://用户@服务器地址/数据库 或环境变量 COUNTER_APP_DB 连接。"
    )


def refuse_network_store(path: Path) -> None:
    where = network_location(path)
    if where is not None:
        raise NetworkStoreError(network_store_text(path, where))


def network_location(
    path: Path, platform: str | None = None, mountinfo: Path | None = None
) -> str | None:
    """What network location holds ``path`` ("网络共享 \\\\srv\\share", "nfs4 文件系统
    /mnt/hall"), or None when it is on a local disk (or nothing says otherwise)."""
    platform = sys.platform if platform is None else platform
    text = str(path)
    if platform == "win32" or text.startswith("\\\\"):
        return _windows_location(text, platform)
    if platform.startswith("linux"):
        return _linux_location(path, MOUNTINFO if mountinfo is None else mountinfo)
    return None


def _windows_location(text: str, platform: str) -> str | None:
    unified = text.replace("/", "\\")
    lowered = unified.lower()
    if lowered.startswith("\\\\?\\unc\\"):
        return f"网络共享 \\\\{unified[8:]}"
    if lowered.startswith(("\\\\?\\", "\\\\.\\")):  # a local path in long or device form
        unified = unified[4:]
    elif unified.startswith("\\\\"):
        return f"网络共享 {unified}"
    if platform != "win32" or len(unified) < 2 or unified[1] != ":":
        return None
    drive = unified[:2].upper()
    if _drive_type(drive + "\\") == DRIVE_REMOTE:
        return f"网络驱动器 {drive}"
    return None


def _drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _unescape(field: str) -> str:
    r"""mountinfo writes space, tab, newline and backslash as \040, \011, \012, \134."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mounts(mountinfo: Path = MOUNTINFO) -> list[tuple[str, str, str]]:
    """(mount point, file-system type, source) of every mount; empty if unreadable."""
    try:
        lines = mountinfo.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        before, sep, after = line.partition(" - ")
        fields, tail = before.split(), after.split()
        if not sep or len(fields) < 5 or len(tail) < 2:
            continue
        found.append((_unescape(fields[4]), tail[0], _unescape(tail[1])))
    return found


def _linux_location(path: Path, mountinfo: Path) -> str | None:
    # Symbolic links followed as far as they exist (the store may not exist yet).
    resolved = os.path.realpath(path)
    best: tuple[str, str, str] | None = None
    for point, kind, source in mounts(mountinfo):
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[0])):
            best = (point, kind, source)  # the last of equal mount points is on top
    if best is None:
        return None
    point, kind, source = best
    if kind in NETWORK_FILE_SYSTEMS or kind.startswith("fuse.sshfs"):
        return f"{kind} 文件系统 {source}，挂载在 {point}"
    return None
