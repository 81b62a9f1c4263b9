import { buildWebApp, ensureWebBuild } from './web-build';

/**
 * `npm run build:web` rebuilds the web application; `--if-stale` (used by `npm start`) only when its build is
 * missing or older than its sources.
 */
async function main() {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  if (process.argv.includes('--if-stale')) await ensureWebBuild(undefined, log);
  else await buildWebApp();
}

main().catch((e) => {
  process.stderr.write(
    `Could not build the web application: ${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exit(1);
});
