import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/shared/project-root';
import { freePort } from '../../src/shared/free-port';

/**
 * `npm start` on the embedded default, as a new user runs it, with the commands a user runs beside it (a key, a
 * report, an import, a second start), and the database lost and found again. The service and the commands run from
 * the TypeScript sources (as the import worker does in tests), each a process of its own on one data folder.
 */

// /tmp, not a mkdtemp folder: as root the server runs as `postgres`, which must reach it.
const folder = join(tmpdir(), `kosovo-law-running-${process.pid}-${Date.now().toString(36)}`);
const dataDir = join(folder, 'postgres');
let env: NodeJS.ProcessEnv;
let service: ChildProcess;
let serviceOutput = '';
let url: string;

/** Runs a source file as the npm script would run its compiled twin; resolves with what it printed. */
function run(file: string, args: string[], timeoutMs = 120_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', '@swc-node/register', file, ...args], {
      cwd: projectRoot(),
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${file} ${args.join(' ')} did not finish: ${stdout}${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Waits until `predicate` holds, polling; the limit is generous because a busy machine is slow, not broken. */
async function until(what: string, predicate: () => Promise<boolean> | boolean, limitMs = 120_000) {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Gave up waiting for ${what}. Service output:\n${serviceOutput}`);
}

const post = async (query: string) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as any };
};

const postmasterPid = () => Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

// Starting the service compiles it from source and seeds a fresh cluster: minutes on a loaded two-core machine.
jest.setTimeout(600_000);

beforeAll(async () => {
  mkdirSync(folder, { recursive: true, mode: 0o755 });
  const port = await freePort();
  env = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_PG_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
  };
  delete env.DATABASE_URL;
  delete env.MEILI_HOST;
  url = `http://127.0.0.1:${port}`;
  service = spawn(process.execPath, ['--require', '@swc-node/register', 'src/main.ts'], {
    cwd: projectRoot(),
    env,
  });
  service.stdout!.on('data', (d) => (serviceOutput += d));
  service.stderr!.on('data', (d) => (serviceOutput += d));
  await until('the service to start', () => serviceOutput.includes('Ready in'), 480_000);
});

afterAll(async () => {
  if (service.exitCode === null) {
    service.kill('SIGTERM');
    await new Promise((resolve) => service.once('close', resolve));
  }
  rmSync(folder, { recursive: true, force: true });
});

describe('commands beside `npm start` on the embedded database', () => {
  it('creates an API key that the running service then accepts', async () => {
    const created = await run('src/cli/apikey.ts', ['create', '--role', 'monitor', '--name', 'beside-start']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const key = created.stdout.trim().split('\n').pop()!;
    const csv = await fetch(`${url}/reports/findings.csv?year=2016`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(csv.status).toBe(200);
  });

  it("writes a report from the running service's database", async () => {
    const report = await run('src/cli/report.ts', ['--year', '2016', '--format', 'csv']);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^\uFEFFcase_number,/);
    // The seeds' synthetic 2016 examples are left out unless asked for.
    expect(report.stdout).not.toMatch(/SYNTHETIC/);
    const withSynthetic = await run('src/cli/report.ts', [
      '--year',
      '2016',
      '--format',
      'md',
      '--include-synthetic',
    ]);
    expect(withSynthetic.code).toBe(0);
    expect(withSynthetic.stdout).toMatch(/\| SYN-[^|]+ \| [^|]+ \| 2016-\d\d-\d\d \| [A-Z0-9.-]+ \|/);
    expect(withSynthetic.stdout).toMatch(/come from SYNTHETIC example decisions: not evidence/);
  });

  it('imports a file that the running service then answers for', async () => {
    const file = join(folder, 'one.csv');
    writeFileSync(
      file,
      'case_number,court,decision_date,decision_type,final,defendant,offence_date,charged_provision,' +
        'convicted_provision,verdict,imprisonment_months,suspended,fine_eur,circumstances,mitigation_cited,' +
        'source_url,provenance\n' +
        'SYN-BESIDE-1,Basic Court of Pristina,2016-05-04,FIRST_INSTANCE,true,B.S.,2015-03-01,CCK Art. 171,' +
        'CCK Art. 171,CONVICTED,36,false,,,false,,SYNTHETIC\n',
    );
    const imported = await run('src/cli/import.ts', [file]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const { body } = await post(
      '{ decision(caseNumber: "SYN-BESIDE-1", court: "Basic Court of Pristina") { counts { imprisonmentMonths } } }',
    );
    expect(body.data.decision.counts).toEqual([{ imprisonmentMonths: 36 }]);
  });

  it('refuses a second start on the same port in words, leaving the first one serving', async () => {
    const second = await run('src/main.ts', []);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/Could not start: port \d+ is in use \(is the service already running\?/);
    expect(second.stderr).not.toMatch(/undefined/);
    expect((await post('{ health { ok } }')).body.data.health.ok).toBe(true);
  });
});

describe('the embedded database lost and found again', () => {
  it('starts the embedded database again when it dies, and serves again without a restart', async () => {
    const before = postmasterPid();
    process.kill(before, 'SIGKILL');
    await until('the database to be started again', async () => {
      const health = await post('{ health { ok } }');
      return health.body.data?.health.ok === true && alive(postmasterPid()) && postmasterPid() !== before;
    });
    expect(serviceOutput).toMatch(/The embedded PostgreSQL killed by SIGKILL; starting it again/);
    expect(serviceOutput).toMatch(/The embedded PostgreSQL is running again/);
    const after = await post('{ decisions(first: 1) { totalCount } }');
    expect(after.status).toBe(200);
    expect(after.body.data.decisions.totalCount).toBeGreaterThan(0);
  });

  it('stops on SIGTERM with its database', async () => {
    const pid = postmasterPid();
    service.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => service.once('close', resolve));
    expect(code).toBe(0);
    expect(alive(pid)).toBe(false);
    // The server stopped because it was told to: the service does not take it for a crash and start it again.
    expect(serviceOutput.split('SIGTERM: stopping')[1]).not.toMatch(/starting it again/);
  });
});
