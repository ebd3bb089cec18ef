#!/usr/bin/env node
// `npm test`: every check in one command, one summary line at the end.
// Each runner's own counts are added up: typecheck and lint count as one check each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
mkdirSync('test-results', { recursive: true });

function run(name, cmd, args, count) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  const ok = r.status === 0;
  let counts = ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (count) {
    try {
      counts = count();
      // A runner that crashed before counting still fails the run.
      if (!ok && counts.failed === 0) counts.failed = 1;
    } catch {
      counts = { passed: 0, failed: 1 };
    }
  }
  results.push({ name, ok, ...counts, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

run('typecheck', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.']);

rmSync('test-results/vitest.json', { force: true });
run(
  'unit and component tests (Vitest)',
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=test-results/vitest.json',
  ],
  () => {
    const j = readJson('test-results/vitest.json');
    return {
      passed: j.numPassedTests,
      failed:
        j.numFailedTests +
        (j.numTotalTestSuites > 0 && !j.success && j.numFailedTests === 0 ? 1 : 0),
    };
  },
);

rmSync('test-results/playwright.json', { force: true });
run('browser tests (Playwright, Chromium)', 'npx', ['playwright', 'test'], () => {
  if (!existsSync('test-results/playwright.json')) return { passed: 0, failed: 1 };
  const s = readJson('test-results/playwright.json').stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected };
});

console.log('\nSummary');
for (const r of results) {
  console.log(
    `  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds}s)`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.every((r) => r.ok) ? 0 : 1);
