"""Write docs/hq-formats.md's column tables from the contract (counter_app/hq/contract.py).

The tables between the two markers of contract.column_tables() are generated, never
edited by hand; the prose around them is. tests/hq/test_contract.py fails when they
differ from the contract.

    .venv/bin/python tools/hq_contract_doc.py [--check]      (or: make hq-doc)

`--check` writes nothing and exits 1 when the page is not what it would write.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counter_app.hq.contract import DOC_BEGIN, DOC_END, column_tables  # noqa: E402

TARGET = ROOT / "docs" / "hq-formats.md"


def with_tables(page: str) -> str:
    """The page with its generated block replaced by the contract's tables."""
    start, end = page.index(DOC_BEGIN), page.index(DOC_END) + len(DOC_END)
    return page[:start] + column_tables() + page[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the page is stale")
    args = parser.parse_args(argv)
    page = TARGET.read_text(encoding="utf-8")
    wanted = with_tables(page)
    if args.check:
        return 0 if wanted == page else 1
    TARGET.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
