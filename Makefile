# The two commands a new user needs: `make run` (analyse the demo corpus) and `make test`.
# Both install what is missing first (Debian packages, .venv, Python packages).
.PHONY: run test lint setup bench

setup:
	@bash scripts/setup.sh

run:
	@bash scripts/setup.sh
	.venv/bin/claimgraph analyze demo/ --db demo.db

test:
	@bash scripts/setup.sh --test
	.venv/bin/ruff check src tests benchmarks
	.venv/bin/python -m pytest -q

lint:
	.venv/bin/ruff check src tests benchmarks

bench:
	@bash scripts/setup.sh
	.venv/bin/python benchmarks/throughput.py
