/** A document an index refused for itself (too large, malformed), with the index's reason. */
export interface RejectedDocument {
  id: string;
  reason: string;
}

/**
 * Thrown by an engine's upsert after it delivered every document it could: the ones listed were refused for reasons
 * of their own, and sending them again unchanged would be refused again. The indexer sets their outbox rows aside
 * with the reason; reindex reports them.
 */
export class DocumentsRejectedError extends Error {
  constructor(readonly rejected: readonly RejectedDocument[]) {
    const first = rejected[0];
    super(
      `The index refused ${rejected.length} document${rejected.length === 1 ? '' : 's'}` +
        (first ? `, first ${first.id}: ${first.reason}` : ''),
    );
    this.name = 'DocumentsRejectedError';
  }
}
