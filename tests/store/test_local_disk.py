"""A SQLite store on a network path is refused (WAL needs a local disk), pointing to PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.bootstrap import open_context
from counter_app.services.errors import StartupError
from counter_app.store import local_disk
from counter_app.store.local_disk import NetworkStoreError, network_location, refuse_network_store

# Real mountinfo lines (a space in a mount point is written \040).
MOUNTINFO = """\
22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw,errors=remount-ro
25 22 0:21 / /proc rw,nosuid shared:12 - proc proc rw
40 22 0:35 / /mnt/hall rw,relatime shared:20 - nfs4 192.168.1.5:/export/hall rw,vers=4.2
41 22 0:36 / /media/营业厅\\040共享 rw,relatime shared:21 - cifs //nas/share rw,vers=3.1.1
42 40 8:3 / /mnt/hall/local rw,relatime shared:22 - ext4 /dev/sdb1 rw
43 22 0:37 / /home/clerk/remote rw,nosuid shared:23 - fuse.sshfs clerk@srv:/data rw
44 22 0:38 / /data rw,relatime shared:24 - xfs /dev/sdc1 rw
"""


@pytest.fixture
def mountinfo(tmp_path: Path) -> Path:
    path = tmp_path / "mountinfo"
    path.write_text(MOUNTINFO, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("store", "kind"),
    [
        ("/mnt/hall/counter.db", "nfs4"),
        ("/mnt/hall/sub/dir/counter.db", "nfs4"),  # not made yet: its nearest folder counts
        ("/media/营业厅 共享/counter.db", "cifs"),
        ("/home/clerk/remote/counter.db", "fuse.sshfs"),
    ],
)
def test_a_store_on_a_network_file_system_is_found(mountinfo: Path, store: str, kind: str) -> None:
    where = network_location(Path(store), "linux", mountinfo)
    assert where is not None and kind in where


@pytest.mark.parametrize(
    "store",
    ["/var/lib/counter-app/counter.db", "/mnt/hall/local/counter.db", "/data/x.db", "/mnt/hallx/a"],
)
def test_a_store_on_a_local_disk_is_not(mountinfo: Path, store: str) -> None:
    # /mnt/hall/local is a local disk mounted inside the NFS mount: the innermost wins.
    assert network_location(Path(store), "linux", mountinfo) is None


def test_unreadable_mountinfo_refuses_nothing(tmp_path: Path) -> None:
    assert network_location(Path("/mnt/hall/a.db"), "linux", tmp_path / "missing") is None


@pytest.mark.parametrize(
    "store",
    [r"\\server\share\counter.db", "//server/share/counter.db", r"\\?\UNC\server\share\c.db"],
)
def test_a_unc_path_is_a_network_share_on_windows(store: str) -> None:
    where = network_location(Path(store), "win32")
    assert where is not None and "网络共享" in where and "server" in where


def test_a_mapped_network_drive_is_refused_and_a_local_one_is_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    types = {"Z:\\": local_disk.DRIVE_REMOTE, "C:\\": 3}  # 3: DRIVE_FIXED
    monkeypatch.setattr(local_disk, "_drive_type", lambda root: types[root])
    assert network_location(Path(r"Z:\柜台\counter.db"), "win32") == "网络驱动器 Z:"
    assert network_location(Path(r"z:/柜台/counter.db"), "win32") == "网络驱动器 Z:"
    assert network_location(Path(r"C:\ProgramData\counter.db"), "win32") is None
    assert network_location(Path(r"\\?\C:\ProgramData\counter.db"), "win32") is None


def test_refusal_names_the_file_and_points_to_postgresql(
    mountinfo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local_disk, "MOUNTINFO", mountinfo)
    monkeypatch.setattr("sys.platform", "linux")
    with pytest.raises(NetworkStoreError) as caught:
        refuse_network_store(Path("/mnt/hall/counter.db"))
    text = str(caught.value)
    assert "/mnt/hall/counter.db" in text and "nfs4" in text
    assert "PostgreSQL" in text and "README" in text
    refuse_network_store(Path("/data/counter.db"))  # a local disk: nothing said


def test_opening_a_store_on_a_share_is_refused_before_any_file_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real start-up path: open_context says why, and leaves no store or WAL behind."""
    share = tmp_path / "share"
    share.mkdir()
    fake = tmp_path / "mountinfo"
    fake.write_text(
        f"22 1 8:2 / / rw - ext4 /dev/sda2 rw\n40 22 0:35 / {share} rw - cifs //nas/hall rw\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(local_disk, "MOUNTINFO", fake)
    monkeypatch.setattr("sys.platform", "linux")
    with pytest.raises(StartupError) as caught:
        open_context(str(share / "store" / "counter.db"))
    assert "cifs" in str(caught.value) and "PostgreSQL" in str(caught.value)
    assert list(share.iterdir()) == []
    # The same store on a local folder opens.
    open_context(str(tmp_path / "local" / "counter.db")).close()
