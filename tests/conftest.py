"""Shared fixtures: every test gets its own temporary database and settings."""

from __future__ import annotations

import os

# Before any Qt import: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from support import PASSWORD

from counter_app.services import auth
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext, open_context


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "counter.db"


@pytest.fixture
def ctx(db_path: Path) -> Iterator[AppContext]:
    context = open_context(str(db_path))
    yield context
    context.close()


@pytest.fixture
def hall(ctx: AppContext) -> tuple[HallInfo, UserInfo]:
    return auth.setup_hall(
        ctx,
        code="330101",
        name="城关供电营业厅",
        address="城关镇人民路1号",
        phone="0571-12345678",
        admin_username="admin",
        admin_name="王管理",
        admin_staff_no="A001",
        password=PASSWORD,
    )


@pytest.fixture
def clerk(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> UserInfo:
    return auth.add_user(
        ctx,
        hall[1],
        username="zhang",
        display_name="张营业",
        staff_no="1001",
        role="clerk",
        password=PASSWORD,
    )
