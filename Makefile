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
  doctest-dev libcli11-dev nlohmann-json3-dev libfmt-dev

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test eval bench sanitize clean

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
	$(ANNALS) run --rules rules --out out examples/articles/*.txt

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

eval: build
	ANNALS=$(ANNALS) SHARED=$(SHARED) bash tools/eval.sh

clean:
	rm -rf $(BUILD) out
