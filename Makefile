# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint forms screenshots bench dist clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/counter-app

lint: $(STAMP)
	$(BIN)/ruff check counter_app tests bench
	$(BIN)/ruff format --check counter_app tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

# With COUNTER_TEST_PG set to a PostgreSQL server (.ci/run sets one up), the store
# and services tests run twice: on SQLite and on PostgreSQL (tests/conftest.py).
test: lint
	@if [ -n "$$COUNTER_TEST_PG" ]; then echo "tests: SQLite and PostgreSQL ($$COUNTER_TEST_PG)"; \
	 else echo "tests: SQLite only (COUNTER_TEST_PG unset; .ci/run sets up PostgreSQL)"; fi
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Regenerate the Python modules of every Qt Designer form.
forms: $(STAMP)
	for f in forms/*.ui; do \
	  n=$$(basename $$f .ui); \
	  $(BIN)/pyside6-uic --from-imports $$f -o counter_app/ui/forms/ui_$$n.py || exit 1; \
	done

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m counter_app.ui.screenshots screenshots --manual docs/manual.md

bench: $(STAMP)
	for b in startup lookup receipts payment dashboard export; do test -f bench/$$b.py && $(BIN)/python bench/$$b.py || exit 1; done

# The one-folder build (build.spec): dist/counter-app/counter-app, then its size.
dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build build.spec
	@echo "dist/counter-app:"; du -sh dist/counter-app
	@echo "largest parts:"; du -a dist/counter-app | sort -rn | sed -n '2,13p' | \
	  awk '{printf "  %6.1f MB  %s\n", $$1 / 1024, $$2}'

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
