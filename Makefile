# Two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint accuracy bench bench-full clean

install: $(STAMP)

# Re-running is quick: the stamp is only rebuilt when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: install
	$(BIN)/parley demo

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

# The suite runs in two processes, one per core of the laptops and CI runners we target
# (each loads the spaCy model once); `make test TEST_WORKERS=1` runs it in one.
TEST_WORKERS ?= 2

test: install lint
	$(BIN)/pytest -q -n $(TEST_WORKERS)

# Reproduces every accuracy figure and rewrites docs/accuracy.md.
accuracy: install
	$(BIN)/python benchmarks/accuracy.py --write docs/accuracy.md

# Throughput, memory and scaling; the 100,000-article size runs with `make bench-full`.
bench: install
	$(BIN)/pip install --quiet -e ".[bench]"
	$(BIN)/python benchmarks/throughput.py --write docs/performance.md

bench-full: install
	$(BIN)/pip install --quiet -e ".[bench]"
	$(BIN)/python benchmarks/throughput.py --full --write docs/performance.md

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
