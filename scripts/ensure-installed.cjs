#!/usr/bin/env node
// Runs before `npm start` and `npm test` (prestart, pretest): on a fresh clone, or after a pull that changed the
// lockfile, installs exactly the locked dependencies first, so the README's two commands are all a new user types.
// Node built-ins only: node_modules may not exist yet.
'use strict';
const { spawnSync } = require('node:child_process');
const { statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const mtime = (file) => {
  try {
    return statSync(join(root, file)).mtimeMs;
  } catch {
    return null;
  }
};

// npm writes node_modules/.package-lock.json at the end of every install: older than the lockfile means stale.
const installed = mtime('node_modules/.package-lock.json');
const locked = mtime('package-lock.json');
if (installed !== null && locked !== null && installed >= locked) process.exit(0);

process.stdout.write(
  installed === null
    ? 'No dependencies installed yet: installing the locked versions (npm ci), about a minute…\n'
    : 'package-lock.json is newer than the installed dependencies: installing the locked versions (npm ci)…\n',
);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  process.stderr.write(
    `Installing the dependencies failed (${result.error ? result.error.message : `npm ci exited with ${result.status}`}). ` +
      'Run `npm ci` yourself to see why, then try again.\n',
  );
  process.exit(1);
}
process.stdout.write('Dependencies installed.\n');
