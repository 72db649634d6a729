# briefgen — two commands do all the set-up (see README):
#   make brief   build the venv on first use, brief every article in seeds/ into reports/
#   make test    build the venv on first use, run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
# Models come from PyPI packages; never try a model hub at run time.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export PYTHONHASHSEED := 0

SEEDS := $(wildcard seeds/*.txt seeds/*.html)

.PHONY: brief test bench bench-speed bench-summ bench-external bench-extract bench-digest bench-html reports clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# torch first: 2.13.0 is the CPU build on local disk; any other spec may pull a CUDA build.
$(VENV)/.torch: | $(BIN)/python
	$(PIP) install --quiet torch==2.13.0
	touch $@

$(VENV)/.runtime: pyproject.toml $(VENV)/.torch
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.test: pyproject.toml $(VENV)/.runtime
	$(PIP) install --quiet -e '.[test,cluster]'
	touch $@

$(VENV)/.bench: pyproject.toml $(VENV)/.runtime
	$(PIP) install --quiet -e '.[bench,cluster]'
	touch $@

brief: $(VENV)/.runtime
	$(BIN)/briefgen brief $(SEEDS) -o reports
	$(BIN)/briefgen digest seeds/000_3e29ec34f0816bdb.txt seeds/digest -o reports --name sample-digest \
		--title "Sample digest" --date 2020-02-19 --no-cache

reports: brief

test: $(VENV)/.test
	$(BIN)/python -m pytest -q

bench: $(VENV)/.bench
	$(BIN)/python benchmarks/summarisation.py
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/digest.py

bench-speed: $(VENV)/.bench
	$(BIN)/python benchmarks/speed.py

bench-summ: $(VENV)/.bench
	$(BIN)/python benchmarks/summarisation.py

# a ranker trained on CNN/DailyMail train/validation articles (tried for #4, not adopted); the data is
# not in the repository: see the script's docstring
bench-external: $(VENV)/.bench
	@test -n "$(DATA)" || { echo "usage: make bench-external DATA=path/to/cnndm-train.jsonl (see benchmarks/external_ranker.py)"; exit 2; }
	$(BIN)/python benchmarks/external_ranker.py --data "$(DATA)"

bench-digest: $(VENV)/.bench
	$(BIN)/python benchmarks/digest.py

bench-extract: $(VENV)/.runtime
	$(BIN)/python benchmarks/extraction.py

bench-html: $(VENV)/.runtime
	@test -n "$(AEB)" || { echo "usage: make bench-html AEB=path/to/article-extraction-benchmark (git clone https://github.com/scrapinghub/article-extraction-benchmark)"; exit 2; }
	$(BIN)/python benchmarks/html_ingest.py --aeb "$(AEB)"

clean-venv:
	rm -rf $(VENV)
