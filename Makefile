# Two commands for a fresh Debian machine with Python 3.11: `make demo` and `make test`.
# Each creates the virtual environment and installs what it needs; `make test` also installs Dovecot
# (Debian package dovecot-imapd) when it is missing, because the integration tests talk to a real one.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test unit bench model dovecot clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/mailroom demo

test: $(STAMP) dovecot
	$(BIN)/pytest -q

unit: $(STAMP)
	$(BIN)/pytest -q tests/unit tests/golden

bench: $(STAMP) dovecot
	$(BIN)/python bench/ingest.py

# The built-in intent model, retrained from the labelled golden sets (after changing them or the features).
model: $(STAMP)
	$(BIN)/mailroom train --cross-validate --out handlers/model/intent.npz tests/golden/*/

dovecot:
	@if [ ! -x /usr/sbin/dovecot ]; then \
		echo "installing Dovecot (dovecot-imapd) for the integration tests"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq dovecot-imapd >/dev/null; \
	fi

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
