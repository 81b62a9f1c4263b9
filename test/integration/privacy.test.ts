/**
 * Issue 15, through the real GraphQL server and PostgreSQL: protected names are absent from every public answer
 * (decision, decisions, sentencingFindings, search highlights), from the stored search documents and from the search
 * dictionary, whatever form they take; protection is never lost by omission; nothing of a deleted text remains.
 */
import { ApiKeyService } from '../../src/access/api-key.service';
import { unitOfWork } from '../../src/db/unit-of-work';
import { ImportService } from '../../src/import/import.service';
import { redactEveryDecision } from '../../src/privacy/protection.service';
import { uniqueTag } from './factories';
import { startTestServer, type TestServer } from './harness';
import { fillPostgresIndex } from '../../src/app/app';

let server: TestServer;
const keys: Record<'monitor' | 'editor' | 'admin', string> = { monitor: '', editor: '', admin: '' };
const as = (role: keyof typeof keys) => ({ authorization: `Bearer ${keys[role]}` });

beforeAll(async () => {
  server = await startTestServer();
  const apiKeys = new ApiKeyService(unitOfWork(server.dataSource));
  const tag = uniqueTag();
  for (const role of ['monitor', 'editor', 'admin'] as const) {
    keys[role] = (await apiKeys.create(`privacy-${role}-${tag}`, role)).key;
  }
});
afterAll(() => server.close());

const drain = () => fillPostgresIndex(server.dataSource);

const NAMES = ['Ardita Krasniqi', 'Марија Петровић'];
/** The forms the audit found published verbatim, in one text. */
const DISGUISED = [
  'Ardita Krasniqe',
  'Ardita Krasnichi',
  'Ардита Красники',
  'Marija Petrovitch',
  'Marija Petrovikj',
  'Maria Petrovic',
  'Mariya Petrovich',
  'A.K.',
  'A. K.',
  'M.P.',
  'М.П.',
  'Ardita K.',
  'Arditas',
  'Marijina',
  'Petrovićeva',
  'Петровићевог',
  'Ardi-\nta Kras-\nniqi',
  'Мари-\nја Петро-\nвић',
  'Ar\u00ADdita',
  '?v=ArditaKrasniqi',
  'arditakrasniqi@example.com',
  'akrasniqi@example.com',
  'marijapetrovic@example.rs',
  'Ardit%C3%ABn',
  '%D0%9C%D0%B0%D1%80%D0%B8%D1%98%D0%B0',
  'Ard\u200Bita',
  'Kras\u200Cniqi',
  'Mari\u200Dja',
  'Petro\u2060vić',
  'Ardi\uFEFFta',
  'Ard\u0456ta',
  'Kra\u0455niqi',
  '\u0391rdita',
  'Ard\u0131ta',
  '\uFF21\uFF52\uFF44\uFF49\uFF54\uFF41',
  '\u{1D400}\u{1D42B}\u{1D41D}\u{1D422}\u{1D42D}\u{1D41A}',
  'A r d i t a',
].join(', ');

/** Any trace of either name, after undoing what the disguises do. */
function leaks(value: unknown): boolean {
  const text = JSON.stringify(value)
    .normalize('NFKD')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]|\\u00ad|\\u200[bcd]|\\u2060|\\ufeff/gi, '')
    .replace(/\u0456/g, 'i')
    .replace(/\u0455/g, 's')
    .replace(/\u0391/g, 'A')
    .replace(/\u0131/g, 'i')
    .replace(/-\\n/g, '')
    .replace(/(?<=\b\w) (?=\w\b)/g, '');
  return /ardit|krasni|kra-?sni|marij|mariy|petrovi|петров|мари|ардит|красни|%d0|%c3|a\.\s?k\.|m\.\s?p\.|м\.п\./i.test(
    text,
  );
}

const CREATE = `
  mutation($input: DecisionInput!) {
    createDecision(input: $input) { ok error { message inputErrors { field message } } decision { id caseNumber } }
  }`;
const UPDATE = `
  mutation($id: ID!, $input: DecisionInput!) {
    updateDecision(id: $id, input: $input) {
      ok error { inputErrors { field message } } decision { summary text protectedNames }
    }
  }`;

const decisionInput = (over: Record<string, unknown> = {}) => ({
  caseNumber: `${uniqueTag()}/24`,
  court: 'Basic Court of Prizren',
  date: '2024-03-01',
  decisionType: 'FIRST_INSTANCE',
  provenance: 'SYNTHETIC',
  language: 'sq',
  ...over,
});

async function createWithCount(input: Record<string, unknown>, note: string) {
  const created = await server.gql(CREATE, { input: decisionInput(input) }, as('editor'));
  expect(created.body.data!.createDecision.error).toBeNull();
  const { id, caseNumber } = created.body.data!.createDecision.decision;
  const defendant = await server.gql(
    `mutation($id: ID!) { addDefendant(decisionId: $id, label: "B.K.") { ok defendant { id } } }`,
    { id },
    as('editor'),
  );
  const count = await server.gql(
    `mutation($id: ID!, $input: CountInput!) { addCount(defendantId: $id, input: $input) { ok count { id note } } }`,
    {
      id: defendant.body.data!.addDefendant.defendant.id,
      input: {
        offenceDate: '2023-05-01',
        chargedProvision: 'CC 06/L-074 Art. 165',
        convictedProvision: 'CC 06/L-074 Art. 165',
        verdict: 'CONVICTED',
        imprisonmentMonths: 24,
        note,
      },
    },
    as('editor'),
  );
  expect(count.body.data!.addCount.ok).toBe(true);
  return { id: id as string, caseNumber: caseNumber as string, countId: count.body.data!.addCount.count.id };
}

describe('privacy: no name form reaches a public answer, the search index or its dictionary', () => {
  it('redacts every audited form from every public field, the source address and the counts’ notes', async () => {
    const tag = `w${uniqueTag().toLowerCase()}`;
    const { id } = await createWithCount(
      {
        summary: `Rekrutimi ${tag} i ${DISGUISED}.`,
        text: `E dëmtuara: ${DISGUISED}. Svedokinja: ${DISGUISED}.`,
        sourceNote: `Reported by a neighbour of Ardita K.`,
        sourceUrl: 'https://news.example/ardita-krasniqi-marija-petrovic?ref=1',
        presidingJudge: 'Agim Berisha',
        protectedNames: NAMES,
      },
      `Victim ${DISGUISED} was 16.`,
    );
    await drain();
    const publicFields = `caseNumber summary text sourceNote sourceUrl sourceUrlWithheld presidingJudge
      counts { note }`;
    const answers = await Promise.all([
      server.gql(`query($id: ID!) { decision(id: $id) { ${publicFields} } }`, { id }),
      server.gql(`{ decisions(first: 100, filter: { yearFrom: 2024, yearTo: 2024 }) {
        edges { node { ${publicFields} } } } }`),
      server.gql(`{ sentencingFindings(first: 100, filter: { yearFrom: 2024, yearTo: 2024 }) {
        edges { node { count { note } decision { ${publicFields} } } } } }`),
      ...['Ardita', 'Krasniqi', 'Krasniqe', 'Marija', 'Petrović', 'Petrovic', 'ArditaKrasniqi', tag].map(
        (q) =>
          server.gql(`query($q: String!) { search(query: $q) { edges { node { title highlight } } } }`, {
            q,
          }),
      ),
      server.gql(`query($id: ID!) { decision(id: $id) { ${publicFields} } }`, { id }, as('monitor')),
    ]);
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      expect(leaks(answer.body)).toBe(false);
    }
    const decision = answers[0].body.data!.decision;
    expect(decision.text).toContain('[REDACTED]');
    expect(decision.presidingJudge).toBe('Agim Berisha');
    expect(decision.sourceUrl).toBe('https://news.example/');
    expect(decision.sourceUrlWithheld).toBe(true);
    expect(decision.counts[0].note).toMatch(/^Victim \[REDACTED\]/);
    expect(answers[2].body.data!.sentencingFindings.edges.length).toBeGreaterThan(0);
    // The decision is found by a word of its summary, and its highlight holds no name.
    expect(answers.at(-2)!.body.data!.search.edges).toHaveLength(1);
    expect(answers.at(-2)!.body.data!.search.edges[0].node.highlight).toContain('[REDACTED]');

    const stored = await server.dataSource.query(
      `SELECT s.title, s.summary, s.body, s.body_folded, s.summary_folded, s.citations
         FROM search_document s WHERE s.entity_id = $1`,
      [id],
    );
    expect(stored).toHaveLength(1);
    expect(leaks(stored)).toBe(false);
    const words: { word: string }[] = await server.dataSource.query(
      `SELECT word FROM search_word WHERE word ~ '^(ardit|krasni|marij|mariy|petrovi|arditakrasniqi)'`,
    );
    expect(words).toEqual([]);
  });

  it('shows admins an audit log whose entries hold redacted texts and a count of names, never the names', async () => {
    const { id } = await createWithCount(
      { summary: 'Ardita Krasniqi testified.', protectedNames: NAMES },
      'Marija Petrović saw it.',
    );
    const log = await server.gql(
      `query($id: String!) { auditLog(entityId: $id) { edges { node { action before after } } } }`,
      { id },
      as('admin'),
    );
    expect(log.body.data!.auditLog.edges.map((e: any) => e.node.action)).toEqual(['createDecision']);
    expect(log.body.data!.auditLog.edges[0].node.after.protectedNames).toBe(2);
    expect(leaks(log.body)).toBe(false);
    const counts = await server.dataSource.query(
      `SELECT before, after FROM audit_log WHERE entity_type = 'Count' AND after->>'note' LIKE '%REDACTED%'
          AND entity_id IN (SELECT id::text FROM criminal_count WHERE decision_id = $1)`,
      [id],
    );
    expect(counts).toHaveLength(1);
    expect(leaks(counts)).toBe(false);
    const editorLog = await server.gql(`{ auditLog { edges { node { after } } } }`, undefined, as('editor'));
    expect(editorLog.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('privacy: protection is never lost by omission', () => {
  it('keeps the names when an update omits them, and redacts the update against them', async () => {
    const input = decisionInput({ summary: 'First version.', protectedNames: NAMES });
    const created = await server.gql(CREATE, { input }, as('editor'));
    const { id } = created.body.data!.createDecision.decision;
    const withoutNames = {
      ...input,
      protectedNames: undefined,
      summary: 'Ardita Krasniqi and Marija testified.',
    };
    const updated = await server.gql(UPDATE, { id, input: withoutNames }, as('editor'));
    expect(updated.body.data!.updateDecision.error).toBeNull();
    expect(updated.body.data!.updateDecision.decision.summary).toBe('[REDACTED] and [REDACTED] testified.');
    expect(updated.body.data!.updateDecision.decision.protectedNames).toEqual(NAMES);
    // A list without one of the names keeps it too.
    const fewer = await server.gql(
      UPDATE,
      { id, input: { ...withoutNames, protectedNames: ['Ardita Krasniqi'], summary: 'Petrović' } },
      as('editor'),
    );
    expect(fewer.body.data!.updateDecision.decision).toMatchObject({
      summary: '[REDACTED]',
      protectedNames: NAMES,
    });
    await drain();
    const found = await server.gql(`{ search(query: "Krasniqi") { edges { node { decision { id } } } } }`);
    expect(found.body.data!.search.edges.map((e: any) => e.node.decision?.id)).not.toContain(id);
  });

  it('redacts the stored notes of counts again when a name is added', async () => {
    const { id, countId } = await createWithCount(
      { protectedNames: ['Ardita Krasniqi'] },
      'Drita Morina saw it.',
    );
    const input = decisionInput({ protectedNames: ['Drita Morina'] });
    const { caseNumber } = (await server.gql(`query($id: ID!) { decision(id: $id) { caseNumber } }`, { id }))
      .body.data!.decision;
    const updated = await server.gql(UPDATE, { id, input: { ...input, caseNumber } }, as('editor'));
    expect(updated.body.data!.updateDecision.decision.protectedNames).toEqual([
      'Ardita Krasniqi',
      'Drita Morina',
    ]);
    const [{ note }] = await server.dataSource.query(`SELECT note FROM criminal_count WHERE id = $1`, [
      countId,
    ]);
    expect(note).toBe('[REDACTED] saw it.');
  });

  it('removes a name only by an admin’s explicit, audited act with a reason; the history keeps it', async () => {
    const created = await server.gql(
      CREATE,
      { input: decisionInput({ protectedNames: NAMES }) },
      as('editor'),
    );
    const { id } = created.body.data!.createDecision.decision;
    const REMOVE = `mutation($id: ID!, $name: String!, $reason: String!) {
      removeProtectedName(decisionId: $id, name: $name, reason: $reason) {
        ok error { inputErrors { field message } } decision { protectedNames }
      } }`;
    const byEditor = await server.gql(
      REMOVE,
      { id, name: 'Ardita Krasniqi', reason: 'entered by mistake' },
      as('editor'),
    );
    expect(byEditor.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const noReason = await server.gql(REMOVE, { id, name: 'Ardita Krasniqi', reason: '  ' }, as('admin'));
    expect(noReason.body.data!.removeProtectedName.error.inputErrors[0].field).toBe('reason');
    const unknown = await server.gql(REMOVE, { id, name: 'Drita Morina', reason: 'not hers' }, as('admin'));
    expect(unknown.body.data!.removeProtectedName.error.inputErrors[0].field).toBe('name');
    const removed = await server.gql(
      REMOVE,
      {
        id,
        name: 'ARDITA KRASNIQI',
        reason: 'The defendant, not the victim: Ardita Krasniqi was entered here.',
      },
      as('admin'),
    );
    expect(removed.body.data!.removeProtectedName).toMatchObject({
      ok: true,
      decision: { protectedNames: ['Марија Петровић'] },
    });
    const history = await server.gql(
      `query($id: ID!) { decision(id: $id) { protectedNameHistory { name removedAt removedBy removalReason } } }`,
      { id },
      as('editor'),
    );
    expect(history.body.data!.decision.protectedNameHistory).toEqual([
      {
        name: 'Ardita Krasniqi',
        removedAt: expect.any(String),
        removedBy: expect.stringMatching(/^privacy-admin-/),
        removalReason: 'The defendant, not the victim: [REDACTED] was entered here.',
      },
      { name: 'Марија Петровић', removedAt: null, removedBy: null, removalReason: null },
    ]);
    const log = await server.gql(
      `query($id: String!) { auditLog(entityId: $id, first: 1) { edges { node { action before after } } } }`,
      { id },
      as('admin'),
    );
    expect(log.body.data!.auditLog.edges[0].node).toEqual({
      action: 'removeProtectedName',
      before: { protectedNames: 2 },
      after: { protectedNames: 1, reason: 'The defendant, not the victim: [REDACTED] was entered here.' },
    });
    const anonymous = await server.gql(
      `query($id: ID!) { decision(id: $id) { protectedNameHistory { name } } }`,
      { id },
    );
    expect(anonymous.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('privacy: editors preview what the public will see', () => {
  const PREVIEW = `query($id: ID, $input: RedactionPreviewInput!) {
    previewRedaction(decisionId: $id, input: $input) {
      ok error { inputErrors { field message } }
      preview {
        protectedNames redactions
        text { public segments { text redacted reason names } }
        sourceUrl { public withheld }
        countNotes { public }
      }
    } }`;

  it('marks each redaction, says why and whose name, and stores nothing', async () => {
    const before = await server.dataSource.query(`SELECT count(*)::int AS n FROM decision`);
    const answer = await server.gql(
      PREVIEW,
      {
        input: {
          protectedNames: NAMES,
          text: 'Ardita Krasniqe met M.P. in Prizren.',
          sourceUrl: 'https://ardita-krasniqi.example.org/story',
          countNotes: ['Marijina sister'],
        },
      },
      as('editor'),
    );
    const { preview } = answer.body.data!.previewRedaction;
    expect(preview.text).toEqual({
      public: '[REDACTED] met [REDACTED] in Prizren.',
      segments: [
        { text: 'Ardita Krasniqe', redacted: true, reason: 'NAME', names: ['Ardita Krasniqi'] },
        { text: ' met ', redacted: false, reason: null, names: [] },
        { text: 'M.P.', redacted: true, reason: 'INITIALS', names: ['Марија Петровић'] },
        { text: ' in Prizren.', redacted: false, reason: null, names: [] },
      ],
    });
    expect(preview.sourceUrl).toEqual({ public: null, withheld: true });
    expect(preview.countNotes).toEqual([{ public: '[REDACTED] sister' }]);
    expect(preview.redactions).toBe(4);
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM decision`)).toEqual(before);
  });

  it('uses the names a decision protects, and is for editors only', async () => {
    const created = await server.gql(
      CREATE,
      { input: decisionInput({ protectedNames: NAMES }) },
      as('editor'),
    );
    const { id } = created.body.data!.createDecision.decision;
    const answer = await server.gql(PREVIEW, { id, input: { text: 'Petrović' } }, as('editor'));
    expect(answer.body.data!.previewRedaction.preview.text.public).toBe('[REDACTED]');
    expect(answer.body.data!.previewRedaction.preview.protectedNames).toEqual(NAMES);
    const bad = await server.gql(PREVIEW, { input: { protectedNames: ['A. K.'] } }, as('editor'));
    expect(bad.body.data!.previewRedaction.error.inputErrors[0].field).toBe('protectedNames');
    for (const headers of [undefined, as('monitor')]) {
      const refused = await server.gql(PREVIEW, { input: { text: 'x' } }, headers);
      expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });
});

describe('privacy: nothing derived from a deleted or redacted text remains', () => {
  it('empties the search dictionary of a deleted decision’s words', async () => {
    const word = `zqx${uniqueTag().toLowerCase()}`;
    const created = await server.gql(
      CREATE,
      { input: decisionInput({ text: `Gjykata dëgjoi ${word} dhe ${word}zz.` }) },
      as('editor'),
    );
    const { id } = created.body.data!.createDecision.decision;
    await drain();
    const held = () =>
      server.dataSource.query(`SELECT word FROM search_word WHERE word LIKE $1 ORDER BY word`, [`${word}%`]);
    expect((await held()).map((r: any) => r.word)).toEqual([word, `${word}zz`]);
    await server.gql(`mutation($id: ID!) { deleteDecision(id: $id) { ok } }`, { id }, as('editor'));
    await drain();
    expect(await held()).toEqual([]);
  });

  it('drops the words a re-redaction took out, and keeps those another document still holds', async () => {
    const word = `qzx${uniqueTag().toLowerCase()}`;
    const other = await server.gql(CREATE, { input: decisionInput({ text: `Also ${word}.` }) }, as('editor'));
    expect(other.body.data!.createDecision.ok).toBe(true);
    const input = decisionInput({ text: `Dëshmitarja Drita Morina dhe ${word}.` });
    const created = await server.gql(CREATE, { input }, as('editor'));
    const { id } = created.body.data!.createDecision.decision;
    await drain();
    const held = (w: string) => server.dataSource.query(`SELECT 1 FROM search_word WHERE word = $1`, [w]);
    expect(await held('morina')).toHaveLength(1);
    await server.gql(UPDATE, { id, input: { ...input, protectedNames: ['Drita Morina'] } }, as('editor'));
    await drain();
    const stillIndexed = await server.dataSource.query(
      `SELECT 1 FROM search_document WHERE body_folded LIKE '%morina%'`,
    );
    expect(await held('morina')).toHaveLength(stillIndexed.length > 0 ? 1 : 0);
    expect(await held(word)).toHaveLength(1);
  });
});

describe('privacy: the import redacts count notes and source addresses, and only adds names', () => {
  it('redacts count_note and source_url, and keeps the names a re-import leaves out', async () => {
    const importer = new ImportService(unitOfWork(server.dataSource), 'inline');
    const caseNumber = `${uniqueTag()}/19`;
    const row = {
      case_number: caseNumber,
      court: 'Basic Court of Pristina',
      decision_date: '2019-06-15',
      decision_type: 'FIRST_INSTANCE',
      final: true,
      defendant: 'A.B.',
      offence_date: '2018-09-01',
      charged_provision: 'CCK Art. 171',
      convicted_provision: 'CCK Art. 171',
      verdict: 'CONVICTED',
      imprisonment_months: 42,
      provenance: 'SYNTHETIC',
      source_url: 'https://news.example/ardita-krasniqi-marija-petrovic',
      count_note: 'The victim, Ardita Krasnichi, was 16.',
      summary: 'Trafficking of Ardita Krasniqi.',
      protected_names: NAMES,
    };
    await importer.importFile(JSON.stringify([row]), 'json');
    const stored = async () =>
      (
        await server.dataSource.query(
          `SELECT d.summary, d.source_url AS "sourceUrl", d.source_url_withheld AS withheld, c.note,
                  (SELECT array_agg(name ORDER BY name) FROM decision_protected_name p
                    WHERE p.decision_id = d.id AND removed_at IS NULL) AS names
             FROM decision d JOIN criminal_count c ON c.decision_id = d.id WHERE d.case_number = $1`,
          [caseNumber],
        )
      )[0];
    expect(await stored()).toEqual({
      summary: 'Trafficking of [REDACTED].',
      sourceUrl: 'https://news.example/',
      withheld: true,
      note: 'The victim, [REDACTED], was 16.',
      names: [...NAMES].sort(),
    });
    // A changed file without the names: they stay, and the new texts are redacted against them.
    const { protected_names: _, ...withoutNames } = row;
    await importer.importFile(
      JSON.stringify([{ ...withoutNames, summary: 'Marija Petrović testified.', imprisonment_months: 48 }]),
      'json',
    );
    expect(await stored()).toMatchObject({
      summary: '[REDACTED] testified.',
      note: 'The victim, [REDACTED], was 16.',
      names: [...NAMES].sort(),
    });
    const csv = await fetch(server.url.replace('/graphql', `/reports/findings.csv?year=2019`), {
      headers: as('monitor'),
    });
    expect(leaks(await csv.text())).toBe(false);
  });
});

describe('privacy: texts stored by an earlier redaction are redacted again', () => {
  it('npm run redact rewrites what an earlier version let through, and queues the search documents', async () => {
    const created = await server.gql(
      CREATE,
      { input: decisionInput({ summary: 'Placeholder.', protectedNames: NAMES }) },
      as('editor'),
    );
    const { id } = created.body.data!.createDecision.decision;
    // As an earlier redaction stored it: the forms it missed, verbatim.
    await server.dataSource.query(
      `UPDATE decision SET summary = 'Ardita K. and Krasniqe', source_url = 'https://x.example/ArditaKrasniqi'
        WHERE id = $1`,
      [id],
    );
    await drain();
    const result = await redactEveryDecision(unitOfWork(server.dataSource));
    expect(result.changed).toBeGreaterThanOrEqual(1);
    const [stored] = await server.dataSource.query(
      `SELECT summary, source_url AS "sourceUrl", source_url_withheld AS withheld FROM decision WHERE id = $1`,
      [id],
    );
    expect(stored).toEqual({
      summary: '[REDACTED] and [REDACTED]',
      sourceUrl: 'https://x.example/',
      withheld: true,
    });
    const queued = await server.dataSource.query(`SELECT 1 FROM search_outbox WHERE document_id = $1`, [
      `decision-${id}`,
    ]);
    expect(queued.length).toBeGreaterThan(0);
    const updatedAt = `SELECT updated_at FROM decision WHERE id = $1`;
    const [before] = await server.dataSource.query(updatedAt, [id]);
    await redactEveryDecision(unitOfWork(server.dataSource));
    expect(await server.dataSource.query(updatedAt, [id])).toEqual([before]);
  });
});
