import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../shared/project-root';

/** Where the web application's sources and its built files live. */
export const webPaths = (root: string = projectRoot()) => ({
  sources: join(root, 'web'),
  build: join(root, 'dist', 'web'),
  index: join(root, 'dist', 'web', 'index.html'),
});

/** Files whose change means the built application is out of date. */
function newestSourceTime(root: string): number {
  const { sources } = webPaths(root);
  let newest = statSync(join(root, 'package-lock.json')).mtimeMs;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(sources);
  return newest;
}

/** Why the web application must be (re)built, or null when its build is newer than every source. */
export function webBuildStaleness(root: string = projectRoot()): string | null {
  const { index } = webPaths(root);
  if (!existsSync(index)) return 'it has not been built yet';
  return statSync(index).mtimeMs < newestSourceTime(root) ? 'its sources changed since it was built' : null;
}

/**
 * Builds the web application with Vite (a development dependency) into dist/web, in a process of its own: Vite is
 * ESM-only, and its memory goes back to the system when the build ends.
 */
export async function buildWebApp(root: string = projectRoot()): Promise<void> {
  let vite: string;
  try {
    vite = join(dirname(require.resolve('vite/package.json', { paths: [root] })), 'bin', 'vite.js');
  } catch {
    throw new Error('Vite is not installed: run `npm ci` (it installs the development dependencies too).');
  }
  await promisify(execFile)(
    process.execPath,
    [vite, 'build', '--config', join(webPaths(root).sources, 'vite.config.mts'), '--logLevel', 'warn'],
    // Always React's production build: under jest NODE_ENV is `test`, which Vite would pass on to the bundle.
    { cwd: root, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' } },
  );
}

/** Builds the web application when its build is missing or older than its sources; says what it did. */
export async function ensureWebBuild(
  root: string = projectRoot(),
  log: (line: string) => void = () => undefined,
): Promise<boolean> {
  const reason = webBuildStaleness(root);
  if (reason === null) return false;
  log(`Building the web application (${reason})…`);
  const started = Date.now();
  await buildWebApp(root);
  log(`Web application built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
