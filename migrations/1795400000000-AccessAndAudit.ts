import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys (stored as SHA-256 hashes; a key is shown once, when created), the audit log of every write, and the
 * protected names of a decision (victims, minors, witnesses), which are redacted from every public text before it
 * is stored and are readable by editors only.
 */
export class AccessAndAudit1795400000000 implements MigrationInterface {
  name = 'AccessAndAudit1795400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
        role text NOT NULL CHECK (role IN ('MONITOR', 'EDITOR', 'ADMIN')),
        key_hash text NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),
        key_prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_key_id uuid REFERENCES api_key (id),
        actor_name text NOT NULL,
        actor_role text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        CHECK (before IS NOT NULL OR after IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, id DESC)`);

    await q.query(`
      CREATE TABLE decision_protected_name (
        decision_id uuid NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) >= 2),
        PRIMARY KEY (decision_id, name)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE decision_protected_name`);
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP TABLE api_key`);
  }
}
