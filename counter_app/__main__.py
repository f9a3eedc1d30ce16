"""`python -m counter_app`, and the entry script of the frozen build (build.spec)."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--read-workbook"]:
        # The reader child of a large import (services/workbook_apart): nothing else loaded.
        from counter_app.services.workbook_apart import child_main

        sys.exit(child_main(sys.argv[2:]))
    from counter_app.cli import main

    sys.exit(main())
