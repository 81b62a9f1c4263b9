import { newId } from '../db/ids';
import { FindingTallyRepository } from '../compliance/finding-tally.repository';
import { FindingRepository } from '../compliance/finding.repository';
import { lockWrites } from '../db/write-lock';
import { LawRepository } from '../law/law.repository';
import type { Db, UnitOfWork } from '../db/unit-of-work';
import { decisionDocumentId } from '../search/documents';
import { enqueueDocuments } from '../search/search.service';
import { isDatabaseError } from '../db/database-error';
import { ProtectedNameRepository } from '../privacy/protected-name.repository';
import { redactStoredDecisions } from '../privacy/protection.service';
import { DomainError } from '../shared/errors';
import type { ImportSummary } from './import.model';
import {
  isLegacyHash,
  legacyContentHash,
  type DecisionHead,
  type FileContent,
  type ImportFormat,
  type PlannedDecision,
  type PreparedHead,
} from './import.prepare';
import { InlinePreparer, WorkerPreparer, type ImportPreparer } from './import.preparer';
import { ImportRepository, type ExistingDecision } from './import.repository';
import type { RowProblem } from './import.rows';
import { refreshFindings } from '../compliance/compliance.service';
import { lawDataOf } from '../compliance/law-data';

export type { ImportFormat } from './import.prepare';

export class ImportRejectedError extends DomainError {
  constructor(
    readonly problems: RowProblem[],
    /** The file's name, when it has one (`ImportSource.name`). */
    readonly file?: string,
  ) {
    super(
      'BAD_USER_INPUT',
      `The file was rejected; nothing of it was imported. ${problems.length} problem(s).`,
      {
        problems,
        ...(file === undefined ? {} : { file }),
      },
    );
  }
}

/** One file of an import, read when its turn comes: while the file before it is being written. */
export interface ImportSource {
  /** How messages name the file (a path, say). */
  name?: string;
  format: ImportFormat;
  /** Bytes read here are handed over to the import's worker thread, when it has one: do not use them afterwards. */
  read(): FileContent | Promise<FileContent>;
}

export interface ImportProgress {
  /** New decisions of the file being written, so far, of `total`. */
  decisions?(done: number, total: number, file: string | undefined): void;
  /** The file is in: its transaction committed. */
  imported?(file: string | undefined, summary: ImportSummary): void;
}

/**
 * Bulk import of decisions, one row per count. A file imports whole or not at all: every row is checked and
 * resolved (courts by alias, provisions by citation) before anything is written, and the writes share one
 * transaction. A decision whose content is unchanged is skipped, so importing the same file twice adds nothing.
 */
export class ImportService {
  constructor(
    private readonly uow: UnitOfWork,
    /**
     * Where files are prepared. `auto`: in a worker thread when there are several files, whose preparation then
     * overlaps the writes of the ones before; one file is prepared in the importing thread, where it is as fast
     * (bench/ROUNDS.md, "Measurements behind the code").
     */
    private readonly preparation: 'auto' | 'worker' | 'inline' = 'auto',
  ) {}

  async importFile(content: string, format: ImportFormat, progress?: ImportProgress): Promise<ImportSummary> {
    const [summary] = await this.importFiles([{ format, read: () => content }], progress);
    return summary;
  }

  /**
   * Imports files one after another, each whole or not at all (a transaction each), against the courts and law
   * read once at the start. Each file is read, checked and resolved while the one before it is being written, so
   * the server is not left idle between files. Stops at the first file rejected: the files before it stay imported,
   * the ones after it are not attempted.
   */
  async importFiles(sources: readonly ImportSource[], progress?: ImportProgress): Promise<ImportSummary[]> {
    if (sources.length === 0) return [];
    const catalogue = await new ImportRepository(this.uow.db).catalogue();
    const preparer: ImportPreparer =
      this.preparation === 'worker' || (this.preparation === 'auto' && sources.length > 1)
        ? new WorkerPreparer(catalogue)
        : new InlinePreparer(catalogue);
    const prepare = async (i: number) => {
      const { name, format } = sources[i];
      return preparer.prepare(i, name, format, await sources[i].read());
    };
    try {
      const summaries: ImportSummary[] = [];
      let next: Promise<PreparedHead> | null = prepare(0);
      for (let i = 0; i < sources.length; i++) {
        const file = await next!;
        next = null;
        // Called by the write when the next file's preparation may start; a failed preparation is reported when its
        // file's turn comes, so it is not an unhandled rejection meanwhile.
        const prepareNext = () => {
          if (next || i + 1 === sources.length) return;
          next = prepare(i + 1);
          next.catch(() => undefined);
        };
        try {
          summaries.push(await this.importPrepared(preparer, file, prepareNext, progress));
        } finally {
          preparer.release(i);
        }
        prepareNext();
        progress?.imported?.(file.name, summaries[i]);
      }
      return summaries;
    } finally {
      await preparer.close();
    }
  }

  private async importPrepared(
    preparer: ImportPreparer,
    file: PreparedHead,
    prepareNext: () => void,
    progress: ImportProgress | undefined,
  ): Promise<ImportSummary> {
    const problems = [...file.problems];
    await this.checkAppealTargets(file.decisions, problems);
    if (problems.length)
      throw new ImportRejectedError(
        problems.sort((a, b) => a.line - b.line),
        file.name,
      );
    return this.uow
      .transaction((tx) => this.write(tx, preparer, file, prepareNext, progress))
      .catch((e) => {
        // Everything was checked first, so a refusal is a race (another import of the same decision) or a rule only
        // the database knows; either way nothing was written. Anything else is a failure of ours, not the file's.
        if (!isDatabaseError(e)) throw e;
        throw new ImportRejectedError(
          [{ line: 1, reason: `the database refused the file: ${(e as Error).message}` }],
          file.name,
        );
      });
  }

  private async write(
    tx: Db,
    preparer: ImportPreparer,
    file: PreparedHead,
    prepareNext: () => void,
    progress: ImportProgress | undefined,
  ): Promise<ImportSummary> {
    // The import writes findings as it goes: it waits for any other writer of counts or law first (refreshFindings).
    await lockWrites(tx);
    const repo = new ImportRepository(tx);
    const existing = new Map(
      (await repo.existing(file.decisions)).map((e) => [`${e.courtId}|${e.caseNumber}`, e]),
    );
    const { plan, changed, unchanged, idsByKey } = await this.plan(preparer, file, existing);
    const summary: ImportSummary = {
      rows: file.rows,
      decisions: { created: 0, updated: 0, unchanged },
      counts: 0,
    };
    if (changed.length) {
      const writes = await preparer.writes(
        file.file,
        changed.map((d) => d.key),
      );
      // Their defendants go, and with them their counts and findings; their protected names stay, the file's added.
      const names = new ProtectedNameRepository(tx);
      for (const [j, decision] of changed.entries()) {
        await repo.updateDecision(idsByKey.get(decision.key)!, writes[j], decision.hash);
        await names.add(idsByKey.get(decision.key)!, writes[j].protectedNames);
      }
      summary.decisions.updated = changed.length;
    }
    const written = plan.map((p) => p.decisionId);
    const law = lawDataOf(await new LawRepository(tx).allRows());
    const findings = new FindingRepository(tx);
    const created = plan.length - changed.length;
    // New decisions, the contents of every written one and the findings of their convicted counts go in batches: a
    // few statements per thousand decisions, not per decision. Each batch is prepared while the server stores the
    // previous one; the next file is handed over while the server stores the last batch (or, to a worker, as soon as
    // this file's batches are asked for: it takes the file up once they are built). The tally is brought up to date
    // once at the end: the written decisions hold no finding before (a changed decision's went with its counts).
    await new FindingTallyRepository(tx).deferredDuring(
      written,
      async () => {
        const batches = preparer.batches(file.file, plan, law);
        if (preparer.beside) prepareNext();
        let storing: Promise<void> = Promise.resolve();
        try {
          for await (const batch of batches) {
            await storing;
            if (created) progress?.decisions?.(summary.decisions.created, created, file.name);
            storing = (async () => {
              await repo.insertDecisions(batch.decisions);
              await repo.insertContents(batch);
              await findings.insertNew(batch.findings);
            })();
            storing.catch(() => undefined); // awaited on the next turn or below; not an unhandled rejection meanwhile
            summary.decisions.created += batch.created;
            summary.counts += batch.counts;
            if (batch.last) prepareNext();
          }
        } catch (e) {
          // Nothing of this import may still be running on the transaction's connection when it is rolled back.
          await storing.catch(() => undefined);
          throw e;
        }
        await storing;
      },
      { noneStored: true },
    );
    if (created) progress?.decisions?.(created, created, file.name);
    const reviewed = await this.writeAppealLinks(repo, file.decisions, idsByKey);
    // A reviewed decision whose finality is not recorded may have become final as late as its review: its findings
    // consider every law that entered into force by then (compliance.engine.ts, possibilitiesOf).
    if (reviewed.length) await refreshFindings(tx, reviewed);
    // A changed decision may protect names the file does not give: its new texts are redacted against them too.
    await redactStoredDecisions(
      tx,
      changed.map((d) => idsByKey.get(d.key)!),
    );
    await enqueueDocuments(tx, written.map(decisionDocumentId));
    return summary;
  }

  /**
   * What the write does with each decision of the file: a new one gets its id here (so its contents can be written
   * without reading the id back), a changed one is rewritten, an unchanged one is left alone.
   */
  private async plan(preparer: ImportPreparer, file: PreparedHead, existing: Map<string, ExistingDecision>) {
    // Decisions imported before the content hash took its present form are compared the old way, on their writes.
    const legacy = file.decisions.filter((d) => {
      const stored = existing.get(d.key)?.importHash;
      return stored && isLegacyHash(stored);
    });
    const legacyWrites = legacy.length
      ? await preparer.writes(
          file.file,
          legacy.map((d) => d.key),
        )
      : [];
    const unchangedLegacy = new Set(
      legacy
        .filter((d, j) => existing.get(d.key)!.importHash === legacyContentHash(legacyWrites[j]))
        .map((d) => d.key),
    );
    const idsByKey = new Map<string, string>();
    const plan: PlannedDecision[] = [];
    const changed: DecisionHead[] = [];
    let unchanged = 0;
    for (const decision of file.decisions) {
      const before = existing.get(decision.key);
      const decisionId = before?.id ?? newId();
      idsByKey.set(decision.key, decisionId);
      if (!before) plan.push({ key: decision.key, decisionId, isNew: true, finalOn: null });
      else if (before.importHash === decision.hash || unchangedLegacy.has(decision.key)) unchanged++;
      else {
        plan.push({ key: decision.key, decisionId, isNew: false, finalOn: before.finalOn });
        changed.push(decision);
      }
    }
    return { plan, changed, unchanged, idsByKey };
  }

  private async checkAppealTargets(decisions: DecisionHead[], problems: RowProblem[]) {
    const inFile = new Set(decisions.map((d) => d.key));
    const outside = decisions.filter(
      (d) => d.appealOf && !inFile.has(`${d.appealOf.courtId}|${d.appealOf.caseNumber}`),
    );
    const found = new Set(
      (await new ImportRepository(this.uow.db).existing(outside.map((d) => d.appealOf!))).map(
        (e) => `${e.courtId}|${e.caseNumber}`,
      ),
    );
    for (const d of outside) {
      if (!found.has(`${d.appealOf!.courtId}|${d.appealOf!.caseNumber}`)) {
        problems.push({
          line: d.firstLine,
          reason: d.appealOf!.retrial
            ? `the decision ${d.appealOf!.caseNumber} this retrial follows is neither in the file nor in the database`
            : `the appealed decision ${d.appealOf!.caseNumber} is neither in the file nor in the database`,
        });
      }
    }
  }

  /** Writes the file's appeal and retrial links; answers the decisions reviewed on appeal. */
  private async writeAppealLinks(
    repo: ImportRepository,
    decisions: DecisionHead[],
    idsByKey: Map<string, string>,
  ): Promise<string[]> {
    const appeals = decisions.filter((d) => d.appealOf);
    const outside = appeals
      .map((d) => d.appealOf!)
      .filter((t) => !idsByKey.has(`${t.courtId}|${t.caseNumber}`));
    for (const e of await repo.existing(outside)) idsByKey.set(`${e.courtId}|${e.caseNumber}`, e.id);
    for (const d of appeals) {
      const target = d.appealOf!;
      await repo.insertAppealLink(
        idsByKey.get(d.key)!,
        idsByKey.get(`${target.courtId}|${target.caseNumber}`)!,
        target.outcome,
        target.retrial ? 'RETRIAL' : 'APPEAL',
      );
    }
    return [
      ...new Set(
        appeals
          .filter((d) => !d.appealOf!.retrial)
          .map((d) => idsByKey.get(`${d.appealOf!.courtId}|${d.appealOf!.caseNumber}`)!),
      ),
    ];
  }
}
