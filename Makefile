# recoupe — the two commands of the README: `make demo` and `make test`.
# Both start from nothing but Python 3.11 and pip: they build .venv from the hash-pinned locks.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check

.PHONY: demo test lint bench eval clean lock

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.lock pyproject.toml | $(BIN)/python
	$(PIP) install --quiet --require-hashes -r requirements.lock
	$(PIP) install --quiet --no-deps -e .
	touch $@

$(VENV)/.test: requirements-test.lock pyproject.toml | $(BIN)/python
	$(PIP) install --quiet --require-hashes -r requirements-test.lock
	$(PIP) install --quiet --no-deps -e .
	touch $@ $(VENV)/.runtime

demo: $(VENV)/.runtime
	$(BIN)/recoupe brief examples/vostochny-2023 -o out
	$(BIN)/recoupe verify out/brief.json

lint: $(VENV)/.test
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: $(VENV)/.runtime
	$(BIN)/python bench/bench_brief.py

# Regenerate the locks after changing dependencies in pyproject.toml.
lock: | $(BIN)/python
	$(PIP) install --quiet pip-tools
	$(BIN)/pip-compile -q --generate-hashes --no-emit-index-url --no-emit-find-links \
	    --strip-extras -o requirements.lock pyproject.toml
	$(BIN)/pip-compile -q --generate-hashes --no-emit-index-url --no-emit-find-links \
	    --strip-extras --extra test -o requirements-test.lock pyproject.toml

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
