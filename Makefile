# annals — the two commands of the README, and the developer targets.
#   make run    install missing packages, build, run annals on examples/ into out/
#   make test   install missing packages, build, run the test suite (ctest)
BUILD  ?= build
JOBS   ?= $(shell nproc)
SHARED ?= ../shared
ANNALS := $(BUILD)/annals

# Debian 12 packages the build and the tests need.
DEB_PACKAGES := build-essential cmake pkg-config python3 python3-yaml graphviz \
  libre2-dev libyaml-cpp-dev libboost-graph-dev libhowardhinnant-date-dev \
  doctest-dev libcli11-dev nlohmann-json3-dev libfmt-dev \
  parallel \
  python3-dev pybind11-dev python3-pytest python3-pandas python3-networkx \
  python3-distributed

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test eval bench bench-scaling golden sanitize fuzz clean readme

all: build

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(ANNALS) run --out out examples/articles/*.txt

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# README.md's 30-second example, regenerated from a real run (make test
# checks it: tests/cli/readme_example.py).
readme: build
	python3 tests/cli/readme_example.py $(ANNALS) . --update

eval: build
	ANNALS=$(ANNALS) SHARED=$(SHARED) bash tools/eval.sh

# make bench: throughput and memory (docs/PERFORMANCE.md). The corpus is
# generated from $(SHARED)/data/silver into $(BUILD)/bench-corpus (never
# committed); chrono-node is installed into bench/peers/node_modules.
BENCH_CORPUS := $(BUILD)/bench-corpus
bench: build
	@dpkg-query -W -f='$${Status}' time 2>/dev/null | grep -q 'install ok installed' || \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq time
	@[ -d $(SHARED)/data/silver ] || { echo "bench: $(SHARED)/data/silver not found (set SHARED=)"; exit 1; }
	@[ -f $(BENCH_CORPUS)/COMPLETE ] || python3 bench/make_corpus.py $(SHARED)/data/silver $(BENCH_CORPUS) --replicate-mb 200
	@if command -v npm >/dev/null; then cd bench/peers && npm install --no-audit --no-fund --silent; \
	  else echo "bench: npm not found, chrono-node skipped"; fi
	bash bench/run_bench.sh $(ANNALS) $(BENCH_CORPUS) | tee $(BUILD)/bench-results.md

clean:
	rm -rf $(BUILD) out

# The test suite under AddressSanitizer + UBSan, in its own build tree.
SAN_BUILD ?= build-san
sanitize: deps
	cmake -S . -B $(SAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DANNALS_SANITIZE=ON
	cmake --build $(SAN_BUILD) -j $(JOBS)
	cd $(SAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS) -LE slow

# libFuzzer: the rule loader on arbitrary YAML, the pipeline on arbitrary
# articles, each for FUZZ_SECONDS. Seeds: rule files and examples/articles;
# new inputs collect in $(FUZZ_BUILD)/corpus, crashes in $(FUZZ_BUILD)/crashes.
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 60
fuzz: deps
	@command -v clang++ >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq clang; }
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DANNALS_FUZZ=ON -DBUILD_TESTING=OFF -DANNALS_PYTHON=OFF \
	  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer"
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target rule_loader_fuzz pipeline_fuzz
	mkdir -p $(FUZZ_BUILD)/corpus/rules $(FUZZ_BUILD)/corpus/articles $(FUZZ_BUILD)/crashes
	$(FUZZ_BUILD)/fuzz/rule_loader_fuzz -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 \
	  -timeout=30 -artifact_prefix=$(FUZZ_BUILD)/crashes/ $(FUZZ_BUILD)/corpus/rules rules/time rules/mentions
	$(FUZZ_BUILD)/fuzz/pipeline_fuzz -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 \
	  -timeout=30 -max_len=65536 -artifact_prefix=$(FUZZ_BUILD)/crashes/ \
	  $(FUZZ_BUILD)/corpus/articles examples/articles

# make deb: a Debian package of the annals command, its rules, man page
# and library (CPack DEB), built with CMAKE_INSTALL_PREFIX=/usr, then
# checked by unpacking it (dpkg-deb -x) and running the binary from there.
DEB_BUILD ?= build-deb
.PHONY: deb
deb: deps
	cmake -S . -B $(DEB_BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DBUILD_TESTING=OFF \
	  -DANNALS_PYTHON=OFF
	cmake --build $(DEB_BUILD) -j $(JOBS)
	cd $(DEB_BUILD) && cpack -G DEB
	sh tests/consumer/check_deb.sh . $(DEB_BUILD)

# make e2e: report.html made from examples/articles, opened in headless
# Chromium (installed here if missing): screenshot to docs/report.png,
# DOM checked by tests/e2e/check_report.py (issue 7).
.PHONY: e2e e2e-scale
# make e2e-scale: the report of 2,000 silver articles (reads $(SHARED); not
# in CI): tests/e2e/report_scale.sh, screenshot docs/report-2000.png.
e2e-scale: build
	@command -v chromium >/dev/null || { echo "installing: chromium"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }
	ANNALS=$(ANNALS) SHARED=$(SHARED) bash tests/e2e/report_scale.sh 2000

e2e: build
	@command -v chromium >/dev/null || { echo "installing: chromium"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }
	ANNALS=$(ANNALS) bash tests/e2e/report_e2e.sh

# Rewrites tests/golden/examples from this build (ctest golden_examples
# compares against it): only when a change of outputs is meant.
golden: build
	sh tests/e2e/golden_examples.sh $(ANNALS) . --update

# Linear time on one huge single-line article (docs/PERFORMANCE.md): CPU
# time and peak RSS at 1, 4, 16 and 50 MB, made from the silver texts.
bench-scaling: build
	bash bench/scaling.sh $(ANNALS) $(SHARED)/data/silver $(BUILD)/scaling
