# Two commands do all the set-up: `make demo` and `make test`. Everything installs into ./.venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench bench-store clean ml

install: $(STAMP)

# Re-running is cheap: pip runs again only when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: install
	$(BIN)/tacitus demo

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy src/tacitus

test: lint
	$(BIN)/pytest -q -p no:cacheprovider

bench: install
	$(BIN)/python benchmarks/throughput.py

bench-store: install
	$(BIN)/python benchmarks/store_queries.py

# The optional ML event stage in its own environment (.venv-ml), so the default one never needs PyTorch.
# torch==2.13.0 first: it is the local CPU wheel; any other spec downloads CUDA builds.
ML_VENV := .venv-ml
ml:
	test -x $(ML_VENV)/bin/python || $(PYTHON) -m venv $(ML_VENV)
	$(ML_VENV)/bin/python -m pip install --quiet torch==2.13.0
	$(ML_VENV)/bin/python -m pip install --quiet -e ".[dev,ml]"

clean:
	rm -rf $(VENV) $(ML_VENV) tacitus-data build dist src/*.egg-info
