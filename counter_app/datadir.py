"""The per-user data folder (database, printouts, logs), from QStandardPaths."""

from __future__ import annotations

import os
from pathlib import Path

ORGANIZATION = "CounterAssistant"
APPLICATION = "counter-app"
DB_ENV = "COUNTER_APP_DB"


def set_app_names() -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def data_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    set_app_names()
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database() -> str:
    return str(data_dir() / "counter.db")


def chosen_database(option: str | None) -> str:
    """--db wins, then COUNTER_APP_DB, then the file in the data folder."""
    return option or os.environ.get(DB_ENV) or default_database()


def training_dir() -> Path:
    """Training mode's own folder: its store (training.db, made anew) and printouts."""
    folder = data_dir() / "training"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def printouts_dir() -> Path:
    folder = data_dir() / "printouts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def logs_dir() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
