# Two commands matter: `make run` (the app on demo data) and `make test` (the whole suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DIR ?= .demo-data
STAMP := $(VENV)/.installed

.PHONY: run test venv translations build benchmarks clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/equilibri-admin --data-dir $(DEMO_DIR) init --demo
	$(BIN)/equilibri --data-dir $(DEMO_DIR)

# One worker per core (each with its own Xvfb when DISPLAY is set: tests/conftest.py); worksteal evens out the
# few long tests.
test: $(STAMP)
	$(BIN)/python -m pytest -n auto --dist worksteal

translations: $(STAMP)
	$(BIN)/python scripts/translations.py

build: $(STAMP)
	$(BIN)/pyinstaller --noconfirm build.spec

benchmarks: $(STAMP)
	$(BIN)/python benchmarks/startup.py

clean:
	rm -rf build dist $(DEMO_DIR)
