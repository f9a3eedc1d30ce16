# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-cups test-days lint forms translations screenshots manual bench dist dist-linux clean rules-doc hq-doc samples

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The hall's machine-wide data folder (README "Where the data lives") when this account
# may write there; else, on a developer's PC, a folder in the checkout (.data/).
run: $(STAMP)
	@dir="$${COUNTER_APP_DATA_DIR:-}"; \
	if [ -z "$$dir" ] && ! $(BIN)/python -c "from counter_app import datadir; datadir.data_dir()" 2>/dev/null; then \
	  dir="$(CURDIR)/.data"; echo "数据文件夹：$$dir（本机公共数据文件夹不可写）"; \
	fi; \
	COUNTER_APP_DATA_DIR="$$dir" $(BIN)/counter-app

lint: $(STAMP)
	$(BIN)/ruff check counter_app tests bench tools
	$(BIN)/ruff format --check counter_app tests bench tools
	$(BIN)/mypy
	$(BIN)/lint-imports

# With COUNTER_TEST_PG set to a PostgreSQL server (.ci/run sets one up), the store
# and services tests run twice: on SQLite and on PostgreSQL (tests/conftest.py).
test: lint
	@if [ -n "$$COUNTER_TEST_PG" ]; then echo "tests: SQLite and PostgreSQL ($$COUNTER_TEST_PG)"; \
	 else echo "tests: SQLite only (COUNTER_TEST_PG unset; .ci/run sets up PostgreSQL)"; fi
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Printing through a real CUPS queue (cups-pdf; README.md, Printing): each kind of
# document's page size as CUPS printed it. Skipped where the queue does not exist.
CUPS_PRINTER ?= CupsPDF
test-cups: $(STAMP)
	COUNTER_TEST_CUPS_PRINTER=$(CUPS_PRINTER) QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -q -rs tests/printing/test_cups.py

# The date-sensitive tests again on pinned hall days (tests/conftest.py, COUNTER_TEST_TODAY):
# a month's first and last day, 12-31, 02-28 and 02-29, the eve of a holiday. SQLite only.
# The rules and use cases (domain, services) on every day; the screens on two of them.
# The fault and property tests do not depend on the day. .ci/run runs this after `make test`.
PINNED_DAYS ?= 2026-12-01 2026-11-30 2026-12-31 2027-02-28 2028-02-29 2026-09-30
PINNED_UI_DAYS ?= 2026-12-31 2028-02-29
PINNED = COUNTER_TEST_PG= QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -x -p no:cacheprovider
test-days: $(STAMP)
	for day in $(PINNED_DAYS); do \
	  echo "domain and services on the pinned day $$day"; \
	  COUNTER_TEST_TODAY=$$day $(PINNED) tests/domain tests/services \
	    --ignore=tests/domain/test_properties.py || exit 1; \
	done
	for day in $(PINNED_UI_DAYS); do \
	  echo "screens on the pinned day $$day"; \
	  COUNTER_TEST_TODAY=$$day $(PINNED) tests/ui --ignore=tests/ui/test_translations.py || exit 1; \
	done

# Regenerate the Python modules of every Qt Designer form.
forms: $(STAMP)
	for f in forms/*.ui; do \
	  n=$$(basename $$f .ui); \
	  $(BIN)/pyside6-uic --from-imports $$f -o counter_app/ui/forms/ui_$$n.py || exit 1; \
	done

# Catalogues: the screens' strings (lupdate), then the services' messages and the data
# files' texts when their extractors exist, then one .qm per language from every
# *_<lang>.ts (committed; shipped in resources/). The screenshot and manual tools
# (tools/screenshots) are for developers: not translated.
UI_SOURCES = $(wildcard counter_app/ui/*.py) $(wildcard forms/*.ui)
translations: $(STAMP)
	for lang in en zh_CN; do \
	  $(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -source-language zh_CN \
	    -target-language $$lang $(UI_SOURCES) -ts translations/ui_$$lang.ts || exit 1; \
	done
	test ! -f tools/i18n_messages.py || $(BIN)/python tools/i18n_messages.py
	test ! -f tools/i18n_data.py || $(BIN)/python tools/i18n_data.py
	mkdir -p resources/translations
	for lang in en zh_CN; do \
	  $(BIN)/pyside6-lrelease -silent translations/*_$$lang.ts -qm resources/translations/counter_app_$$lang.qm || exit 1; \
	done

# docs/rules.md from resources/ (workflows, fees, policy); tests/tools/test_rules_doc.py
# fails when it is stale. Regenerate after changing any of those files.
rules-doc:
	$(BIN)/python tools/rules_doc.py

# docs/hq-formats.md's column tables from counter_app/hq/contract.py (tests/hq/test_contract.py).
hq-doc:
	$(BIN)/python tools/hq_contract_doc.py

# The sample HQ workbooks in resources/samples/ (tests/tools/test_make_samples.py).
samples:
	$(BIN)/python tools/make_samples.py

# The harness lives in tools/screenshots (a developer tool, not shipped).
screenshots: $(STAMP)
	COUNTER_APP_LANG=en QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots screenshots/en
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots screenshots --manual docs/manual.md

# The manual's pictures: the same run as `make screenshots` (it refreshes docs/images).
manual: screenshots

bench: $(STAMP)
	for b in startup lookup receipts payment dashboard export import_arrears; do test -f bench/$$b.py && $(BIN)/python bench/$$b.py || exit 1; done

# The one-folder build (build.spec): dist/counter-app/counter-app, then its size.
dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build build.spec
	@echo "dist/counter-app:"; du -sh dist/counter-app
	@echo "largest parts:"; du -a dist/counter-app | sort -rn | sed -n '2,13p' | \
	  awk '{printf "  %6.1f MB  %s\n", $$1 / 1024, $$2}'

# The Linux archive: dist/counter-app-<version>-linux-x86_64.tar.gz with README-linux.txt
# (the system packages and the oldest glibc, read from the build's libraries).
# packaging/linux/check-in-chroot.sh runs it in a chroot of only those packages.
dist-linux: dist
	PYTHONPATH=. $(BIN)/python -m tools.linux_dist dist/counter-app

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
