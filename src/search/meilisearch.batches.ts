/**
 * Splitting documents into write requests by size. Meilisearch refuses a request body larger than its payload limit
 * (`--http-payload-size-limit`, 100 MB by default: "Configuration" in its documentation, and
 * DEFAULT_HTTP_PAYLOAD_SIZE_LIMIT in meilisearch/src/option.rs) with HTTP 413 `payload_too_large`. A document
 * carries its text twice (as written, and folded for search) and a text may run to 200,000 characters, so a count of
 * documents says nothing about a request's size: bytes do. Pure.
 */

/** A request body of documents, as the client sends it: `JSON.stringify` of the array. */
export const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

export interface SizedBatches<T> {
  /** Each batch's JSON array is at most the budget (a single document over the budget but within the limit goes
   *  alone). */
  batches: T[][];
  /** Documents too large to send in any request, with their size in bytes. */
  oversized: { document: T; bytes: number }[];
}

/**
 * Documents grouped, in order, into JSON arrays of at most `budgetBytes`; one larger than `limitBytes` by itself is
 * set aside rather than sent, since the server would refuse it every time.
 */
export function batchesByBytes<T>(
  documents: readonly T[],
  budgetBytes: number,
  limitBytes: number,
): SizedBatches<T> {
  const batches: T[][] = [];
  const oversized: SizedBatches<T>['oversized'] = [];
  let batch: T[] = [];
  let batchBytes = 2; // "[]"
  for (const document of documents) {
    const bytes = jsonBytes(document);
    if (bytes + 2 > limitBytes) {
      oversized.push({ document, bytes });
      continue;
    }
    const added = bytes + (batch.length ? 1 : 0); // the comma before it
    if (batch.length && batchBytes + added > budgetBytes) {
      batches.push(batch);
      batch = [];
      batchBytes = 2;
    }
    batchBytes += bytes + (batch.length ? 1 : 0);
    batch.push(document);
  }
  if (batch.length) batches.push(batch);
  return { batches, oversized };
}
