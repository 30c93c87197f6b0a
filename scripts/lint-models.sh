#!/usr/bin/env bash
# Lints every model in bpmn/*.bpmn with bpmnlint and the rules in .bpmnlintrc
# (bpmnlint:recommended + camunda-compat for Camunda Platform 7.24).
#
# The toolchain is pinned in lint/package.json + lint/package-lock.json and installed with
# `npm ci` into lint/node_modules (only when missing or when the lock/package file changed).
#
# Fails (exit 1) when: there is no model, any lint error, any model without
# camunda:historyTimeToLive (the 7.24 rule only reports it as "info", but the engine refuses to
# deploy such a process), or the toolchain cannot be installed.
#
# Optional: GC_LINT_MAX_WARNINGS=N also fails on more than N warnings (bpmnlint --max-warnings).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

say() { printf '[lint] %s\n' "$*" >&2; }
die() { printf '[lint] ERROR: %s\n' "$*" >&2; exit 1; }

# --- node + npm --------------------------------------------------------------------------------
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  [ "$(id -u)" -eq 0 ] || die "node/npm missing; install them (sudo apt-get install -y nodejs npm)"
  say "node/npm missing: installing Debian's nodejs and npm"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2 || die "apt-get update failed"
  apt-get install -y -q nodejs npm >&2 || die "apt-get install nodejs npm failed"
fi
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  say "warning: node $(node --version 2>/dev/null) is older than the 20 that bpmnlint 11.15 declares"
fi

# --- toolchain (npm ci when needed) ------------------------------------------------------------
[ -f lint/package-lock.json ] || die "lint/package-lock.json is missing"
stamp=lint/node_modules/.gc-installed
want=$( (cat lint/package.json lint/package-lock.json; node --version) | sha256sum | cut -d' ' -f1)
if [ ! -x lint/node_modules/.bin/bpmnlint ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing the lint toolchain: npm ci in lint/"
  (cd lint && npm ci --no-audit --no-fund) >&2 || die "npm ci in lint/ failed"
  printf '%s\n' "$want" > "$stamp"
fi

# --- models ------------------------------------------------------------------------------------
[ -f .bpmnlintrc ] || die ".bpmnlintrc is missing at the repository root"
shopt -s nullglob
models=(bpmn/*.bpmn)
shopt -u nullglob
[ "${#models[@]}" -gt 0 ] || die "no model found: bpmn/*.bpmn matches nothing"

say "bpmnlint $(lint/node_modules/.bin/bpmnlint --version 2>/dev/null || echo '?') on ${#models[@]} model(s): ${models[*]}"

# Run from the repository root (so .bpmnlintrc and the paths are the repo's); bpmnlint resolves
# "plugin:camunda-compat/..." with require() from the working directory, so point NODE_PATH at
# lint/node_modules, where the plugin is installed.
args=(--config .bpmnlintrc)
if [ -n "${GC_LINT_MAX_WARNINGS:-}" ]; then args+=(--max-warnings="$GC_LINT_MAX_WARNINGS"); fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
set +e
NODE_PATH="$ROOT/lint/node_modules${NODE_PATH:+:$NODE_PATH}" \
  lint/node_modules/.bin/bpmnlint "${args[@]}" "${models[@]}" 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}
set -e

if [ "$rc" -ne 0 ]; then
  die "bpmnlint found errors (exit $rc): fix the models listed above"
fi
if grep -q 'camunda-compat/history-time-to-live' "$out"; then
  die "a process has no camunda:historyTimeToLive (see above); Camunda 7.24 refuses to deploy it"
fi
say "OK: ${#models[@]} model(s) pass"
