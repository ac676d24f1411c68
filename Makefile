# Kuulo — two commands set up a fresh Debian/Ubuntu machine that has the Swift toolchain:
#   make run    installs what is missing, builds, and opens the chat
#   make test   installs what is missing, builds, and runs every test
SWIFT ?= swift
APT_PACKAGES := pkg-config libedit-dev libvoikko-dev voikko-fi libhunspell-dev hunspell-en-us libstemmer-dev chromium poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
ARGS ?=

.PHONY: run test deps build release bench clean

## Install the system libraries Kuulo links against (only those that are missing).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@python3 -c "import jsonschema, html5lib, icalendar" 2>/dev/null || python3 -m pip install --quiet jsonschema html5lib icalendar

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product kuulo

## Open the chat on ./kuulo-plan.json (pass options with ARGS="--lang fi").
run: release
	./.build/release/kuulo $(ARGS)

## Every test: unit, end-to-end, terminal (pseudo-terminal) and the outside validators.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	python3 scripts/validate-outputs.py .build/debug/kuulo
	python3 scripts/validate-exports.py .build/debug/kuulo Tests/KuuloCoreTests/Export/Golden

## Speed: start-up, recording a revision, history size (see bench/README.md).
bench: deps
	bash bench/run.sh

clean:
	rm -rf .build
