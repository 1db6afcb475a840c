# The two commands a newcomer needs: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SYNC_PKG := $(if $(wildcard sync/pyproject.toml),-e ./sync[dev],)
STAMP := $(VENV)/.installed

.PHONY: venv run test lint format server package benchmarks translations translations-check clean

venv: $(STAMP)

$(STAMP): pyproject.toml $(wildcard sync/pyproject.toml)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[gui,dev]' $(SYNC_PKG)
	@touch $(STAMP)

run: venv
	$(PY) -m scorecard_app

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

server: venv
	$(VENV)/bin/scorecard-sync serve

# Extract the GUI's strings into resources/translations/scorecard_<lang>.ts, refresh the indicator
# library catalogues and compile every .ts into .qm; `translations-check` is what CI runs.
translations: venv
	$(PY) scripts/translations.py

translations-check: venv
	$(PY) scripts/translations.py --check

benchmarks: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info
