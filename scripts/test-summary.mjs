#!/usr/bin/env node
// Sums the JSON reports of every test run into the suite's last line: `N passed, N failed`.
//
// Usage: node scripts/test-summary.mjs ENTRY...
//   ENTRY is `label=exitcode` for a stage without a report (lint, type-check, build), or
//   `label=exitcode=report.json` for a test runner (a Vitest or a Playwright JSON report).
// A stage that exited non-zero without a failing test to show for it (lint, a build, a runner
// that crashed before writing its report) counts as one failure, so the total never hides it.
// Prints a line per entry, then the summary line alone; exits 1 when anything failed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const entries = process.argv.slice(2).map((arg) => {
  const [label, code, ...rest] = arg.split('=');
  return { label, code: code === 'skipped' ? code : Number(code), report: rest.join('=') || null };
});

/** Vitest: a file that failed to load has no failed assertions but counts as a failure. */
function fromVitest(r) {
  const brokenFiles = (r.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  );
  return {
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + brokenFiles.length,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
    notes: brokenFiles.map((f) => `file failed: ${path.relative(process.cwd(), f.name)}`),
  };
}

/** Playwright: unexpected = failed; flaky passed on retry; top-level errors (config, setup) fail. */
function fromPlaywright(r) {
  const s = r.stats ?? {};
  const errors = r.errors ?? [];
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: (s.unexpected ?? 0) + errors.length,
    skipped: s.skipped ?? 0,
    notes: [
      ...(s.flaky ? [`${s.flaky} flaky (passed on retry)`] : []),
      ...errors.map((e) => `error: ${String(e.message ?? e).split('\n')[0]}`),
    ],
  };
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const { label, code, report: file } of entries) {
  if (code === 'skipped') {
    console.log(`  ${label}: skipped`);
    continue;
  }
  let r = { passed: 0, failed: 0, skipped: 0, notes: [] };
  if (file) {
    try {
      const report = JSON.parse(readFileSync(file, 'utf8'));
      r = 'stats' in report ? fromPlaywright(report) : fromVitest(report);
    } catch (err) {
      r.notes.push(existsSync(file) ? `unreadable report: ${err.message}` : 'no report written');
    }
  }
  if (code !== 0 && r.failed === 0) {
    r.failed = 1;
    r.notes.push(`exited ${code}`);
  }
  passed += r.passed;
  failed += r.failed;
  skipped += r.skipped;
  const extra = r.notes.length ? ` (${r.notes.join('; ')})` : '';
  const counts = file ? `${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped` : r.failed ? 'FAILED' : 'ok';
  console.log(`  ${label}: ${counts}${extra}`);
}

if (skipped) console.log(`  ${skipped} skipped in all`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
