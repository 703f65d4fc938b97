# One command does all set-up: every target below bootstraps .venv (Python tools,
# pinned in pyproject.toml's dependency groups, PEP 735) and node_modules (node tools, pinned in package-lock.json)
# when they are missing or out of date.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
NODE_BIN := node_modules/.bin
export PATH := $(CURDIR)/$(BIN):$(CURDIR)/$(NODE_BIN):$(PATH)
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
export NO_MKDOCS_2_WARNING := 1

PY_STAMP   := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: all demo test shells dist dependency-bounds generate check-generated unasync check-unasync specs check-specs spec-lint go-toolchain interop check-breaking release lint typecheck pytest bench docs browser docs-test clean

all: test

$(PY_STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[cli]' --group dev
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## demo: start the embedded fake and drive the main workflow through the facade
demo: $(PY_STAMP)
	$(PY) -m audiences demo

## test: everything CI checks. The drift checks (check-generated, check-unasync,
## check-specs) and the breaking-change gate (check-breaking) run inside pytest, as tests
## (tests/spec/test_generated.py, tests/facade/test_layout.py, tests/spec/test_specs.py,
## tests/spec/test_release.py), so they are not run a second time here.
test: $(PY_STAMP) $(NODE_STAMP)
	$(MAKE) --no-print-directory spec-lint
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory typecheck
	$(MAKE) --no-print-directory go-toolchain
	$(MAKE) --no-print-directory browser
	$(MAKE) --no-print-directory shells
	$(MAKE) --no-print-directory docs
	$(MAKE) --no-print-directory dist
	$(MAKE) --no-print-directory dependency-bounds
	$(MAKE) --no-print-directory pytest

## dist: the sdist and the wheel built from it into dist/, as a release builds them (the
## venv's pinned hatchling, no isolation), then `twine check --strict` (the metadata and the
## README as an index renders them) and check-wheel-contents (configured in pyproject.toml).
## tests/packaging checks what they hold.
dist: $(PY_STAMP)
	rm -rf dist
	@mkdir -p .build
	$(PY) -m build --no-isolation --outdir dist . > .build/dist.log 2>&1 || { cat .build/dist.log; exit 1; }
	$(BIN)/twine check --strict dist/*
	$(BIN)/check-wheel-contents dist/*.whl

## dependency-bounds: the facade's suite in throwaway venvs on the lowest and on the highest
## versions the runtime dependencies allow (scripts/dependency_bounds.py; uv)
dependency-bounds: $(PY_STAMP)
	$(PY) scripts/dependency_bounds.py

## generate: regenerate generated/audiences_api and the facade's spec table (facade/audiences/_spec_table.py) from openapi.yaml
generate: $(PY_STAMP)
	$(PY) scripts/generate.py

## check-generated: fail if generated/audiences_api drifted from openapi.yaml
check-generated: $(PY_STAMP)
	$(PY) scripts/generate.py --check

## unasync: regenerate the sync twins (facade/audiences/_sync) from their async source
unasync: $(PY_STAMP)
	$(PY) scripts/unasync.py

## check-unasync: fail if a generated module of the facade drifted from its source
check-unasync: $(PY_STAMP)
	$(PY) scripts/unasync.py --check

## specs: derive specs/buzzabout.yaml, specs/audiencelab.yaml, specs/leadpipe.yaml from openapi.yaml
specs: $(PY_STAMP)
	$(PY) scripts/specs.py

## check-specs: fail if specs/ drifted from openapi.yaml
check-specs: $(PY_STAMP)
	$(PY) scripts/specs.py --check

SPEC_FILES := openapi.yaml specs/buzzabout.yaml specs/audiencelab.yaml specs/leadpipe.yaml

## spec-lint: the spec quality gates, on openapi.yaml and every derived spec
spec-lint: $(PY_STAMP) $(NODE_STAMP)
	$(BIN)/openapi-spec-validator $(SPEC_FILES)
	@mkdir -p .build
	redocly lint --config redocly.yaml --format stylish $(SPEC_FILES) > .build/redocly.txt 2>&1 \
	  || { cat .build/redocly.txt; exit 1; }
	@grep -v '[║╔╚]' .build/redocly.txt
	@! grep -Eq 'You have [0-9]+ warning' .build/redocly.txt || { echo 'redocly: warnings are failures here'; exit 1; }
	spectral lint --ruleset .spectral.yaml --fail-severity hint $(SPEC_FILES)
	openapi-typescript openapi.yaml --output typescript/api.d.ts
	tsc --strict --noEmit --target es2020 --module es2020 --moduleResolution node typescript/examples.ts

## check-breaking: openapi.yaml (api-smart-diff) and the public Python API (griffe) against the
## last release under releases/; breaking changes need a new major version and a CHANGELOG entry
check-breaking: $(PY_STAMP) $(NODE_STAMP)
	$(PY) scripts/release.py check

## release: store the current spec and public Python API as the release of the version (facade/audiences/__init__.py)
release: $(PY_STAMP) $(NODE_STAMP)
	$(PY) scripts/release.py snapshot

## go-toolchain: Debian's Go (and Java, for OpenAPI Generator) for the interop tests, when missing
go-toolchain:
	@command -v go >/dev/null 2>&1 || { apt-get update && apt-get install -y golang-go; }
	@command -v java >/dev/null 2>&1 || { apt-get update && apt-get install -y default-jre-headless; }

## interop: other languages' clients from specs/*.yaml build and run against the fake (part of pytest)
interop: $(PY_STAMP) $(NODE_STAMP) go-toolchain
	$(BIN)/pytest -p no:cacheprovider tests/interop -v

# Each vendor's HTTP reference: one self-contained page, which the site's hook picks up
# from .build/http/. Redoc's script is inlined, and its "API docs by Redocly" badge, the
# one thing it would still fetch (an image on Redocly's CDN), is given a local image, so
# the page needs no network.
SPEC_VENDORS := $(basename $(notdir $(wildcard specs/*.yaml)))
HTTP_DOCS := $(SPEC_VENDORS:%=.build/http/%.html)
REDOCLY_BADGE := data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%2260%22 height=%2216%22%3E%3Ctext x=%220%22 y=%2213%22 font-family=%22sans-serif%22 font-size=%2213%22%3ERedocly%3C/text%3E%3C/svg%3E
.build/http/%.html: specs/%.yaml redocly.yaml docs/_tools/redoc.hbs $(NODE_STAMP)
	@mkdir -p $(@D)
	redocly build-docs $< --inlineBundle --config redocly.yaml --template docs/_tools/redoc.hbs \
	  --output $@.tmp > $@.log 2>&1 || { cat $@.log; exit 1; }
	@sed -E 's|https://cdn\.redoc\.ly/redoc/logo-mini(-full)?\.svg|$(REDOCLY_BADGE)|g' $@.tmp > $@
	@rm -f $@.tmp

## docs: the reference site into site/: the guide (docs/), the Python API from docstrings
## (mkdocstrings; docs/_tools/reference.py) and each vendor's HTTP reference (Redoc)
docs: $(PY_STAMP) $(HTTP_DOCS)
	$(BIN)/mkdocs build --strict --quiet
	@echo "site/index.html: the reference site (serve it with: $(PY) -m http.server -d site)"

## browser: Debian's chromium for the site's browser test (tests/docs), when missing
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update && apt-get install -y chromium; }

## shells: bash and Debian's zsh, for the completion tests (tests/cli/test_completion.py)
shells:
	@command -v zsh >/dev/null 2>&1 || { apt-get update && apt-get install -y zsh; }

## docs-test: the guide's examples against the fake, and the built site in headless chromium
docs-test: $(PY_STAMP) browser docs
	$(BIN)/pytest -p no:cacheprovider tests/docs -v

## lint: ruff on the hand-written code
lint: $(PY_STAMP)
	$(BIN)/ruff check facade tests scripts bench docs
	$(BIN)/ruff format --check facade tests scripts bench docs

## typecheck: mypy --strict on the facade and the tests
typecheck: $(PY_STAMP)
	$(BIN)/mypy

pytest: $(PY_STAMP) $(NODE_STAMP)
	$(BIN)/pytest --cov --cov-report=term:skip-covered

## bench: benchmark suite (medians and ratios against raw httpx)
bench: $(PY_STAMP)
	$(PY) -m bench

clean:
	rm -rf .build dist site .pytest_cache .mypy_cache .ruff_cache .coverage typescript/api.d.ts typescript/interop/api
