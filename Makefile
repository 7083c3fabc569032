# lexgap - plain Makefile (redis style): every checker/*.c but main.c and
# cmd_*.c goes into build/liblexgap.a, which the CLI, the tests and the fuzzers link.
#
#   make run        install missing packages, build, check the bundled sample
#   make check      build and run every test (unit, rules, golden, CLI, sanitizers)
#   make SAN=1      build with AddressSanitizer + UndefinedBehaviorSanitizer
#   make eval       agreement with ../shared/corpus/gold/dev.tsv
#   make bench      speed and memory against xmllint --noout
#   make fuzz       libFuzzer targets (clang), FUZZ_TIME seconds each (default 60)
#   make leakcheck  unit tests and the CLI under valgrind: no leaks, no errors

BUILD	?= build
CC	?= cc
PKGS	 = libxml-2.0 libpcre2-8 sqlite3
CFLAGS	?= -O2 -g
SAN	?=
SHARED	?= ../shared

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

ALL_CFLAGS = -std=c11 -D_GNU_SOURCE -Wall -Wextra \
	-Ichecker $(PKG_CFLAGS) $(CFLAGS) -MMD -MP
ALL_LDFLAGS = $(LDFLAGS)
ifeq ($(SAN),1)
ALL_CFLAGS  += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
ALL_LDFLAGS += -fsanitize=address,undefined
endif

CLI_SRC	= checker/main.c $(wildcard checker/cmd_*.c)
LIB_SRC	= $(filter-out $(CLI_SRC),$(wildcard checker/*.c))
LIB_OBJ	= $(LIB_SRC:checker/%.c=$(BUILD)/obj/%.o)
CLI_OBJ	= $(CLI_SRC:checker/%.c=$(BUILD)/obj/%.o)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

# Fuzzing (issue 5): one libFuzzer target per parser. The penalty target is
# built only once checker/penalty.h exists.
FUZZ_TIME	?= 60
FUZZ_CC		?= clang
FUZZ_BUILD	 = build/fuzz
FUZZ_TARGETS	 = akn text html pack $(if $(wildcard checker/penalty.h),penalty)
FUZZ_REPLAY	 = $(FUZZ_TARGETS:%=$(BUILD)/fuzz-replay/fuzz_%)
FUZZ_BIN	 = $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)
FUZZ_OBJ	 = $(LIB_SRC:checker/%.c=$(FUZZ_BUILD)/obj/%.o)
FUZZ_CFLAGS	 = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Ichecker $(PKG_CFLAGS) -O1 -g \
	-fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined

.PHONY: all deps run check unit rules-test golden golden-update import-test import-golden-update \
	cli scan-test san leakcheck eval bench clean man-test html-test fuzz fuzz-build fuzz-replay

all: $(BUILD)/lexgap

deps:
	@scripts/deps.sh

$(BUILD)/obj/%.o: checker/%.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/liblexgap.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/lexgap: $(CLI_OBJ) $(BUILD)/liblexgap.a
	$(CC) $(ALL_LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/liblexgap.a $(PKG_LIBS) -lm -lpthread

$(BUILD)/tests/%: tests/unit/%.c tests/unit/testutil.h $(BUILD)/liblexgap.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/unit $(ALL_LDFLAGS) -o $@ $< $(BUILD)/liblexgap.a \
		$(PKG_LIBS) $$(pkg-config --libs cmocka) -lm -lpthread

run: deps all
	./$(BUILD)/lexgap check --fail-on never corpus/*.xml

unit: $(UNIT_BIN)
	@set -e; for t in $(UNIT_BIN); do echo "== $$t"; ./$$t; done

rules-test: all
	./$(BUILD)/lexgap rules test

golden: all $(BUILD)/tests/test_report
	@tests/golden/run.sh $(BUILD)/lexgap

golden-update: all
	@tests/golden/run.sh --update $(BUILD)/lexgap

import-test: all
	@tests/import/run.sh $(BUILD)/lexgap

import-golden-update: all
	@tests/import/run.sh --update $(BUILD)/lexgap

cli: all
	@tests/cli/run.sh $(BUILD)/lexgap

# Every command and option of `lexgap --help` is documented in lexgap.1.
man-test: all
	@tests/man/check.sh $(BUILD)/lexgap lexgap.1

# The HTML report in headless Chromium (installs it via apt when root; ~30 s).
html-test: all $(BUILD)/tests/test_report
	@tests/html/run.sh $(BUILD)/lexgap

# Kill -9 a scan at many points; the rerun must end in the uninterrupted store.
scan-test: all
	@tests/scan/run.sh $(BUILD)/lexgap

# Replay the seed corpora (and the bundled rule packs) through every fuzz
# target, built by $(CC) with the library: no libFuzzer, no clang needed.
$(BUILD)/fuzz-replay/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h $(BUILD)/liblexgap.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz $(ALL_LDFLAGS) -o $@ $< tests/fuzz/replay.c \
		$(BUILD)/liblexgap.a $(PKG_LIBS) -lm -lpthread

fuzz-replay: $(FUZZ_REPLAY)
	@set -e; mkdir -p $(BUILD)/fuzz-seeds/pack; \
	for p in rules/*/ tests/data/*/; do [ -f $$p/pack.conf ] || continue; \
		tests/fuzz/pack_bundle.sh $$p > $(BUILD)/fuzz-seeds/pack/$$(basename $$p); done; \
	rc=0; for t in $(FUZZ_TARGETS); do \
		extra=; [ $$t = pack ] && extra=$(BUILD)/fuzz-seeds/pack; \
		./$(BUILD)/fuzz-replay/fuzz_$$t tests/fuzz/seeds/$$t $$extra || { echo "FAIL: fuzz replay $$t"; rc=1; }; \
	done; exit $$rc

# The same unit and CLI tests (and the fuzz replay) under ASan+UBSan, in their own build tree.
san:
	$(MAKE) BUILD=build/san SAN=1 CFLAGS="-O1 -g" unit cli fuzz-replay

# libFuzzer: clang, the library compiled with -fsanitize=fuzzer-no-link in
# build/fuzz, each target run for FUZZ_TIME seconds (CI: 60) on a copy of its seeds.
$(FUZZ_BUILD)/obj/%.o: checker/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@

$(FUZZ_BUILD)/liblexgap.a: $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_BUILD)/liblexgap.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Itests/fuzz -fsanitize=fuzzer -o $@ $< $(FUZZ_BUILD)/liblexgap.a \
		$(PKG_LIBS) -lm -lpthread

fuzz-build: $(FUZZ_BIN)

fuzz:
	@tests/fuzz/deps.sh
	$(MAKE) fuzz-build
	@tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_TIME) $(FUZZ_TARGETS)

check: deps
	$(MAKE) all
	$(MAKE) unit
	$(MAKE) rules-test
	$(MAKE) golden
	$(MAKE) import-test
	$(MAKE) man-test
	$(MAKE) html-test
	$(MAKE) cli
	$(MAKE) scan-test
	$(MAKE) fuzz-replay
	$(MAKE) san
	@echo "make check: all tests passed"

leakcheck: all $(UNIT_BIN) $(FUZZ_REPLAY)
	@tests/leakcheck.sh $(BUILD)

eval: all
	@tests/eval.sh $(BUILD)/lexgap $(SHARED)

bench: all
	@scripts/bench.sh $(BUILD)/lexgap $(SHARED)

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d)
