# Cellgrad: `make lab` sets everything up and opens the tutorials; `make test` runs every test.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
BIN := .build/release/cellgrad
APT_PACKAGES := libzmq3-dev libopenblas-dev liblapacke-dev libfreetype-dev zlib1g-dev fonts-dejavu-core fonts-noto-cjk pkg-config \
	libpcre2-dev libgmp-dev libpng-dev libturbojpeg0-dev libhdf5-dev dataset-fashion-mnist fortunes-zh

.PHONY: lab test deps venv build kernelspec swift-test conformance bench clean

# As root (a class's container) JupyterLab needs --allow-root; it opens on the lesson index.
# It serves the repository's root, where the kernel's Help links (kernel_info help_links) point.
lab: deps build
	$(BIN) install --user
	$(VENV)/bin/jupyter lab $$( [ "$$(id -u)" = 0 ] && echo --allow-root ) --ServerApp.root_dir=$(CURDIR) notebooks/README.md

test: deps build kernelspec swift-test conformance

# System libraries (Debian). Installs only what is missing; needs root or sudo for that.
deps: venv
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

venv: $(VENV)/.installed
$(VENV)/.installed: Tests/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -r Tests/requirements.txt
	touch $@

# One build for the kernel and the tests. Alternating `swift test` with `swift build --product
# cellgrad` rebuilt most of the package (253 s for `make lab` after `make test`); building the
# tests with the kernel, always with the same command, lets every later `make build`, `make lab`
# or `make test` reuse it.
SWIFT_FLAGS := -c release -Xswiftc -enable-testing

build:
	swift build $(SWIFT_FLAGS) --build-tests

# The tests find the kernel in the venv's kernelspecs.
kernelspec: build
	$(BIN) install --prefix $(VENV)

# Serially: the interpreter's runtime (reference counts without atomics, the cycle collector's
# object registry) is single-threaded by design, as a kernel runs one cell at a time, and
# swift-testing would otherwise run suites that each drive an interpreter on several threads.
swift-test: build
	swift test $(SWIFT_FLAGS) --skip-build --no-parallel

# Real clients (jupyter_kernel_test, jupyter_client, nbclient) and the differential suites
# against CPython and NumPy (known gaps are listed in Tests/conformance/known_gaps.txt).
conformance:
	$(PY) -m pytest -q Tests/conformance

bench: build
	$(PY) bench/language/bench_language.py

clean:
	rm -rf .build
