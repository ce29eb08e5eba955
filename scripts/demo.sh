#!/usr/bin/env bash
# `npm run demo`: the portal in sandbox mode with demo data on http://localhost:3000.
# Builds when there is no build or the sources are newer than it, then runs `next start`; the
# server applies migrations and seeds the demo users and sandbox data as it starts.
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
export PARTNER_API_MODE="${PARTNER_API_MODE:-sandbox}"
export PORT="${PORT:-3000}"
BIN=node_modules/.bin
OWNER_EMAIL="${DEMO_OWNER_EMAIL:-owner@demo.test}"
OWNER_PASSWORD="${DEMO_OWNER_PASSWORD:-Owner-demo-1234}"

if [[ "$PARTNER_API_MODE" != "sandbox" ]]; then
  echo "npm run demo runs the sandbox; unset PARTNER_API_MODE (it is '$PARTNER_API_MODE')." >&2
  exit 1
fi

needs_build() {
  [[ -f .next/BUILD_ID ]] || return 0
  # Anything that goes into the build and is newer than the last one.
  [[ -n "$(find app components lib public proxy.ts instrumentation.ts next.config.js package.json \
    postcss.config.mjs tsconfig.json -newer .next/BUILD_ID -print -quit 2>/dev/null)" ]]
}

if needs_build; then
  echo "==== Building the portal (next build) ===="
  "$BIN/next" build
else
  echo "==== Build is up to date ===="
fi

echo "==== Starting the portal on port $PORT (sandbox mode) ===="
"$BIN/next" start -p "$PORT" &
SERVER_PID=$!
trap 'kill -TERM "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null' INT TERM

for _ in $(seq 1 120); do
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/api/health")" == "200" ]]; then
    cat <<EOF

  Portal: http://localhost:$PORT

  Demo sign-ins (sandbox mode, all with the password $OWNER_PASSWORD):
    Owner       $OWNER_EMAIL
    Admin       admin@demo.test
    Operations  operations@demo.test
    Billing     billing@demo.test
    Viewer      viewer@demo.test
    Client      client@demo.test   (an end-client's own account)

  OTPs and e-mails go to the sandbox inbox: http://localhost:$PORT/sandbox/inbox
  Press Ctrl+C to stop.

EOF
    wait "$SERVER_PID"
    exit $?
  fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "The portal stopped before it answered /api/health; see the messages above." >&2
    wait "$SERVER_PID"
    exit 1
  fi
  sleep 1
done
echo "The portal did not answer http://localhost:$PORT/api/health within 2 minutes." >&2
kill -TERM "$SERVER_PID" 2>/dev/null
exit 1
