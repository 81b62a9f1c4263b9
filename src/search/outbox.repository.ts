/**
 * The search outbox and the locks that keep deliveries in order. Three rules, each a PostgreSQL lock:
 * - Per document: whoever reads a document to send it to an index (an indexer, or reindex) holds that document's
 *   advisory lock from the read until the index has applied the write. Two deliveries of one document therefore
 *   read and write one after the other, and the later one reads the later version: an index never ends on an older
 *   version of a document, nor on a deleted one, whatever the number of indexers. (Row locks keep indexers off the
 *   same outbox rows, not off the same document: two rows can name one document.)
 * - Per target, the index builds of a running reindex (search_index_build): an indexer's batch holds the target's
 *   builds lock shared, from reading the list of builds until it commits; reindex takes it exclusively to add or
 *   remove a build. A batch therefore delivers to every build that exists while it runs.
 * - Per target, one reindex at a time: a session lock held for the whole rebuild.
 * Advisory locks with two int4 keys live in their own key space (PostgreSQL "Advisory Lock Functions"), apart from
 * the single bigint key of db/write-lock.ts.
 */
import type { Db } from '../db/unit-of-work';
import type { SearchTarget } from './search.repository';

export interface OutboxRow {
  id: string;
  documentId: string;
  attempts: number;
}

export interface IndexBuild {
  target: SearchTarget;
  indexUid: string;
}

const TARGETS: readonly SearchTarget[] = ['postgres', 'meilisearch'];
/** The first advisory key of each lock family; the target's position is added to it. */
const DOCUMENT_LOCKS = 41_570_100;
const BUILDS_LOCKS = 41_570_200;
const REINDEX_LOCKS = 41_570_300;
const family = (base: number, target: SearchTarget) => base + TARGETS.indexOf(target);

export class OutboxRepository {
  constructor(private readonly db: Db) {}

  /** A batch of due rows for one index, locked so that indexers side by side never take the same row. */
  async claim(target: SearchTarget, limit: number): Promise<OutboxRow[]> {
    const rows: { id: string; document_id: string; attempts: number }[] = await this.db.query(
      `SELECT id, document_id, attempts FROM search_outbox
        WHERE target = $1 AND available_at <= now() AND set_aside_at IS NULL
        ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [target, limit],
    );
    return rows.map((r) => ({ id: String(r.id), documentId: r.document_id, attempts: r.attempts }));
  }

  /**
   * Takes, for the caller's transaction, the lock of each document that no one else is delivering; returns those it
   * took. Never waits, so two indexers cannot deadlock: a document another holds is left for a later batch.
   */
  async tryLockDocuments(target: SearchTarget, documentIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT d AS id FROM unnest($2::text[]) AS d WHERE pg_try_advisory_xact_lock($1::int, hashtext(d))`,
      [family(DOCUMENT_LOCKS, target), [...new Set(documentIds)].sort()],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Takes, for the caller's transaction, the lock of each document, waiting for whoever holds one. Only reindex
   * waits (one per target at a time); indexers only try, so no two waiters can deadlock.
   */
  async lockDocuments(target: SearchTarget, documentIds: string[]): Promise<void> {
    await this.db.query(`SELECT pg_advisory_xact_lock($1::int, hashtext(d)) FROM unnest($2::text[]) AS d`, [
      family(DOCUMENT_LOCKS, target),
      [...new Set(documentIds)],
    ]);
  }

  /**
   * Removes delivered rows, and the set-aside rows of the same documents: the index now holds a newer version than
   * the one it refused.
   */
  async remove(target: SearchTarget, ids: string[], deliveredDocuments: string[]): Promise<void> {
    await this.db.query(
      `DELETE FROM search_outbox
        WHERE id = ANY($1::bigint[])
           OR (target = $2 AND set_aside_at IS NOT NULL AND document_id = ANY($3::text[]))`,
      [ids, target, deliveredDocuments],
    );
  }

  async postpone(ids: string[], delayMs: number, error: string): Promise<void> {
    await this.db.query(
      `UPDATE search_outbox SET attempts = attempts + 1, last_error = $3,
              available_at = now() + make_interval(secs => $2::double precision / 1000)
        WHERE id = ANY($1::bigint[])`,
      [ids, delayMs, error.slice(0, 500)],
    );
  }

  /** Keeps the rows, with the index's reason, out of every later claim: retrying would be refused again. */
  async setAside(reasons: { id: string; reason: string }[]): Promise<void> {
    if (reasons.length === 0) return;
    await this.db.query(
      `UPDATE search_outbox o SET attempts = attempts + 1, last_error = left(r.reason, 500), set_aside_at = now()
         FROM unnest($1::bigint[], $2::text[]) AS r(id, reason) WHERE o.id = r.id`,
      [reasons.map((r) => r.id), reasons.map((r) => r.reason)],
    );
  }

  /** The rows set aside, newest first: what an operator reads to see which documents an index refused and why. */
  async setAsideRows(target: SearchTarget): Promise<{ documentId: string; reason: string | null }[]> {
    const rows: { document_id: string; last_error: string | null }[] = await this.db.query(
      `SELECT document_id, last_error FROM search_outbox
        WHERE target = $1 AND set_aside_at IS NOT NULL ORDER BY set_aside_at DESC, id DESC`,
      [target],
    );
    return rows.map((r) => ({ documentId: r.document_id, reason: r.last_error }));
  }

  /** The builds of the target, with its builds lock held shared until the caller's transaction ends. */
  async buildsDuringBatch(target: SearchTarget): Promise<IndexBuild[]> {
    await this.db.query(`SELECT pg_advisory_xact_lock_shared($1::int, 0)`, [family(BUILDS_LOCKS, target)]);
    return this.builds(target);
  }

  async builds(target: SearchTarget): Promise<IndexBuild[]> {
    const rows: { index_uid: string }[] = await this.db.query(
      `SELECT index_uid FROM search_index_build WHERE target = $1 ORDER BY started_at, index_uid`,
      [target],
    );
    return rows.map((r) => ({ target, indexUid: r.index_uid }));
  }

  /**
   * Takes the target's builds lock exclusively for the caller's transaction: it waits for every batch in flight,
   * and no batch starts until the transaction ends.
   */
  async lockBuilds(target: SearchTarget): Promise<void> {
    await this.db.query(`SELECT pg_advisory_xact_lock($1::int, 0)`, [family(BUILDS_LOCKS, target)]);
  }

  async addBuild({ target, indexUid }: IndexBuild): Promise<void> {
    await this.db.query(`INSERT INTO search_index_build (target, index_uid) VALUES ($1, $2)`, [
      target,
      indexUid,
    ]);
  }

  async removeBuild({ target, indexUid }: IndexBuild): Promise<void> {
    await this.db.query(`DELETE FROM search_index_build WHERE target = $1 AND index_uid = $2`, [
      target,
      indexUid,
    ]);
  }

  /** Takes the target's reindex lock for this session (connection) if free; `db` must be one connection. */
  async tryLockReindex(target: SearchTarget): Promise<boolean> {
    const [row]: { locked: boolean }[] = await this.db.query(
      `SELECT pg_try_advisory_lock($1::int, 0) AS locked`,
      [family(REINDEX_LOCKS, target)],
    );
    return row.locked;
  }

  async unlockReindex(target: SearchTarget): Promise<void> {
    await this.db.query(`SELECT pg_advisory_unlock($1::int, 0)`, [family(REINDEX_LOCKS, target)]);
  }
}
