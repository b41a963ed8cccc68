# Everything a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
# pyenv reads .python-version (3.12); elsewhere python3 must be 3.12 or newer.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/liaise

.PHONY: help install messages migrate demo run test test-sqlite test-postgres test-browser lint format check clean

help:
	@echo "make run            install, migrate, load the demo network, serve on http://$(HOST):$(PORT)/"
	@echo "make test           the test suite on SQLite (browser test included)"
	@echo "make test-postgres  the same suite on PostgreSQL ($(POSTGRES_URL))"
	@echo "make lint / format  ruff"
	@echo "make bench          every surface, budgets, a load run (bench-quick: 1,000 documents)"

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Python 3.12 or newer is needed, found " + sys.version)'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(PY) requirements.txt requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed

messages: install
	$(PY) manage.py compile_catalogues

migrate: messages
	$(PY) manage.py migrate --no-input

demo: migrate
	$(PY) manage.py load_demo

# Absolute URLs (sitemap, API) point where runserver listens (see cms/sites.py).
demo run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

# The task worker (e-mail, digests, Wagtail's index updates) runs in the
# background next to runserver and stops with it.
run: demo
	@echo "Serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	@echo "Background tasks: manage.py db_worker (started here, stopped with the server)"
	@$(PY) manage.py db_worker --backend queue --interval 2 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

test: test-sqlite

# The browser tests run in a pytest session of their own: their live server
# needs a transactional database, which is emptied after them.
test-sqlite: messages
	$(BIN)/pytest -m "not browser"
	$(BIN)/pytest -m browser

test-postgres: messages
	DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest -m "not browser"
	DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest -m browser

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: messages
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) var db.sqlite3 .pytest_cache .ruff_cache

# Every surface on SQLite and PostgreSQL at 1,000, 20,000 and 100,000
# documents, the budgets, a load run; writes bench/results.json, .md, .png
# (docs/benchmarks.md). BENCH_SIZES, BENCH_DATABASES, BENCH_* in bench/run.py.
.PHONY: bench bench-quick
bench: migrate
	$(PY) -m bench.run

# The same at 1,000 documents, fewer runs and a 20-second load run.
bench-quick: migrate
	BENCH_QUICK=1 $(PY) -m bench.run

# Only the registration's benchmark (bench/registration.py), on both databases.
.PHONY: bench-registration
bench-registration: migrate
	BENCH_SIZES= BENCH_EXCHANGE=0 $(PY) -m bench.run
