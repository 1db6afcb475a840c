# The two commands a newcomer needs: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SYNC_PKG := $(if $(wildcard sync/pyproject.toml),-e ./sync[dev],)
STAMP := $(VENV)/.installed
# What a fresh install resolved, pinned (`make lock` refreshes it): every venv gets the same versions.
LOCK := requirements.lock
CONSTRAINTS := $(if $(wildcard $(LOCK)),-c $(LOCK),)

.PHONY: venv lock run test test-fast lint format server package package-app server-wheel smoke-test icons benchmarks \
	forms checks translations translations-check clean

venv: $(STAMP)

$(STAMP): pyproject.toml $(wildcard sync/pyproject.toml) $(wildcard $(LOCK))
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[gui,dev]' $(SYNC_PKG) $(CONSTRAINTS)
	@touch $(STAMP)

# After changing a dependency: resolve it all afresh in a throw-away venv and pin the result.
lock:
	rm -rf build/lock-venv
	$(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip install -q --upgrade pip
	build/lock-venv/bin/python -m pip install -q -e '.[gui,dev]' $(SYNC_PKG)
	{ echo "# Made by \`make lock\` from a fresh venv (pip freeze --exclude-editable); used by \`make venv\`."; \
	  build/lock-venv/bin/python -m pip freeze --exclude-editable; } > $(LOCK)
	rm -rf build/lock-venv

run: venv
	$(PY) -m scorecard_app

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# lint, the catalogues and the compiled forms first: each fails CI on its own.
checks: lint translations-check
	$(PY) scripts/forms.py --check

test: checks
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# Everything but the tests marked slow (whole cycles end to end, killed processes, browsers,
# installers): the loop while working. `make test PYTEST_ARGS=--lf` reruns what failed last.
test-fast: checks
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow" $(PYTEST_ARGS)

server: venv
	$(VENV)/bin/scorecard-sync serve

# Compile the Qt Designer forms ui/*.ui into scorecard_app/gui/forms/ (committed; `make test`
# fails on a stale one).
forms: venv
	$(PY) scripts/forms.py

# Extract every catalogue family with pyside6-lupdate (new strings arrive unfinished; translate
# them in Qt Linguist) and compile every .ts into .qm. `translations-check` fails on anything
# missing, unfinished, stale or hidden from lupdate; `make test` runs it, so CI does.
translations: forms
	$(PY) scripts/translations.py

translations-check: venv
	$(PY) scripts/translations.py --check

# Installers (docs/packaging.md). `make package` builds into dist/: the one-folder Linux app
# (dist/scorecard/), its .tar.gz, the .deb, and the Qt-free wheels of the app and the server.
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' scorecard_app/__init__.py)
ARCH := $(shell uname -m)
PACKAGE_STAMP := $(VENV)/.packaging

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[gui,package]'
	@touch $(PACKAGE_STAMP)

package: package-app server-wheel
	tar -C dist -czf dist/scorecard-$(VERSION)-linux-$(ARCH).tar.gz scorecard
	packaging/linux/build-deb.sh $(VERSION)
	@ls -l dist/*.tar.gz dist/*.deb dist/*.whl

package-app: $(PACKAGE_STAMP)
	rm -rf dist/scorecard build/pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/scorecard.spec

# The head office installs `pip install scorecard_app-*.whl scorecard_sync-*.whl`: no Qt.
server-wheel: venv
	rm -f dist/scorecard_app-*.whl dist/scorecard_sync-*.whl
	$(PY) -m pip wheel -q --no-deps --no-build-isolation -w dist . ./sync

# The frozen app with the venv out of reach: CLI, printing, import, sync, the window offscreen.
smoke-test: venv
	packaging/smoke-test.sh

icons: venv
	$(PY) packaging/icons/make_icons.py

benchmarks: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info
