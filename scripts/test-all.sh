#!/usr/bin/env bash
# Every test the project has, in the order CI runs them: types, unit tests, the built site in
# Chromium at the site root, then a second build under a sub-path with the tests that matter there.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s ==\n' "$*"; }

step "type check"
npm run check

step "unit tests"
npx vitest run

step "build (site root)"
npm run build

step "browser tests (site root)"
npx playwright test

step "build (sub-path /segment)"
BASE_PATH=/segment BUILD_DIR=build-segment npm run build

step "browser tests (sub-path /segment)"
BASE_PATH=/segment BUILD_DIR=build-segment npx playwright test --grep @subpath
