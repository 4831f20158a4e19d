# EuroCloud Compare. `make serve` and `make test` work on a fresh Debian machine with Rust:
# each installs what is missing (tools/install.sh, pinned versions) and is quick when
# everything is there.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# One target directory for host, wasm and Trunk builds: nothing is built twice.
export CARGO_TARGET_DIR := $(CURDIR)/target
export CHROMEDRIVER ?= /usr/bin/chromedriver
# Brotli budgets, in KB: the first load, everything fetched before the ranking is
# interactive (html + js + wasm + css + the compact data file), and the report module's
# code, downloaded on first use (see tools/size.mjs).
SIZE_BUDGET_KB := 131
REPORT_BUDGET_KB := 98
SIZE := node tools/size.mjs dist --budget $(SIZE_BUDGET_KB) --report-budget $(REPORT_BUDGET_KB)

.PHONY: bench bench-web serve dist release size test test-native test-data test-schema test-tools test-browser test-e2e lint fmt tools clean

## serve: build the widget (debug) and serve it with the bundled providers.json on http://127.0.0.1:8080
serve:
	tools/install.sh serve
	cargo fetch --locked
	# Its own output folder, so a debug build never stands in dist/ for the release one.
	trunk serve --offline --locked --dist target/serve

## dist: optimised release build (wasm-opt -Oz, minified glue, SRI kept) into dist/
dist:
	tools/install.sh build
	cargo fetch --locked
	$(MAKE) --no-print-directory release

# The release build itself, tools assumed present; Trunk's inline loader moved to a file
# of its own (a strict Content-Security-Policy refuses inline scripts); then the data file
# is checked and its compact form written into the page (src/bin/publish.rs).
release:
	trunk build --release --offline --locked
	node tools/minify-glue.mjs dist
	node tools/external-loader.mjs dist
	cargo run --offline --locked --quiet --bin publish -- dist

## size: release build, then raw, gzip and brotli sizes of every file in dist/
size: dist
	$(SIZE)

## test: every test: lint, native, browser components, end-to-end on dist/, size budget
test:
	tools/install.sh test
	cargo fetch --locked
	$(MAKE) --no-print-directory lint test-native test-data test-schema test-tools test-browser release
	$(SIZE)
	$(MAKE) --no-print-directory test-e2e

lint:
	cargo fmt --all -- --check
	cargo clippy --offline --locked --all-targets -- -D warnings
	cargo clippy --offline --locked --all-targets --target wasm32-unknown-unknown -- -D warnings

## test-native: data, engine, state and fragment tests on the host
test-native:
	cargo test --offline --locked

# The coverage providers.json has reached: the share of the non-reference providers' values
# present (percent) and the fewest framework objectives any provider has. Raise them as the
# data improves; never lower them.
COVERAGE_FLOOR = 68.7
OBJECTIVES_FLOOR = 2

## test-data: providers.json as strictly as the bundled data must be, its coverage per provider and per criterion against the floors above, and a report of values older than 18 months
test-data:
	cargo run --offline --locked --quiet --bin check-data -- providers.json \
	  --coverage-floor $(COVERAGE_FLOOR) --objectives-floor $(OBJECTIVES_FLOOR)

## test-schema: providers.schema.json is the one src/data/format.rs generates; providers.json, the documented example and the format's test cases against it
test-schema:
	cargo run --offline --locked --quiet --bin schema -- --check providers.schema.json
	node tests/schema/run.mjs

## test-tools: the release build's post-processing (tools/minify-imports.mjs on a module assembled by the test, tools/external-loader.mjs on a page)
test-tools:
	node --test tests/tools/

## test-browser: component tests in headless Chromium (wasm-bindgen-test)
test-browser:
	cargo test --offline --locked --target wasm32-unknown-unknown --test browser

## test-e2e: the built dist/ in Chromium through Playwright, with axe-core
test-e2e:
	npx playwright test

fmt:
	cargo fmt --all

tools:
	tools/install.sh test

clean:
	rm -rf dist target

## bench: engine benchmarks on the host (criterion), each with its ratio to a floor measured in the same run
bench:
	cargo bench --offline --locked --bench engine

## bench-web: the built widget in headless Chromium: weight change to updated DOM at 20, 200 and 1,000 providers beside a plain-DOM floor, and cold start (ECC_DIST=folder benches that build; else a fresh `make dist`)
bench-web: $(if $(ECC_DIST),,dist)
	tools/install.sh test
	node tools/bench-web/run.mjs
