/**
 * Keeps what is stored public redacted against every name a decision protects: after names are added (by an editor
 * or an import), and after the redaction itself improves (`npm run redact`). Runs in the caller's transaction; what
 * it changes goes to the search indexes through the outbox in the same transaction.
 */
import type { Db, UnitOfWork } from '../db/unit-of-work';
import { decisionDocumentId } from '../search/documents';
import { enqueueDocuments } from '../search/search.service';
import { publicCountNote, publicDecisionTexts } from './fields';
import { ProtectedNameRepository, type StoredDecisionTexts } from './protected-name.repository';
import { Redactor } from './redact';

const TEXT_FIELDS = ['summary', 'text', 'sourceNote', 'presidingJudge', 'sourceUrl'] as const;

/** Redacts the stored public fields of these decisions and their counts' notes again; returns the decisions changed. */
export async function redactStoredDecisions(tx: Db, decisionIds: string[]): Promise<string[]> {
  if (decisionIds.length === 0) return [];
  const repo = new ProtectedNameRepository(tx);
  const names = await repo.activeOf(decisionIds);
  const redactors = new Map([...names].map(([id, list]) => [id, new Redactor(list)]));
  if (redactors.size === 0) return [];
  const ids = [...redactors.keys()];
  const changed = new Set<string>();
  for (const stored of await repo.storedTexts(ids)) {
    const redacted = publicDecisionTexts(stored, redactors.get(stored.id)!);
    const next: StoredDecisionTexts = {
      ...redacted,
      id: stored.id,
      sourceUrlWithheld: stored.sourceUrlWithheld || redacted.sourceUrlWithheld,
    };
    if (
      TEXT_FIELDS.some((f) => next[f] !== stored[f]) ||
      next.sourceUrlWithheld !== stored.sourceUrlWithheld
    ) {
      await repo.writeTexts(next);
      changed.add(stored.id);
    }
  }
  for (const count of await repo.countNotes(ids)) {
    const note = publicCountNote(count.note, redactors.get(count.decisionId)!);
    if (note !== null && note !== count.note) {
      await repo.writeCountNote(count.id, note);
      changed.add(count.decisionId);
    }
  }
  if (changed.size > 0) await enqueueDocuments(tx, [...changed].map(decisionDocumentId));
  return [...changed];
}

/** Decisions redacted again per transaction by `redactEveryDecision`. */
const BATCH = 200;

/**
 * Redacts every decision that protects a name again (`npm run redact`), a batch per transaction: the repair path
 * after the redaction improves, for texts stored by an earlier version. Returns the decisions read and changed.
 */
export async function redactEveryDecision(
  uow: UnitOfWork,
  progress?: (done: number, total: number) => void,
): Promise<{ read: number; changed: number }> {
  const ids = await new ProtectedNameRepository(uow.db).decisionsWithNames();
  let changed = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    changed += (await uow.transaction((tx) => redactStoredDecisions(tx, batch))).length;
    progress?.(Math.min(i + BATCH, ids.length), ids.length);
  }
  return { read: ids.length, changed };
}
