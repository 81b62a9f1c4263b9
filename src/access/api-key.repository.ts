import type { Db } from '../db/unit-of-work';
import type { KeyRole } from './access.model';

export interface ApiKeyRow {
  id: string;
  name: string;
  role: KeyRole;
  keyPrefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

const COLUMNS = `id, name, role, key_prefix AS "keyPrefix", created_at AS "createdAt", revoked_at AS "revokedAt"`;

export class ApiKeyRepository {
  constructor(private readonly db: Db) {}

  async insert(name: string, role: KeyRole, keyHash: string, keyPrefix: string): Promise<ApiKeyRow> {
    const [row] = await this.db.query(
      `INSERT INTO api_key (name, role, key_hash, key_prefix) VALUES ($1, $2, $3, $4)
       RETURNING ${COLUMNS}`,
      [name, role, keyHash, keyPrefix],
    );
    return row;
  }

  async byHash(keyHash: string): Promise<ApiKeyRow | null> {
    const rows: ApiKeyRow[] = await this.db.query(`SELECT ${COLUMNS} FROM api_key WHERE key_hash = $1`, [
      keyHash,
    ]);
    return rows[0] ?? null;
  }

  async byName(name: string): Promise<ApiKeyRow | null> {
    const rows: ApiKeyRow[] = await this.db.query(`SELECT ${COLUMNS} FROM api_key WHERE name = $1`, [name]);
    return rows[0] ?? null;
  }

  async revoke(name: string): Promise<boolean> {
    // Through a CTE: TypeORM answers a bare UPDATE with [rows, count], not with the rows.
    const [{ n }]: { n: number }[] = await this.db.query(
      `WITH revoked AS (UPDATE api_key SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL RETURNING id)
       SELECT count(*)::int AS n FROM revoked`,
      [name],
    );
    return n > 0;
  }

  list(): Promise<ApiKeyRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM api_key ORDER BY created_at`);
  }
}
