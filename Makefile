# datpin — two commands on a fresh machine:
#   make demo   sets up everything and runs the demo on the embedded chain
#   make test   sets up everything and runs every test
SHELL := /bin/bash
GO ?= go
BIN := bin/datpin
export DATPIN_CACHE ?= $(HOME)/.cache/datpin

.PHONY: all demo test tools kubo build contracts bench network clean

all: build

tools:
	@bash scripts/tools.sh

kubo:
	@bash scripts/kubo.sh >/dev/null

build:
	$(GO) build -o $(BIN) ./cmd/datpin

demo: tools build
	./$(BIN) demo

test: tools kubo
	bash scripts/test.sh

contracts: tools
	node contracts/build.js
	cd contracts/bindings && $(GO) generate .

# A network on loopback, each part its own process: anvil, Kubo, the deployment, 3 validators,
# 3 agents fed with simulated stations, and datpin serve (see scripts/network.sh). Ctrl-C stops it.
network: tools kubo build
	DATPIN_BIN=$(CURDIR)/$(BIN) bash scripts/network.sh run

bench: build
	./$(BIN) bench gas

clean:
	rm -rf bin
