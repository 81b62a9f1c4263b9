import { createHash } from 'node:crypto';
import { newId } from '../db/ids';
import { evaluateBatch } from '../compliance/compliance.service';
import { FindingTallyRepository } from '../compliance/finding-tally.repository';
import { findingCopy, FindingRepository } from '../compliance/finding.repository';
import { LawSnapshot } from '../compliance/law-snapshot';
import { lockWrites } from '../db/write-lock';
import { LawRepository } from '../law/law.repository';
import type { Db, UnitOfWork } from '../db/unit-of-work';
import { decisionDocumentId } from '../search/documents';
import { enqueueDocuments } from '../search/search.service';
import { catalogueOf, parseCitationOrFail, pickCandidate } from '../law/law.service';
import type { ProvisionEntity } from '../law/law.entity';
import type { IsoDate } from '../law/law.model';
import { DomainError } from '../shared/errors';
import { redact, validateProtectedNames } from '../privacy/redact';
import { foldText } from '../shared/fold';
import { nextTurn } from '../shared/next-turn';
import { rampedBatches } from '../shared/batches';
import type { CountWrite, DecisionWrite, ImportSummary } from './import.model';
import { contentBatch, decisionBatch, ImportRepository, type ImportCatalogue } from './import.repository';
import { parseImportFile, type ImportRow, type RowProblem } from './import.rows';

export class ImportRejectedError extends DomainError {
  constructor(readonly problems: RowProblem[]) {
    super('BAD_USER_INPUT', `The file was rejected; nothing was imported. ${problems.length} problem(s).`, {
      problems,
    });
  }
}

export type ImportProgress = (done: number, total: number) => void;

/** Decisions per set-based write. */
const IMPORT_BATCH = 1000;
/** The first batch is hashed and serialised with the server idle: kept short (see rampedBatches). */
const FIRST_IMPORT_BATCH = 100;

/** Decision-level fields every row of one decision must agree on. */
const DECISION_FIELDS = ['decisionDate', 'decisionType', 'final', 'sourceUrl', 'provenance'] as const;

/**
 * Bulk import of decisions, one row per count. A file imports whole or not at all: every row is checked and
 * resolved (courts by alias, provisions by citation) before anything is written, and the writes share one
 * transaction. A decision whose content is unchanged is skipped, so importing the same file twice adds nothing.
 */
export class ImportService {
  constructor(private readonly uow: UnitOfWork) {}

  async importFile(
    content: string,
    format: 'csv' | 'json',
    progress?: ImportProgress,
  ): Promise<ImportSummary> {
    const parsed = parseImportFile(content, format);
    const catalogue = await new ImportRepository(this.uow.db).catalogue();
    const problems = [...parsed.problems];
    const decisions = groupDecisions(parsed.rows, new Resolver(catalogue), problems);
    await this.checkAppealTargets(decisions, problems);
    if (problems.length) throw new ImportRejectedError(problems.sort((a, b) => a.line - b.line));

    return this.uow
      .transaction((tx) => this.write(tx, decisions, parsed.rows.length, progress))
      .catch((e) => {
        if (e instanceof DomainError) throw e;
        // Everything was checked first, so this is a race (another import of the same decision) or a rule only the
        // database knows; either way nothing was written.
        throw new ImportRejectedError([
          { line: 1, reason: `the database refused the file: ${(e as Error).message}` },
        ]);
      });
  }

  private async write(
    tx: Db,
    decisions: Map<string, GroupedDecision>,
    rows: number,
    progress: ImportProgress | undefined,
  ): Promise<ImportSummary> {
    // The import writes findings as it goes: it waits for any other writer of counts or law first (refreshFindings).
    await lockWrites(tx);
    const repo = new ImportRepository(tx);
    const existing = new Map(
      (await repo.existing([...decisions.values()].map((d) => d.write))).map((e) => [
        `${e.courtId}|${e.caseNumber}`,
        e,
      ]),
    );
    const summary: ImportSummary = {
      rows,
      decisions: { created: 0, updated: 0, unchanged: 0 },
      counts: 0,
    };
    const idsByKey = new Map<string, string>();
    const written: { decisionId: string; write: DecisionWrite; isNew: boolean; finalOn: IsoDate | null }[] =
      [];
    for (const [key, { write }] of decisions) {
      const before = existing.get(key);
      if (!before) {
        // New decisions get their ids here, so their contents can be written without reading the ids back.
        const decisionId = newId();
        idsByKey.set(key, decisionId);
        written.push({ decisionId, write, isNew: true, finalOn: null });
        continue;
      }
      idsByKey.set(key, before.id);
      const hash = contentHash(write);
      if (before.importHash === hash) {
        summary.decisions.unchanged++;
      } else {
        // Its defendants go, and with them its counts and their findings.
        await repo.updateDecision(before.id, write, hash);
        summary.decisions.updated++;
        written.push({ decisionId: before.id, write, isNew: false, finalOn: before.finalOn });
      }
    }
    const changed = written.map((w) => w.decisionId);
    const law = new LawSnapshot(await new LawRepository(tx).allRows());
    const findings = new FindingRepository(tx);
    const created = written.filter((w) => w.isNew).length;
    // New decisions, the contents of every written one and the findings of their convicted counts go in batches: a
    // few statements per thousand decisions, not per decision. Every count written is new, so its finding is
    // evaluated from what the file says (as a refresh would from the stored count) and inserted without comparing.
    // Each batch is hashed, evaluated and serialised while the server stores the previous one. The tally is brought
    // up to date once at the end.
    await new FindingTallyRepository(tx).deferredDuring(changed, async () => {
      let storing: Promise<void> = Promise.resolve();
      try {
        for (const slice of rampedBatches(written, FIRST_IMPORT_BATCH, IMPORT_BATCH)) {
          const fresh: { id: string; write: DecisionWrite; hash: string }[] = [];
          for (const [j, { decisionId, write, isNew }] of slice.entries()) {
            // Hashing a thousand decision texts takes a while: the event loop gets a turn now and then, so the
            // server is handed the previous batch's next statement as soon as it asks for it.
            if (j > 0 && j % 100 === 0) await nextTurn();
            if (isNew) fresh.push({ id: decisionId, write, hash: contentHash(write) });
          }
          const newDecisions = await decisionBatch(fresh);
          const contents = contentBatch(slice);
          const newFindings = await findingCopy(await evaluateBatch(contents.convicted, law));
          await storing;
          if (created) progress?.(summary.decisions.created, created);
          storing = (async () => {
            await repo.insertDecisions(newDecisions);
            await repo.insertContents(contents);
            await findings.insertNew(newFindings);
          })();
          storing.catch(() => undefined); // awaited on the next turn or below; not an unhandled rejection meanwhile
          summary.decisions.created += fresh.length;
          summary.counts += contents.counts;
        }
      } catch (e) {
        // Nothing of this import may still be running on the transaction's connection when it is rolled back.
        await storing.catch(() => undefined);
        throw e;
      }
      await storing;
    });
    if (created) progress?.(created, created);
    await this.writeAppealLinks(repo, decisions, idsByKey);
    await enqueueDocuments(tx, changed.map(decisionDocumentId));
    return summary;
  }

  private async checkAppealTargets(decisions: Map<string, GroupedDecision>, problems: RowProblem[]) {
    const targets = [...decisions.values()].flatMap((d) =>
      d.write.appealOf ? [{ d, target: d.write.appealOf }] : [],
    );
    const outside = targets.filter(({ target }) => !decisions.has(`${target.courtId}|${target.caseNumber}`));
    const found = new Set(
      (await new ImportRepository(this.uow.db).existing(outside.map((o) => o.target))).map(
        (e) => `${e.courtId}|${e.caseNumber}`,
      ),
    );
    for (const { d, target } of outside) {
      if (!found.has(`${target.courtId}|${target.caseNumber}`)) {
        problems.push({
          line: d.firstLine,
          reason: `the appealed decision ${target.caseNumber} is neither in the file nor in the database`,
        });
      }
    }
  }

  private async writeAppealLinks(
    repo: ImportRepository,
    decisions: Map<string, GroupedDecision>,
    idsByKey: Map<string, string>,
  ) {
    const targets = [...decisions.entries()].filter(([, d]) => d.write.appealOf);
    const outside = targets
      .map(([, d]) => d.write.appealOf!)
      .filter((t) => !idsByKey.has(`${t.courtId}|${t.caseNumber}`));
    for (const e of await repo.existing(outside)) idsByKey.set(`${e.courtId}|${e.caseNumber}`, e.id);
    for (const [key, d] of targets) {
      const target = d.write.appealOf!;
      await repo.insertAppealLink(
        idsByKey.get(key)!,
        idsByKey.get(`${target.courtId}|${target.caseNumber}`)!,
        target.outcome,
      );
    }
  }
}

interface GroupedDecision {
  write: DecisionWrite;
  firstLine: number;
  firstRow: ImportRow;
}

/** Courts and citations to ids, against the catalogue read at the start of the import. */
class Resolver {
  private readonly catalogue;
  private readonly provisionsByKey: Map<string, ProvisionEntity[]>;
  private readonly candidatesByCitation = new Map<
    string,
    { candidates: ProvisionEntity[] } | { error: DomainError }
  >();

  constructor(private readonly data: ImportCatalogue) {
    this.catalogue = catalogueOf(data.instruments);
    this.provisionsByKey = new Map();
    for (const p of data.provisions) {
      this.provisionsByKey.set(p.number, [...(this.provisionsByKey.get(p.number) ?? []), p]);
    }
  }

  court(name: string): string | null {
    return this.data.courtsByFoldedAlias.get(foldText(name)) ?? null;
  }

  /** The provision a citation names on a day; throws a BAD_USER_INPUT DomainError with the reason. */
  provision(citation: string, day: IsoDate): string {
    return pickCandidate(this.candidates(citation), this.data.versions, this.data.instruments, day).id;
  }

  /**
   * The provisions a citation can name, or the error saying why none: a file cites a handful of provisions over
   * thousands of rows, so each distinct citation is parsed once.
   */
  private candidates(citation: string): ProvisionEntity[] {
    let known = this.candidatesByCitation.get(citation);
    if (!known) {
      try {
        known = { candidates: this.parseCandidates(citation) };
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        known = { error: e };
      }
      this.candidatesByCitation.set(citation, known);
    }
    if ('error' in known) throw known.error;
    return known.candidates;
  }

  private parseCandidates(citation: string): ProvisionEntity[] {
    const parsed = parseCitationOrFail(citation, this.catalogue);
    const candidates = (this.provisionsByKey.get(parsed.number) ?? []).filter(
      (p) => parsed.instrumentIds.length === 0 || parsed.instrumentIds.includes(p.instrumentId),
    );
    if (candidates.length === 0)
      throw new DomainError('NOT_FOUND', `no provision ${parsed.label} of that instrument is held`);
    if (candidates.length > 1 && parsed.instrumentIds.length === 0) {
      throw new DomainError('BAD_USER_INPUT', `"${citation}" does not name an instrument`);
    }
    return candidates;
  }
}

function groupDecisions(
  rows: ImportRow[],
  resolver: Resolver,
  problems: RowProblem[],
): Map<string, GroupedDecision> {
  const groups = new Map<string, GroupedDecision>();
  for (const row of rows) {
    const reasons: string[] = [];
    const courtId = resolver.court(row.court);
    if (!courtId) reasons.push(`court "${row.court}" is not a known court name or alias`);
    const day = row.offenceDate ?? row.decisionDate;
    const resolve = (field: string, citation: string | null): string | null => {
      if (citation === null) return null;
      try {
        return resolver.provision(citation, day);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        reasons.push(`${field} "${citation}": ${e.message}`);
        return null;
      }
    };
    const chargedProvisionId = resolve('charged_provision', row.chargedProvision);
    const convictedProvisionId = resolve('convicted_provision', row.convictedProvision);
    const appealCourtId = row.appealOf ? resolver.court(row.appealOf.court) : null;
    if (row.appealOf && !appealCourtId)
      reasons.push(`appeal_of_court "${row.appealOf.court}" is not a known court`);
    if (reasons.length || !courtId) {
      problems.push(...reasons.map((reason) => ({ line: row.line, reason })));
      continue;
    }
    const key = `${courtId}|${row.caseNumber}`;
    let group = groups.get(key);
    if (!group) {
      group = { firstLine: row.line, firstRow: row, write: newDecision(row, courtId, appealCourtId) };
      groups.set(key, group);
    } else {
      const first = group.firstRow;
      const differing = DECISION_FIELDS.filter((f) => first[f] !== row[f]);
      if (differing.length) {
        problems.push({
          line: row.line,
          reason: `${differing.join(', ')} differ from line ${first.line} of the same decision`,
        });
        continue;
      }
      fillDecisionExtras(group.write, row, appealCourtId);
    }
    let defendant = group.write.defendants.find((d) => d.label === row.defendant);
    if (!defendant) {
      defendant = { label: row.defendant, counts: [] };
      group.write.defendants.push(defendant);
    }
    defendant.counts.push(
      countOf(row, defendant.counts.length + 1, chargedProvisionId, convictedProvisionId),
    );
  }
  for (const { write, firstLine } of groups.values()) {
    const names = validateProtectedNames(write.protectedNames);
    if (!names.ok) problems.push({ line: firstLine, reason: `protected_names: ${names.reason}` });
    else redactDecision(write, names.names);
  }
  return groups;
}

/** Protected names never reach a public field: the texts are redacted before anything is stored. */
function redactDecision(write: DecisionWrite, names: string[]) {
  write.protectedNames = names;
  if (names.length === 0) return;
  write.summary = write.summary === null ? null : redact(write.summary, names);
  write.text = write.text === null ? null : redact(write.text, names);
  write.sourceNote = write.sourceNote === null ? null : redact(write.sourceNote, names);
}

function newDecision(row: ImportRow, courtId: string, appealCourtId: string | null): DecisionWrite {
  const write: DecisionWrite = {
    courtId,
    caseNumber: row.caseNumber,
    decisionDate: row.decisionDate,
    decisionDatePrecision: row.decisionDatePrecision,
    decisionType: row.decisionType,
    final: row.final,
    language: null,
    presidingJudge: null,
    summary: null,
    text: null,
    sourceUrl: row.sourceUrl,
    sourceNote: null,
    provenance: row.provenance,
    appealOf: null,
    protectedNames: [],
    defendants: [],
  };
  fillDecisionExtras(write, row, appealCourtId);
  return write;
}

/** Optional decision-level columns: the first row of the decision that has one wins. */
function fillDecisionExtras(write: DecisionWrite, row: ImportRow, appealCourtId: string | null) {
  write.language ??= row.language;
  write.presidingJudge ??= row.presidingJudge;
  write.summary ??= row.summary;
  write.text ??= row.text;
  write.sourceNote ??= row.sourceNote;
  if (row.decisionDatePrecision !== 'DAY') write.decisionDatePrecision = row.decisionDatePrecision;
  write.protectedNames = [...new Set([...write.protectedNames, ...row.protectedNames])];
  if (!write.appealOf && row.appealOf && appealCourtId) {
    write.appealOf = {
      courtId: appealCourtId,
      caseNumber: row.appealOf.caseNumber,
      outcome: row.appealOf.outcome,
    };
  }
}

const countOf = (
  row: ImportRow,
  seq: number,
  chargedProvisionId: string | null,
  convictedProvisionId: string | null,
): CountWrite => ({
  seq,
  offenceDate: row.offenceDate,
  chargedCitation: row.chargedProvision,
  chargedProvisionId,
  convictedCitation: row.convictedProvision,
  convictedProvisionId,
  verdict: row.verdict,
  imprisonmentMonths: row.imprisonmentMonths,
  suspended: row.suspended,
  fineEur: row.fineEur,
  circumstances: row.circumstances,
  mitigationCited: row.mitigationCited,
  note: row.countNote,
});

/** Same content, same hash: what makes a second import of a file a no-op. */
const contentHash = (write: DecisionWrite): string =>
  createHash('sha256').update(JSON.stringify(write)).digest('hex');
