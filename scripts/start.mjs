#!/usr/bin/env node
// `npm start`: build, then serve the production build and print its URL.
import { spawn } from 'node:child_process';

const child = spawn(
  process.execPath,
  [new URL('./serve.mjs', import.meta.url).pathname, '--build', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
child.on('exit', (code) => process.exit(code ?? 0));
