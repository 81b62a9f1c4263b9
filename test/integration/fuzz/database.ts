/**
 * The database: what it must hold before, during and after the run (no partial write). The baseline is the ids
 * the seeded database held before the first operation; every row written since must have an audit entry by the
 * fuzz's editor key or come from an imported file (its case number starts with one of the import tags).
 */
import type { DataSource } from 'typeorm';

export interface Baseline {
  decisions: Set<string>;
  defendants: Set<string>;
  counts: Set<string>;
  versions: Set<string>;
  penalties: Set<string>;
}

/** What `databaseProblems` compares against. */
export interface Expectations {
  /** The actor every audit entry must name. */
  editorName: string;
  baseline: Baseline;
  /** The case-number prefixes of the files imported so far. */
  importTags: string[];
}

export const idSet = async (db: DataSource, sql: string, params: unknown[] = []) =>
  new Set<string>((await db.query(sql, params)).map((r: { id: string }) => r.id));

export async function snapshot(db: DataSource): Promise<Baseline> {
  const ids = (sql: string) => idSet(db, sql);
  return {
    decisions: await ids(`SELECT id FROM decision`),
    defendants: await ids(`SELECT id FROM defendant`),
    counts: await ids(`SELECT id FROM criminal_count`),
    versions: await ids(`SELECT id FROM provision_version`),
    penalties: await ids(`SELECT id FROM penalty`),
  };
}

const DECISION_STATE = `SELECT id, court_id AS "courtId", case_number AS "caseNumber",
    to_char(decision_date, 'YYYY-MM-DD') AS "decisionDate", decision_date_precision AS "decisionDatePrecision",
    decision_type AS "decisionType", is_final AS "isFinal", to_char(final_on, 'YYYY-MM-DD') AS "finalOn", language,
    presiding_judge AS "presidingJudge", summary, redacted_text AS "redactedText", source_url AS "sourceUrl",
    source_note AS "sourceNote", provenance, source_url_withheld AS "sourceUrlWithheld",
    (SELECT count(*)::int FROM decision_protected_name p WHERE p.decision_id = d.id AND p.removed_at IS NULL)
      AS "protectedNames"
  FROM decision d WHERE id = ANY($1::uuid[])`;
const COUNT_STATE = `SELECT id, to_char(offence_date, 'YYYY-MM-DD') AS "offenceDate", charged_citation AS "chargedCitation",
    charged_provision_id AS "chargedProvisionId", convicted_citation AS "convictedCitation",
    convicted_provision_id AS "convictedProvisionId", verdict, imprisonment_months::float AS "imprisonmentMonths",
    suspended, fine_eur::float AS "fineEur", circumstances, mitigation_cited AS "mitigationCited", note
  FROM criminal_count WHERE id = ANY($1::uuid[])`;

const differences = (expected: Record<string, unknown>, actual: Record<string, unknown>) =>
  Object.keys(expected).filter((k) => JSON.stringify(expected[k]) !== JSON.stringify(actual[k]));

/**
 * Everything the database must hold, guaranteed by a constraint or not: a finding exactly for each conviction;
 * every audited write visible as its audit entry says (and nothing written without one); every decision created
 * or deleted during the run on its way to the search index.
 */
export async function databaseProblems(db: DataSource, expected: Expectations): Promise<string[]> {
  const { editorName, baseline, importTags } = expected;
  const ids = (sql: string, params: unknown[] = []) => idSet(db, sql, params);
  const problems: string[] = [];
  const mismatched = await db.query(
    `SELECT c.id, c.verdict FROM criminal_count c LEFT JOIN finding f ON f.count_id = c.id
      WHERE (c.verdict IS NOT DISTINCT FROM 'CONVICTED') <> (f.count_id IS NOT NULL) LIMIT 5`,
  );
  for (const r of mismatched)
    problems.push(`count ${r.id} (${r.verdict}) has a finding iff it is not a conviction`);
  const others = await db.query(`SELECT DISTINCT actor_name FROM audit_log WHERE actor_name <> $1`, [
    editorName,
  ]);
  if (others.length) problems.push(`audit rows by others: ${others.map((r: any) => r.actor_name)}`);

  const audit: { id: string; action: string; type: string; entity: string; before: any; after: any }[] =
    await db.query(
      `SELECT id::int, action, entity_type AS type, entity_id AS entity, before, after FROM audit_log ORDER BY id`,
    );
  const last = new Map<string, (typeof audit)[number]>();
  for (const a of audit) last.set(`${a.type}|${a.entity}`, a);
  const deletedLater = (types: string[], after: string, parent?: string) =>
    audit.some(
      (a) =>
        Number(a.id) > Number(after) &&
        types.includes(a.type) &&
        a.action.startsWith('delete') &&
        (parent === undefined || a.entity === parent),
    );
  const byType = (type: string) => [...last.values()].filter((a) => a.type === type);
  const state = async (sql: string, entities: string[]) =>
    new Map<string, any>((await db.query(sql, [entities])).map((r: any) => [r.id, r]));

  /**
   * Every entity of a type as its last audit entry left it: deleted and gone, or there as written. One gone without
   * a delete of its own must have gone with what held it (`goneWith`); `gone` says what is wrong when it did not.
   */
  const asAudited = async (
    type: string,
    noun: string,
    sql: string,
    goneWith: (a: (typeof audit)[number]) => boolean,
    gone: string,
  ) => {
    const entries = byType(type);
    const current = await state(
      sql,
      entries.map((a) => a.entity),
    );
    for (const a of entries) {
      const now = current.get(a.entity);
      if (a.action === `delete${type}`) {
        if (now) problems.push(`${noun} ${a.entity} is deleted in the audit log but exists`);
      } else if (now) {
        const diff = differences(a.after, now);
        if (diff.length) problems.push(`${noun} ${a.entity} differs from its last audit entry in ${diff}`);
      } else if (!goneWith(a)) problems.push(`${noun} ${a.entity} (${a.action}) is gone${gone}`);
    }
  };
  await asAudited('Decision', 'decision', DECISION_STATE, () => false, ' without a deleteDecision');
  await asAudited(
    'Defendant',
    'defendant',
    `SELECT id, decision_id AS "decisionId", label FROM defendant WHERE id = ANY($1::uuid[])`,
    (a) => deletedLater(['Decision'], a.id, a.after.decisionId),
    ', its decision is not deleted',
  );
  await asAudited(
    'Count',
    'count',
    COUNT_STATE,
    (a) => deletedLater(['Decision', 'Defendant'], a.id),
    ', its defendant or decision is not deleted',
  );
  const versions = byType('ProvisionVersion');
  const versionNow = await ids(`SELECT id FROM provision_version WHERE id = ANY($1::uuid[])`, [
    versions.map((a) => a.entity),
  ]);
  for (const a of versions)
    if (!versionNow.has(a.entity)) problems.push(`provision version ${a.entity} is gone`);
  const penalties = byType('Penalty');
  const penaltyNow = await state(
    `SELECT id, source_url AS url, source_document AS document, verification, source_note AS note
       FROM penalty WHERE id = ANY($1::uuid[])`,
    penalties.map((a) => a.entity),
  );
  for (const a of penalties) {
    const now = penaltyNow.get(a.entity);
    if (!now) problems.push(`penalty ${a.entity} is gone`);
    else if (differences(a.after, now).length)
      problems.push(`penalty ${a.entity} differs from its audit entry`);
  }

  // Nothing new without an audit entry (the importer's decisions aside).
  const now = await snapshot(db);
  const imported = await ids(`SELECT id FROM decision WHERE case_number LIKE ANY($1)`, [
    importTags.map((t) => `${t}-%`),
  ]);
  const audited = (action: string) => new Set(audit.filter((a) => a.action === action).map((a) => a.entity));
  const unaudited = (
    kind: string,
    current: Set<string>,
    before: Set<string>,
    created: Set<string>,
    skip: Set<string>,
  ) => {
    const extra = [...current].filter((id) => !before.has(id) && !created.has(id) && !skip.has(id));
    if (extra.length)
      problems.push(`${extra.length} ${kind} written without an audit entry, e.g. ${extra[0]}`);
  };
  const ofImported = async (table: string) =>
    ids(`SELECT id FROM ${table} WHERE decision_id = ANY($1::uuid[])`, [[...imported]]);
  unaudited('decisions', now.decisions, baseline.decisions, audited('createDecision'), imported);
  unaudited(
    'defendants',
    now.defendants,
    baseline.defendants,
    audited('addDefendant'),
    await ofImported('defendant'),
  );
  unaudited('counts', now.counts, baseline.counts, audited('addCount'), await ofImported('criminal_count'));
  unaudited('provision versions', now.versions, baseline.versions, audited('addProvisionVersion'), new Set());
  const newPenalties = [...now.penalties].filter((id) => !baseline.penalties.has(id));
  const ofNewVersions = await ids(`SELECT id FROM penalty WHERE provision_version_id = ANY($1::uuid[])`, [
    [...audited('addProvisionVersion')],
  ]);
  if (newPenalties.some((id) => !ofNewVersions.has(id)))
    problems.push('penalties written outside a new version');

  // Created and deleted decisions are on their way to the search index.
  const touched = [...new Set([...audited('createDecision'), ...audited('deleteDecision'), ...imported])];
  const unindexed = await db.query(
    `SELECT t.id, EXISTS (SELECT 1 FROM decision d WHERE d.id::text = t.id) AS present
       FROM unnest($1::text[]) AS t(id)
      WHERE NOT EXISTS (SELECT 1 FROM search_outbox o WHERE o.document_id = 'decision-' || t.id)
        AND (EXISTS (SELECT 1 FROM decision d WHERE d.id::text = t.id)
             <> EXISTS (SELECT 1 FROM search_document s WHERE s.id = 'decision-' || t.id))`,
    [touched],
  );
  for (const r of unindexed.slice(0, 5)) {
    problems.push(
      `decision ${r.id} (${r.present ? 'present' : 'deleted'}) has no outbox row and a stale index`,
    );
  }
  return problems;
}
