import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/shared/project-root';

/**
 * `npm start` and `npm test` install the locked dependencies first when they are missing or older than the lockfile
 * (scripts/ensure-installed.cjs, their pre-step). Tried on a project of one local dependency, so npm needs no network.
 */
describe('the install step before npm start and npm test', () => {
  let project: string;
  const ensure = () =>
    spawnSync(process.execPath, [join(project, 'scripts', 'ensure-installed.cjs')], { encoding: 'utf8' });

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'ensure-installed-'));
    mkdirSync(join(project, 'scripts'));
    copyFileSync(
      join(projectRoot(), 'scripts', 'ensure-installed.cjs'),
      join(project, 'scripts', 'ensure-installed.cjs'),
    );
    mkdirSync(join(project, 'dep'));
    writeFileSync(join(project, 'dep', 'package.json'), '{"name":"dep","version":"1.0.0"}');
    writeFileSync(
      join(project, 'package.json'),
      '{"name":"tried","version":"1.0.0","dependencies":{"dep":"file:./dep"}}',
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: project, stdio: 'ignore' });
    rmSync(join(project, 'node_modules'), { recursive: true });
  });

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  // npm itself runs here: seconds on a busy machine.
  jest.setTimeout(120_000);

  it('installs from the lockfile, saying so, when nothing is installed', () => {
    const run = ensure();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/No dependencies installed yet: installing the locked versions \(npm ci\)/);
    expect(existsSync(join(project, 'node_modules', 'dep', 'package.json'))).toBe(true);
  });

  it('does nothing, silently, when the installed dependencies are current', () => {
    const run = ensure();
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('installs again when the lockfile is newer than the installed dependencies', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(project, 'package-lock.json'), later, later);
    const run = ensure();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/package-lock.json is newer than the installed dependencies/);
  });
});
