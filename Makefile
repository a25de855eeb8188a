# Thin layer over `python -m pipeline`: every target sets up .venv first, so a fresh clone needs nothing else.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
BATCH ?= transcripts/wori
# BATCH and OUT are quoted for the shell, so a folder with spaces works (make's own functions
# would split it into words); without OUT, outputs go to outputs/<the batch folder's name>
OUT ?=
# more options of `python -m pipeline analyze`, as typed there: make analyze BATCH=... ARGS="--lang en"
ARGS ?=

.PHONY: setup analyze test eval bench clean help

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

# pip's noise, left out of what setup prints (the last install's whole output is in .venv/pip.log): a package index location the
# machine's pip configuration names that has no folder for a package (pip skips it and installs from the
# others), and setuptools' caution on an editable install, whose folder of the package's name is the package
PIP_NOISE := is ignored: it is neither a file nor a directory
pip_install = @echo "$(PY) -m pip install $(1)"; PYTHONWARNINGS="ignore:Editable installation" \
	$(PY) -m pip install --quiet $(1) 2>$(VENV)/pip.log; status=$$?; grep -vF '$(PIP_NOISE)' $(VENV)/pip.log >&2; exit $$status

$(STAMP): pyproject.toml
	@echo "setting up $(VENV): installing the pipeline and its dependencies (spaCy, pandas, Word, Jupyter); this takes a few minutes, once"
	$(PYTHON) -m venv $(VENV)
	$(call pip_install,--upgrade pip)
	$(call pip_install,-e '.[dev]')
	touch $(STAMP)
	@echo "$(VENV) is ready"

setup: $(STAMP)  ## create .venv and install the package with its dependencies

analyze: $(STAMP)  ## analyze BATCH (default transcripts/wori) into outputs/<batch>; ARGS="--lang en" for more options
	$(PY) -m pipeline analyze "$(BATCH)" --out "$(if $(OUT),$(OUT),outputs/$$(basename "$(BATCH)"))" $(ARGS)

test: $(STAMP)  ## run the whole test suite
	$(PY) -m pytest -q

eval: $(STAMP)  ## translation chrF and coding kappa on the Wori and development batches
	$(PY) -m evaluation

bench: $(STAMP)  ## throughput and memory on a synthetic one-million-word batch
	$(PY) -m evaluation.bench

clean:  ## remove outputs and caches (never reviews)
	rm -rf outputs/*/ outputs/.cache .pytest_cache
