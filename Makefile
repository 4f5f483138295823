# Two commands for a new machine: `make setup` (install and generate), `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PYTEST_ARGS ?=

.PHONY: setup deps toolchains generate check test lint bench docs clean

setup: deps toolchains generate

deps: $(VENV)/.installed

$(VENV)/.installed: requirements/dev.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# Compilers and runtimes of the docs samples' 19 languages (Debian packages, pinned npm tools).
toolchains:
	bash tools/toolchains.sh

generate: deps
	$(PY) -m generator generate

check: deps
	$(PY) -m generator check

test: deps
	$(PY) -m pytest -n 2 $(PYTEST_ARGS)

lint: deps
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	$(BIN)/mypy generator

bench: deps
	$(PY) -m bench.run

# The docs site (MkDocs, Material theme) of generated/docs, built strictly into site/.
docs: deps
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis .apigen-cache bench/work build dist site
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
