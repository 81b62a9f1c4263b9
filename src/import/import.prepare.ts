/**
 * The importer's work that needs no database: reading, checking and resolving a file, hashing its decisions, and
 * turning the decisions to write into COPY rows with their counts' findings. Run in a worker thread beside the
 * write of the file before (import.worker.ts), or in the importing thread itself (`ImportPreparation` either way).
 */
import { createHash } from 'node:crypto';
import { evaluateBatch, LawSnapshot, type LawData } from '../compliance/engine';
import { findingCopy } from '../compliance/finding-rows';
import type { AppealOutcome } from '../cases/case.model';
import { catalogueOf } from '../law/citation';
import { parseCitationOrFail, pickCandidate } from '../law/provision-lookup';
import type { ProvisionEntity } from '../law/law.entity';
import type { IsoDate } from '../law/law.model';
import { publicCountNote, publicDecisionTexts } from '../privacy/fields';
import { Redactor, validateProtectedNames } from '../privacy/redact';
import { rampedBatches } from '../shared/batches';
import { DomainError } from '../shared/errors';
import { foldText } from '../shared/fold';
import type { CountWrite, DecisionWrite, ImportCatalogue } from './import.model';
import { contentBatch, decisionBatch } from './import.batches';
import { parseImportFile, type ImportRow, type RowProblem } from './import.rows';

export type ImportFormat = 'csv' | 'json';

/** A file's text, or its bytes in UTF-8 (as read from disk: they cross to a worker thread without a copy). */
export type FileContent = string | Uint8Array;

const textOf = (content: FileContent): string =>
  typeof content === 'string'
    ? content
    : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8');

/** Waits for a turn of the event loop (a write in flight goes on meanwhile), or not at all. */
export type Pause = () => Promise<void> | void;

/** Decisions per set-based write. */
const IMPORT_BATCH = 1000;
/** The first batch is prepared with the server idle: kept short (see rampedBatches). */
const FIRST_IMPORT_BATCH = 100;
/** Rows grouped and resolved between two pauses. */
const ROWS_PER_TURN = 500;

/** Decision-level fields every row of one decision must agree on. */
const DECISION_FIELDS = ['decisionDate', 'decisionType', 'final', 'sourceUrl', 'provenance'] as const;

/** What the write needs to know of a prepared decision: who it is, its content hash, the decision it appeals. */
export interface DecisionHead {
  /** `courtId|caseNumber`. */
  key: string;
  courtId: string;
  caseNumber: string;
  hash: string;
  firstLine: number;
  appealOf: { courtId: string; caseNumber: string; outcome: AppealOutcome | null; retrial?: true } | null;
}

/** A file read, checked and resolved: every check but those that ask the database. */
export interface PreparedHead {
  file: number;
  name: string | undefined;
  rows: number;
  problems: RowProblem[];
  decisions: DecisionHead[];
}

/** A decision the write will store: a new one with the id it gets, or a changed one with its own. */
export interface PlannedDecision {
  key: string;
  decisionId: string;
  isNew: boolean;
  /** Set by an editor (the import does not carry it); a finding's window of applicable law ends there. */
  finalOn: IsoDate | null;
}

/** One batch of a file's writes, as COPY rows: the new decisions, everyone's contents, the findings. */
export interface ImportBatch {
  last: boolean;
  /** New decisions in the batch. */
  created: number;
  counts: number;
  decisions: Buffer[];
  names: Buffer;
  defendants: Buffer;
  contents: Buffer;
  findings: Buffer[];
}

interface PreparedFile {
  head: PreparedHead;
  /** Each decision's write and content hash, by key. */
  decisions: Map<string, { write: DecisionWrite; hash: string }>;
}

/** Prepared files, kept by number until released: a file is prepared first, its batches built once it is planned. */
export class ImportPreparation {
  private readonly resolver: Resolver;
  private readonly files = new Map<number, PreparedFile>();

  constructor(catalogue: ImportCatalogue) {
    this.resolver = new Resolver(catalogue);
  }

  async prepare(
    file: number,
    name: string | undefined,
    format: ImportFormat,
    content: FileContent,
    pause: Pause,
  ): Promise<PreparedHead> {
    const parsed = parseImportFile(textOf(content), format);
    const problems = [...parsed.problems];
    const grouped = await groupDecisions(parsed.rows, this.resolver, problems, pause);
    checkReferences(parsed.flawed, this.resolver, problems);
    problems.sort((a, b) => a.line - b.line);
    const heads: DecisionHead[] = [];
    const decisions = new Map<string, { write: DecisionWrite; hash: string }>();
    for (const [key, { write, firstLine }] of grouped) {
      if (heads.length % 100 === 99) await pause(); // a hundred texts hashed at a time
      const hash = contentHash(write);
      decisions.set(key, { write, hash });
      heads.push({
        key,
        courtId: write.courtId,
        caseNumber: write.caseNumber,
        hash,
        firstLine,
        appealOf: write.appealOf,
      });
    }
    const head = { file, name, rows: parsed.rows.length, problems, decisions: heads };
    this.files.set(file, { head, decisions });
    return head;
  }

  /** The full writes of some decisions of a prepared file (the changed ones an import updates), by key. */
  writes(file: number, keys: readonly string[]): DecisionWrite[] {
    const { decisions } = this.prepared(file);
    return keys.map((key) => decisions.get(key)!.write);
  }

  /**
   * The COPY rows of the planned decisions, a batch at a time: new decisions, the defendants, counts and protected
   * names of all of them, and the findings of their convicted counts, evaluated from what the file says (every count
   * written is new, so a finding is inserted, never compared).
   */
  async *batches(file: number, plan: readonly PlannedDecision[], law: LawData): AsyncGenerator<ImportBatch> {
    const { decisions } = this.prepared(file);
    const snapshot = new LawSnapshot(law);
    const slices = [...rampedBatches(plan, FIRST_IMPORT_BATCH, IMPORT_BATCH)];
    for (const [i, slice] of slices.entries()) {
      const items = slice.map((p) => ({ ...p, ...decisions.get(p.key)! }));
      const fresh = items.filter((p) => p.isNew);
      const contents = contentBatch(items);
      yield {
        last: i === slices.length - 1,
        created: fresh.length,
        counts: contents.counts,
        decisions: await decisionBatch(
          fresh.map(({ decisionId, write, hash }) => ({ id: decisionId, write, hash })),
        ),
        names: contents.names,
        defendants: contents.defendants,
        contents: contents.contents,
        findings: await findingCopy(await evaluateBatch(contents.convicted, snapshot)),
      };
    }
  }

  release(file: number): void {
    this.files.delete(file);
  }

  private prepared(file: number): PreparedFile {
    const prepared = this.files.get(file);
    if (!prepared) throw new Error(`Import file ${file} was not prepared, or was released.`);
    return prepared;
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

  /**
   * The provision a citation names on a day; throws a BAD_USER_INPUT DomainError with the reason. Without a day,
   * only whether the citation names a held provision is checked.
   */
  provision(citation: string, day: IsoDate): string;
  provision(citation: string, day: IsoDate | null): string | null;
  provision(citation: string, day: IsoDate | null): string | null {
    const candidates = this.candidates(citation);
    return day === null ? null : pickCandidate(candidates, this.data.versions, this.data.instruments, day).id;
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

const linkColumn = (row: ImportRow) => (row.appealOf?.retrial ? 'retrial_after_court' : 'appeal_of_court');

/** The courts and citations of rows already rejected for other reasons, so every problem is named in one round. */
function checkReferences(rows: ImportRow[], resolver: Resolver, problems: RowProblem[]): void {
  for (const row of rows) {
    const reasons: string[] = [];
    if (row.court && !resolver.court(row.court))
      reasons.push(`court "${row.court}" is not a known court name or alias`);
    // The day decides between codes of one name; without a readable date only the citation itself is checked.
    const day = row.offenceDate ?? (row.decisionDate || null);
    for (const [field, citation] of [
      ['charged_provision', row.chargedProvision],
      ['convicted_provision', row.convictedProvision],
    ] as const) {
      if (citation === null) continue;
      try {
        resolver.provision(citation, day);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        reasons.push(`${field} "${citation}": ${e.message}`);
      }
    }
    if (row.appealOf && !resolver.court(row.appealOf.court))
      reasons.push(`${linkColumn(row)} "${row.appealOf.court}" is not a known court`);
    problems.push(...reasons.map((reason) => ({ line: row.line, reason })));
  }
}

async function groupDecisions(
  rows: ImportRow[],
  resolver: Resolver,
  problems: RowProblem[],
  pause: Pause,
): Promise<Map<string, GroupedDecision>> {
  const groups = new Map<string, GroupedDecision>();
  for (const [i, row] of rows.entries()) {
    if (i > 0 && i % ROWS_PER_TURN === 0) await pause();
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
      reasons.push(`${linkColumn(row)} "${row.appealOf.court}" is not a known court`);
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

/**
 * Protected names never reach a public field: the texts, the source address and the counts' notes are redacted
 * before anything is stored. (A decision the database holds already is redacted again against the names it protects
 * there, when the file is written: redactStoredDecisions.)
 */
function redactDecision(write: DecisionWrite, names: string[]) {
  write.protectedNames = names;
  if (names.length === 0) return;
  const redactor = new Redactor(names);
  const texts = publicDecisionTexts(write, redactor);
  write.summary = texts.summary;
  write.text = texts.text;
  write.sourceNote = texts.sourceNote;
  write.presidingJudge = texts.presidingJudge;
  write.sourceUrl = texts.sourceUrl;
  write.sourceUrlWithheld = texts.sourceUrlWithheld;
  for (const defendant of write.defendants) {
    for (const count of defendant.counts) count.note = publicCountNote(count.note, redactor);
  }
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
    sourceUrlWithheld: false,
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
      // Only on retrials: an appeal's write (and its content hash) stays as it was.
      ...(row.appealOf.retrial ? { retrial: true as const } : {}),
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

/**
 * Same content, same hash: what makes a second import of a file a no-op. The decision's fields as JSON with the
 * length of its text in the text's place, then the text itself: hashing the text apart spares building and escaping
 * a JSON copy of it (bench/ROUNDS.md, "Measurements behind the code").
 */
function contentHash(write: DecisionWrite): string {
  const hash = createHash('sha256').update(JSON.stringify({ ...write, text: write.text?.length ?? null }));
  if (write.text !== null) hash.update(write.text);
  return `${CONTENT_HASH_PREFIX}${hash.digest('hex')}`;
}
const CONTENT_HASH_PREFIX = 'v2:';

/**
 * The hash imports stored before `contentHash` took its present form: the SHA-256 of the whole write as JSON. A
 * decision that still carries one is compared this way (`isLegacyHash`).
 */
export const legacyContentHash = (write: DecisionWrite): string =>
  createHash('sha256').update(JSON.stringify(write)).digest('hex');

export const isLegacyHash = (stored: string): boolean => !stored.startsWith(CONTENT_HASH_PREFIX);
