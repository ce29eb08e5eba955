#!/usr/bin/env bash
# The one test command (`npm test`): lint, type-check, unit, integration on SQLite and on
# PostgreSQL, a production build with a canary partner key, then Playwright end-to-end tests in
# Debian's headless Chromium against `next start`. Every stage runs even when an earlier one
# failed (except e2e, which needs the build), and the last line is `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
RESULTS=test-results
E2E_PORT="${E2E_PORT:-3100}"
PG_URL="${TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/test}"
BIN=node_modules/.bin

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
ENTRIES=()
SERVER_PID=""

stage() { printf '\n==== %s ====\n' "$*"; }
record() { ENTRIES+=("$1"); } # label=exitcode[=report.json]

stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    # The server runs in its own session (setsid): stop its process group, which is ours.
    kill -TERM -- "-$SERVER_PID" 2>/dev/null || kill -TERM "$SERVER_PID" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap stop_server EXIT
trap 'stop_server; exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
stage "Chromium"
if [[ ! -x /usr/bin/chromium ]]; then
  echo "/usr/bin/chromium is missing: installing Debian's chromium with apt-get"
  SUDO=""
  [[ "$(id -u)" -ne 0 ]] && command -v sudo >/dev/null && SUDO="sudo"
  $SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
fi
if [[ -x /usr/bin/chromium ]]; then
  /usr/bin/chromium --version 2>/dev/null || echo "chromium present at /usr/bin/chromium"
else
  echo "Chromium could not be installed: the end-to-end stage will fail"
fi

# ---------------------------------------------------------------------------------------------
stage "Lint (biome ci)"
"$BIN/biome" ci .
record "lint=$?"

# ---------------------------------------------------------------------------------------------
stage "Type-check (tsc --noEmit)"
"$BIN/tsc" --noEmit
record "typecheck=$?"

# ---------------------------------------------------------------------------------------------
stage "Unit tests (vitest, project unit)"
"$BIN/vitest" run --project unit --reporter=default --reporter=json --outputFile.json="$RESULTS/vitest-unit.json"
record "unit=$?=$RESULTS/vitest-unit.json"

# ---------------------------------------------------------------------------------------------
stage "Integration tests (vitest, project integration: SQLite and PostgreSQL)"
# The database tests run each case on SQLite and on PostgreSQL ($PG_URL, a throwaway schema);
# they skip the PostgreSQL leg, saying so, only when it cannot be reached.
# Throwaway schemas left by an interrupted earlier run (it_*, scale_*) confuse Kysely's
# migration-table lookup in every later PostgreSQL test: drop them first.
node -e 'const pg=require("pg");(async()=>{const c=new pg.Client({connectionString:process.argv[1],connectionTimeoutMillis:3000});await c.connect();const r=await c.query("select nspname from pg_namespace where nspname like $1 or nspname like $2",["it\\_%","scale\\_%"]);for(const x of r.rows)await c.query(`drop schema "${x.nspname}" cascade`);await c.end()})().catch(()=>{})' "$PG_URL"
TEST_DATABASE_URL="$PG_URL" "$BIN/vitest" run --project integration --reporter=default --reporter=json \
  --outputFile.json="$RESULTS/vitest-integration.json"
record "integration=$?=$RESULTS/vitest-integration.json"

# ---------------------------------------------------------------------------------------------
# The canary key is the partner key on both sides in sandbox mode (the portal's client and the
# /sandbox emulator), so every real call carries it: if it leaks into the client bundle or any
# page, the grep below or the e2e fixture finds it.
CANARY="canary-$(node -e 'process.stdout.write(require("node:crypto").randomBytes(16).toString("hex"))')"
# Canary secrets a user types into the portal (a voice bot's header, a WhatsApp access token): the
# e2e specs that save bots and WhatsApp numbers use these values, and after the run the server
# log, the audit log and the build are searched for them as for the partner key.
CANARY_BOT_HEADER="canary-bot-$(node -e 'process.stdout.write(require("node:crypto").randomBytes(12).toString("hex"))')"
CANARY_WA_TOKEN="canary-wa-$(node -e 'process.stdout.write(require("node:crypto").randomBytes(12).toString("hex"))')"
export CANARY_BOT_HEADER CANARY_WA_TOKEN
# Old e2e data directories (a fresh one per run) are cleared after two hours.
find data -maxdepth 1 -type d -name 'e2e-*' -mmin +120 -exec rm -rf {} + 2>/dev/null
E2E_DIR="data/e2e-$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$E2E_DIR"
export PARTNER_API_MODE=sandbox PARTNER_API_KEY="$CANARY" DATA_DIR="$E2E_DIR" DATABASE_URL="file:$E2E_DIR/portal.db"

stage "Build (next build, canary partner key)"
"$BIN/next" build
BUILD=$?
record "build=$BUILD"

stage "Flow builder only on its own routes (first-load JS from the build's route stats)"
if [[ $BUILD -ne 0 ]]; then
  echo "SKIPPED: the build failed"
  record "flow-builder-chunks=1"
else
  node lib/flows/check-builder-chunks.mjs .next
  record "flow-builder-chunks=$?"
fi

stage "Canary scan of the build output"
if [[ $BUILD -ne 0 ]]; then
  echo "SKIPPED: the build failed"
  record "canary-scan=1"
else
  # .next/static is what browsers download; prerendered pages and their RSC payloads are
  # served as they are too.
  LEAKS=$(
    grep -rlF -- "$CANARY" .next/static 2>/dev/null
    find .next/server -type f \( -name '*.html' -o -name '*.rsc' -o -name '*.body' -o -name '*.meta' \) \
      -exec grep -lF -- "$CANARY" {} + 2>/dev/null
  )
  if [[ -n "$LEAKS" ]]; then
    echo "FAILED: the partner key appears in files served to browsers:"
    echo "$LEAKS" | sed 's/^/  /'
    record "canary-scan=1"
  else
    echo "ok: the canary key appears nowhere in .next/static or the prerendered pages"
    record "canary-scan=0"
  fi
fi

# ---------------------------------------------------------------------------------------------
stage "End-to-end tests (Playwright, Chromium, next start on :$E2E_PORT)"
run_e2e() {
  if [[ $BUILD -ne 0 ]]; then
    echo "SKIPPED: no build to serve"
    return 1
  fi
  # Another server on the port would answer the health check and take the tests.
  if curl -s -o /dev/null -m 2 "http://localhost:$E2E_PORT/"; then
    echo "FAILED: something already listens on port $E2E_PORT; stop it or set E2E_PORT to a free port"
    return 1
  fi
  # 100 extra clients beside the demo tenant, so the clients list has several pages to test.
  "$BIN/tsx" --conditions=react-server scripts/sandbox-seed.ts --clients 100 --transactions 500 ||
    echo "WARNING: bulk seeding failed; tests that need many clients will say so"
  # The server migrates its database and seeds the demo data on start (instrumentation.ts).
  # TRUSTED_PROXY_HOPS=1: the test runner stands in for a reverse proxy, so specs that give
  # each test its own client address (X-Forwarded-For, e2e/pages/onboarding-wizard.ts testIp)
  # are not all counted as one address by the per-address limits (lib/request-meta.ts).
  TRUSTED_PROXY_HOPS=1 PORT="$E2E_PORT" setsid "$BIN/next" start -p "$E2E_PORT" >"$RESULTS/server.log" 2>&1 &
  SERVER_PID=$!
  echo "server pid $SERVER_PID, data in $E2E_DIR, log in $RESULTS/server.log"
  local healthy=0
  for _ in $(seq 1 120); do
    kill -0 "$SERVER_PID" 2>/dev/null || break
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$E2E_PORT/api/health")" == "200" ]]; then
      healthy=1
      break
    fi
    sleep 1
  done
  if [[ $healthy -ne 1 ]]; then
    echo "FAILED: the server did not answer GET /api/health with 200; last lines of its log:"
    tail -n 40 "$RESULTS/server.log" | sed 's/^/  /'
    return 1
  fi
  echo "server healthy"
  E2E_BASE_URL="http://localhost:$E2E_PORT" CANARY_PARTNER_KEY="$CANARY" "$BIN/playwright" test
}
run_e2e
record "e2e=$?=$RESULTS/playwright.json"
stop_server
stage "Secrets over the whole run (partner key, bot header, WhatsApp token)"
SECRET_LEAKS=0
for pair in "partner key=$CANARY" "bot header=$CANARY_BOT_HEADER" "WhatsApp token=$CANARY_WA_TOKEN"; do
  name="${pair%%=*}"
  secret="${pair#*=}"
  if [[ -f "$RESULTS/server.log" ]] && grep -qF -- "$secret" "$RESULTS/server.log"; then
    echo "FAILED: the $name in the server log"; SECRET_LEAKS=1
  fi
  if grep -rlqF -- "$secret" .next/static 2>/dev/null; then
    echo "FAILED: the $name in .next/static"; SECRET_LEAKS=1
  fi
  if [[ -f "$E2E_DIR/portal.db" ]]; then
    rows=$(node -e 'const D=require("better-sqlite3");const d=new D(process.argv[1],{readonly:true});const s="%"+process.argv[2]+"%";console.log(d.prepare("select count(*) n from audit_log where input like ? or message like ?").get(s,s).n)' "$E2E_DIR/portal.db" "$secret" 2>/dev/null || echo "?")
    if [[ "$rows" != "0" ]]; then echo "FAILED: the $name in $rows audit rows (or the audit log could not be read)"; SECRET_LEAKS=1; fi
  fi
done
[[ $SECRET_LEAKS -eq 0 ]] && echo "ok: none of the three secrets in the server log, the audit log or the bundles"
record "secrets=$SECRET_LEAKS"

# ---------------------------------------------------------------------------------------------
stage "Two instances on one PostgreSQL (npm run test:scale)"
if [[ $BUILD -ne 0 ]]; then
  echo "SKIPPED: no build"
  record "scale=1"
else
  NEXT_DIST_DIR=.next TEST_PG_URL="$PG_URL" "$BIN/tsx" scripts/scale/two-instances.ts
  record "scale=$?"
fi

# ---------------------------------------------------------------------------------------------
stage "Summary"
node scripts/test-summary.mjs "${ENTRIES[@]}"
