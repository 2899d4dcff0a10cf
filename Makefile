# The README's commands. Each target first installs what is missing, then builds with CMake.
MAKEFLAGS += --no-print-directory
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: deps build demo test install check bench fuzz clean

deps:
	@scripts/install-deps.sh

# `build` compiles; `deps` or `scripts/install-deps.sh --demo` before it installs what that needs.
build:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

# The demo needs only what builds the binary: not the browser, sqlite3 or xmllint the tests use.
demo:
	@scripts/install-deps.sh --demo
	@$(MAKE) build
	examples/walkthrough.sh $(BUILD)/minipilot

test: deps
	@$(MAKE) build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# make install PREFIX=~/.local: the binary, its catalogues, minipilot(1) and the bash, zsh and fish
# completions under PREFIX (the prefix is built in: the binary looks there for its catalogues).
# DESTDIR=/tmp/stage stages the tree for a package.
PREFIX ?= /usr/local
install:
	@scripts/install-deps.sh --demo
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS) -DCMAKE_INSTALL_PREFIX=$(PREFIX) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)
	cmake --install $(BUILD)

check: deps
	cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DMINIPILOT_SANITIZE=ON >/dev/null
	cmake --build build-sanitize -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  ctest --test-dir build-sanitize --output-on-failure -j $(JOBS)

bench: deps
	scripts/install-deps.sh --bench
	cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build build-bench -j $(JOBS) --target minipilot gen_applications bare_approve
	tests/bench/run.sh build-bench

fuzz: deps
	scripts/install-deps.sh --fuzz
	CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMINIPILOT_FUZZ=ON >/dev/null
	cmake --build build-fuzz -j $(JOBS) --target fuzz_config fuzz_csv fuzz_parsers
	tests/fuzz/run.sh build-fuzz

clean:
	rm -rf build build-sanitize build-bench build-fuzz
