# Install JourneyCheck like a command-line tool: one static binary (the Swift runtime linked in,
# glibc and ncursesw from the system), its man page and shell completions.
#   make install [PREFIX=/usr/local] [DESTDIR=...]
#   make uninstall [PREFIX=/usr/local]
PREFIX ?= /usr/local
SWIFT ?= swift
BUILD := .build-release
BIN := $(BUILD)/release/journeycheck
MANBUILD := .build-manual
MANPAGE := $(MANBUILD)/plugins/GenerateManual/outputs/journeycheck/journeycheck.1
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build manual install uninstall bench

all: build

build:
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(BUILD) --product journeycheck

# The figures of the README's table: the static binary side by side with dialog, in one run.
# (BIN=$(PREFIX)/bin/journeycheck measures an installed copy.)
bench: build
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(BUILD) --product journeycheck-bench
	python3 Benchmarks/pty_latency.py --binary $(BIN) --bench $(BUILD)/release/journeycheck-bench

# The man page comes from the command definitions, by swift-argument-parser's manual plugin.
# (Its own build folder: the plugin builds the package its own way.)
manual:
	$(SWIFT) package --scratch-path $(MANBUILD) --allow-writing-to-package-directory generate-manual

install: manual build
	install -d "$(BINDIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 755 $(BIN) "$(BINDIR)/journeycheck"
	sed "s/^\.Os$$/.Os JourneyCheck $$($(BIN) --version)/" $(MANPAGE) > "$(MANDIR)/journeycheck.1"
	chmod 644 "$(MANDIR)/journeycheck.1"
	$(BIN) --generate-completion-script bash > "$(BASHDIR)/journeycheck"
	$(BIN) --generate-completion-script zsh > "$(ZSHDIR)/_journeycheck"
	$(BIN) --generate-completion-script fish > "$(FISHDIR)/journeycheck.fish"

uninstall:
	rm -f "$(BINDIR)/journeycheck" "$(MANDIR)/journeycheck.1" "$(BASHDIR)/journeycheck" "$(ZSHDIR)/_journeycheck" \
		"$(FISHDIR)/journeycheck.fish"
