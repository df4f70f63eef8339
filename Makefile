# The README's two commands are `make serve` and `make test`; both install
# what is missing first (tools/setup.sh), so they work on a fresh machine.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup build serve test check unit web-test e2e bench dist screenshots

setup:
	@tools/setup.sh

build: setup
	trunk build --release --offline

serve: build
	@echo "Senda is at http://127.0.0.1:$(PORT)/ (Ctrl+C stops it)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

test: setup
	tools/test.sh

bench: build
	node tools/bench.mjs

# A PNG of every screen (360×800, en and es, light and dark) in docs/screens/.
screenshots: build
	node tools/screenshots.mjs

# The release artefact: dist/ and senda-<version>.zip of it (docs/deploy.md).
dist: build
	node tools/dist.mjs
