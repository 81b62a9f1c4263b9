import { createHash, randomBytes } from 'node:crypto';
import type { UnitOfWork } from '../db/unit-of-work';
import { BadUserInputError } from '../shared/errors';
import { ROLES, PUBLIC_VIEWER, type KeyRole, type Viewer } from './access.model';
import { UnauthenticatedError } from './access.errors';
import { ApiKeyRepository, type ApiKeyRow } from './api-key.repository';

const KEY_PREFIX = 'klk_';
/** Keys are 32 random bytes: a fast hash is enough, there is nothing to brute-force. */
export const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/**
 * The key of an `Authorization: Bearer KEY` header, whatever whitespace (any Unicode space) stands around and
 * between; null when the header holds no such key.
 */
export function bearerKey(authorization: string): string | null {
  const match = /^\s*Bearer\s+(\S+)\s*$/iu.exec(authorization);
  return match ? match[1] : null;
}

/** Creates, revokes and checks API keys. A key is shown once, when created; only its hash is stored. */
export class ApiKeyService {
  constructor(private readonly uow: UnitOfWork) {}

  async create(name: string, role: string): Promise<{ key: string; row: ApiKeyRow }> {
    const trimmed = name.trim();
    if (!trimmed) throw new BadUserInputError('A key needs a name (who or what uses it).');
    const upper = role.toUpperCase();
    if (!(ROLES as readonly string[]).includes(upper) || upper === 'PUBLIC') {
      throw new BadUserInputError(`Role must be one of MONITOR, EDITOR, ADMIN; got "${role}".`);
    }
    const repo = new ApiKeyRepository(this.uow.db);
    if (await repo.byName(trimmed)) throw new BadUserInputError(`A key named "${trimmed}" exists already.`);
    const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const row = await repo.insert(
      trimmed,
      upper as KeyRole,
      hashKey(key),
      key.slice(0, KEY_PREFIX.length + 6),
    );
    return { key, row };
  }

  revoke(name: string): Promise<boolean> {
    return new ApiKeyRepository(this.uow.db).revoke(name);
  }

  list(): Promise<ApiKeyRow[]> {
    return new ApiKeyRepository(this.uow.db).list();
  }

  /**
   * The viewer an `Authorization` header stands for: the public without one. A header that is there but holds no
   * valid key (empty, blank, not "Bearer KEY", unknown, revoked) fails: it is never read as the public.
   */
  async viewerFor(authorization: string | undefined): Promise<Viewer> {
    if (authorization === undefined) return PUBLIC_VIEWER;
    const key = bearerKey(authorization);
    if (key === null) throw new UnauthenticatedError('The Authorization header must be "Bearer KEY".');
    const row = await new ApiKeyRepository(this.uow.db).byHash(hashKey(key));
    if (!row || row.revokedAt) throw new UnauthenticatedError();
    return { role: row.role, keyId: row.id, name: row.name };
  }
}
