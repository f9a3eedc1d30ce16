"""Fixed numbers that are no rules file's: named once, here, where the command line can
read them without loading the services that apply them (cli*.py parses arguments with
nothing heavy imported)."""

from __future__ import annotations

BACKUPS_KEPT = 30  # a month of daily backups
EXCEL_MAX_ROWS = 1_048_576  # rows an Excel sheet holds, the header included
