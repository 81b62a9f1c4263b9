import { ensureWebBuild } from '../../src/web/web-build';
import integrationSetup from '../integration/global-setup';

/** The browser tests need the built web application (built here when missing or stale) and a test database. */
export default async function globalSetup(): Promise<void> {
  await ensureWebBuild(undefined, (line) => process.stdout.write(`\n${line}`));
  await integrationSetup();
}
