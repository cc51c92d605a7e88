# chronicle: build, run, test, measure.
SWIFT   ?= swift
SHARED  ?= ../shared
RELEASE := .build/release
DEBUG   := .build/debug
CORPUS  ?= data

.PHONY: all build release run test unit-test tui-test bench eval eval-timeml eval-chronology eval-timelines lexicon clean

all: release

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release --product chronicle

## Open the timeline browser on the bundled corpus.
run:
	@echo "Building chronicle (release; the first build also fetches its Swift packages, about a minute or two)..."
	@$(SWIFT) build -c release --product chronicle
	$(RELEASE)/chronicle browse $(CORPUS)

## Everything CI runs: unit tests, then the real binary driven inside tmux.
test: unit-test tui-test

unit-test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

tui-test: build
	bash Tests/tmux/run.sh $(DEBUG)/chronicle

## Speed and memory figures (release build). BENCH_SIZES=5,50 shortens the large-corpus part.
bench:
	$(SWIFT) build -c release --product chronicle
	$(SWIFT) build -c release --product chronicle-bench
	$(RELEASE)/chronicle-bench $(CORPUS) $(if $(wildcard $(SHARED)/timelines/docs),--seed $(SHARED)/timelines/docs)

## Accuracy figures against the data in ../shared, when it is there.
eval: eval-timeml eval-chronology eval-timelines

eval-timeml: release
	@if [ -d "$(SHARED)/timebank" ]; then \
		$(RELEASE)/chronicle eval timeml "$(SHARED)/timebank"; \
	else echo "eval-timeml: $(SHARED)/timebank not found, skipped"; fi

eval-chronology: release
	@if [ -f "$(SHARED)/gold/seeds.json" ]; then \
		$(RELEASE)/chronicle eval "$(SHARED)/gold/seeds.json" --corpus $(CORPUS); \
	else echo "eval-chronology: $(SHARED)/gold/seeds.json not found, skipped"; fi

## Entity timelines on news nobody here wrote, by their own judge (needs python3).
eval-timelines: release
	@if [ -d "$(SHARED)/timelines" ] && command -v python3 >/dev/null; then \
		python3 "$(SHARED)/tools/score_timelines.py" score $(RELEASE)/chronicle "$(SHARED)/timelines"; \
	else echo "eval-timelines: $(SHARED)/timelines or python3 not found, skipped"; fi

## After editing Sources/ChronicleCore/Resources/lexicon.yaml: compile it into the program.
lexicon:
	bash scripts/embed-lexicon.sh

clean:
	rm -rf .build
