/**
 * Keeps what is stored public redacted against every name a decision protects: after names are added (by an editor
 * or an import), and after the redaction itself improves (`npm run redact`). Runs in the caller's transaction; what
 * it changes goes to the search indexes through the outbox in the same transaction.
 */
import type { Db } from '../db/unit-of-work';
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
