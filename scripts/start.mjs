#!/usr/bin/env node
// `npm start`: build, then serve the production build and print its URL. PORT (default
// 4173) sets the port; any other arguments go to scripts/serve.mjs (see its usage).
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(
  process.execPath,
  [resolve(root, 'scripts', 'serve.mjs'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
// Ctrl+C reaches both; a stop asked of this process is passed on.
process.on('SIGTERM', () => server.kill('SIGTERM'));
server.on('exit', (code) => process.exit(code ?? 0));
