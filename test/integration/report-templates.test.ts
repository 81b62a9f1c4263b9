import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiKeyService } from '../../src/access/api-key.service';
import { FiguresService } from '../../src/compliance/figures.service';
import { CourtRepository } from '../../src/courts/court.repository';
import { CourtService } from '../../src/courts/court.service';
import { unitOfWork } from '../../src/db/unit-of-work';
import { ImportService } from '../../src/import/import.service';
import { LawRepository } from '../../src/law/law.repository';
import { LawService } from '../../src/law/law.service';
import { EXAMPLES_DIR, renderExamples, withoutDataVersion } from '../../src/reports/examples';
import { projectRoot } from '../../src/shared/project-root';
import { openScratchDatabase, startTestServer, type TestServer } from './harness';

/**
 * The report templates over HTTP and from the command line, on a database of its own: the seeds, and a hand-made
 * set of 2025 decisions whose offences (2024) fall under CC 06/L-074 Art. 165 (60 to 144 months).
 */
const ART_165 = 'CC 06/L-074 Art. 165';
const row = (over: Record<string, unknown>) => ({
  court: 'Basic Court of Pristina',
  decision_type: 'FIRST_INSTANCE',
  offence_date: '2024-05-01',
  charged_provision: ART_165,
  convicted_provision: ART_165,
  verdict: 'CONVICTED',
  imprisonment_months: null,
  suspended: false,
  fine_eur: null,
  source_url: 'https://example.org/templates-test',
  provenance: 'OFFICIAL',
  ...over,
});

const ROWS = [
  // 72 months (within the range, over five years), 36 months (below), 24 months suspended (below).
  ...[
    { defendant: 'A.A.', imprisonment_months: 72 },
    { defendant: 'B.B.', imprisonment_months: 36 },
    { defendant: 'C.C.', imprisonment_months: 24, suspended: true },
  ].map((r) => row({ case_number: 'TPL-A/25', decision_date: '2025-03-10', ...r })),
  // A fine alone (below), 60 months and a fine (the minimum to five years).
  ...[
    { defendant: 'D.D.', fine_eur: 2000, suspended: null },
    { defendant: 'E.E.', imprisonment_months: 60, fine_eur: 1000 },
  ].map((r) =>
    row({
      case_number: 'TPL-B/25',
      court: 'Basic Court of Prizren',
      decision_date: '2025-06-20',
      provenance: 'REPORTED',
      ...r,
    }),
  ),
  // 30 months (below), raised to 66 on appeal.
  row({ case_number: 'TPL-C/25', decision_date: '2025-02-01', defendant: 'G.G.', imprisonment_months: 30 }),
  row({
    case_number: 'TPL-D/25',
    court: 'Court of Appeals',
    decision_type: 'APPEAL',
    decision_date: '2025-09-01',
    defendant: 'G.G.',
    imprisonment_months: 66,
    appeal_of_court: 'Basic Court of Pristina',
    appeal_of_case_number: 'TPL-C/25',
    appeal_outcome: 'MODIFIES',
  }),
  row({
    case_number: 'TPL-E/25',
    decision_date: '2025-04-04',
    defendant: 'H.H.',
    imprisonment_months: 12,
    provenance: 'SYNTHETIC',
    source_url: null,
  }),
];

const DATA_VERSION = /^law-revision=\d+; findings-version=\d+; read-at=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

let server: TestServer;
let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let monitorKey: string;
let editorKey: string;

beforeAll(async () => {
  scratch = await openScratchDatabase('kosovo_law_templates');
  server = await startTestServer(scratch.url);
  const keys = new ApiKeyService(unitOfWork(scratch.dataSource));
  monitorKey = (await keys.create('templates-monitor', 'monitor')).key;
  editorKey = (await keys.create('templates-editor', 'editor')).key;
}, 180_000); // migrations and seeds on a database of its own: slow on a busy machine

afterAll(async () => {
  await server?.close();
  await scratch?.close();
});

describe('the committed examples (docs/examples)', () => {
  // Rendered before the hand-made set below is imported: the seeds alone, as `npm run report:examples` uses them.
  it('are what the templates give on the seeded data today (else run `npm run report:examples`)', async () => {
    const figures = new FiguresService(
      scratch.dataSource,
      new CourtService(new CourtRepository(scratch.dataSource)),
      new LawService(new LawRepository(scratch.dataSource)),
    );
    for (const { file, text } of await renderExamples(figures)) {
      const committed = readFileSync(join(projectRoot(), EXAMPLES_DIR, file), 'utf8');
      expect([file, withoutDataVersion(committed)]).toEqual([file, withoutDataVersion(text)]);
    }
  });
});

describe('report templates over HTTP', () => {
  beforeAll(async () => {
    await new ImportService(unitOfWork(scratch.dataSource)).importFile(JSON.stringify(ROWS), 'json');
  });

  const get = (path: string, key: string | null = monitorKey) =>
    fetch(server.url.replace('/graphql', path), { headers: key ? { authorization: `Bearer ${key}` } : {} });

  it('writes the TIP paragraph of the hand-made set, with the data version in a header and at the end', async () => {
    const res = await get('/reports/tip.md?year=2025');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown; charset=utf-8/);
    expect(res.headers.get('x-data-version')).toMatch(DATA_VERSION);
    const text = await res.text();
    // Served, sorted: 0 (suspended) 0 (fine) 30 36 60 66 72; the median (rank 3) is 36 months. Below the minimum of
    // 60 months: 36, the suspended term, the fine and 30 (4 of 7).
    expect(text).toContain(
      'In 2025, courts convicted 7 defendants on 7 counts in 4 decisions (6 at first instance and 1 on appeal). ' +
        '4 of them were sentenced below the statutory minimum (57.1%). ' +
        'Terms of imprisonment to serve ranged from 2 years 6 months to 6 years. ' +
        'The median sentence served was 3 years (over the 7 counts with a known sentence, a suspended term or a fine alone counting as 0). ' +
        '1 count received a suspended sentence, and 1 count received a fine alone (2,000 €).',
    );
    const [, law, findings, readAt] = /^law-revision=(\d+); findings-version=(\d+); read-at=(\S+)$/.exec(
      res.headers.get('x-data-version')!,
    )!;
    expect(text.trimEnd().split('\n').pop()).toBe(
      `Data: law revision ${law}, findings version ${findings}, read ${readAt}.`,
    );
    expect(text).toContain(`${ART_165} (from 2019-01-14), 60 to 144 months: 7 counts`);
  });

  it('narrows to a court and to final findings, and says so', async () => {
    const prizren = await (
      await get('/reports/tip.md?year=2025&court=Osnovni%20sud%20u%20Prizrenu&lang=sr')
    ).text();
    expect(prizren).toContain(
      'U 2025. godini sudovi su izrekli 2 osude protiv 2 optužena, u ukupno 1 odluci',
    );
    const final = await (await get('/reports/bands.md?year=2025&finalOnly=true')).text();
    // TPL-C is reviewed by TPL-D: its 30 months leave the table.
    expect(final).toContain('| Below the statutory minimum | 3 | 50% |');
    expect(final).toContain('| **Total** | **6** | 100% |');
    expect(final).toMatch(/- Stages: only final findings are counted/);
    expect(final).toContain('/reports/findings.csv?year=2025&finalOnly=true');
  });

  it('writes the bands table in Serbian and the kinds of sentence in Albanian', async () => {
    const bands = await (await get('/reports/bands.md?year=2025&lang=sr')).text();
    expect(bands).toContain('| Ispod zakonskog minimuma | 4 | 57,1% |');
    expect(bands).toContain('| — od toga uslovna osuda | 1 |  |');
    expect(bands).toContain('| Od minimuma do 5 godina | 1 | 14,3% |');
    expect(bands).toContain('| Više od 5 godina | 2 | 28,6% |');
    const types = await get('/reports/types.md?year=2025&lang=sq');
    expect(types.headers.get('content-language')).toBe('sq');
    // (72 + 36 + 60 + 30 + 66) / 5 = 52.8 months to serve.
    expect(await types.text()).toContain(
      "| Burgim efektiv | 5 | 71,4% | 4 vjet e 4,8 muaj për t'u vuajtur |",
    );
  });

  it('counts synthetic examples only when asked, and then says they are not evidence', async () => {
    const text = await (await get('/reports/types.md?year=2025&includeSynthetic=true')).text();
    expect(text).toContain('**These figures include SYNTHETIC example decisions');
    expect(text).toContain('| **Total with a known sentence** | **8** | 100% |  |');
  });

  it('serves the counts behind a report: the CSV under the same scope, with the data version', async () => {
    const res = await get(
      '/reports/findings.csv?year=2025&provision=CCK%20Art.%20171&chain=true&finalOnly=true',
    );
    expect(res.status).toBe(200);
    const version = res.headers.get('x-data-version')!;
    expect(version).toMatch(DATA_VERSION);
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toMatch(/,source_url,data_version$/);
    expect(lines).toHaveLength(1 + 6);
    const [, law, findings, readAt] = /^law-revision=(\d+); findings-version=(\d+); read-at=(\S+)$/.exec(
      version,
    )!;
    for (const line of lines.slice(1))
      expect(line.endsWith(`,"law revision ${law}, findings version ${findings}, read ${readAt}"`)).toBe(
        true,
      );
    // Without the chain, only findings under CCK Art. 171 itself: none of these counts.
    const anchorOnly = await (await get('/reports/findings.csv?year=2025&provision=CCK%20Art.%20171')).text();
    expect(anchorOnly.trim().split('\n')).toHaveLength(1);
  });

  it('refuses what it cannot answer, with a code, and only to monitors', async () => {
    const cases: [string, string | null, number, string, RegExp][] = [
      ['/reports/tip.md?year=2025', null, 403, 'FORBIDDEN', /./],
      ['/reports/tip.md?year=2025&lang=de', monitorKey, 400, 'BAD_USER_INPUT', /must be en, sq or sr/],
      ['/reports/tip.md', monitorKey, 400, 'BAD_USER_INPUT', /needs its period/],
      ['/reports/tip.md?year=25', monitorKey, 400, 'BAD_USER_INPUT', /year must be a year/],
      [
        '/reports/tip.md?year=2025&finalOnly=yes',
        monitorKey,
        400,
        'BAD_USER_INPUT',
        /finalOnly must be true or false/,
      ],
      ['/reports/tip.md?year=2025&court=Nowhere', monitorKey, 404, 'NOT_FOUND', /No court is known/],
      [
        '/reports/findings.csv?year=2025&chain=maybe',
        monitorKey,
        400,
        'BAD_USER_INPUT',
        /chain must be true or false/,
      ],
    ];
    for (const [path, key, status, code, message] of cases) {
      const res = await get(path, key);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect([path, res.status, body.errors[0].extensions.code]).toEqual([path, status, code]);
      expect(body.errors[0].message).toMatch(message);
      expect(body.errors[0].message).not.toMatch(/undefined/);
    }
    expect((await get('/reports/tip.md?year=2025', editorKey)).status).toBe(200);
    expect((await get('/reports/summary.md?year=2025')).status).toBe(404);
  });
});

describe('report templates from the command line', () => {
  /** Runs the command as `npm run report` runs its compiled twin, against this test's database. */
  const report = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--require', '@swc-node/register', 'src/cli/report.ts', ...args],
        {
          cwd: projectRoot(),
          env: { ...process.env, DATABASE_URL: scratch.url },
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  it('writes a template in the language asked for', async () => {
    const { code, stdout, stderr } = await report(['--template', 'bands', '--year', '2025', '--lang', 'sr']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Kazne u odnosu na zakonski raspon, 2025\n/);
    expect(stdout).toContain('| Ispod zakonskog minimuma | 4 | 57,1% |');
    expect(stdout).toMatch(/\nPodaci: revizija zakona \d+, verzija nalaza \d+, očitano \S+Z\.\n$/);
  }, 120_000); // compiles the command from source: slow on a busy machine

  it('says what is wrong with a bad request, and exits non-zero', async () => {
    const unknown = await report(['--template', 'summary', '--year', '2025']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('The template must be one of tip, bands, types; it was "summary".\n');
    const csv = await report(['--template', 'tip', '--year', '2025', '--format', 'csv']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/^Usage: npm run report/);
    const noYear = await report(['--template', 'tip']);
    expect(noYear.code).toBe(1);
    expect(noYear.stderr).toMatch(/needs its period/);
  }, 120_000); // compiles the command from source three times: slow on a busy machine
});
