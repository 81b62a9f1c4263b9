import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Protection is never lost by omission: a decision's protected names become a history. A name stays once given; an
 * update that leaves it out keeps it, and only an explicit, audited removal ends it (`removed_at`, who and why), so
 * every name the decision has protected is known. The search's typo dictionary (`search_word`) keeps only words some
 * document still holds. A source address that named a protected person is stored with its
 * site only, and says so (`source_url_withheld`), so the public never sees the name and knows something was withheld.
 */
export class ProtectedNameHistory1795450200000 implements MigrationInterface {
  name = 'ProtectedNameHistory1795450200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE decision_protected_name
        ADD COLUMN added_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN removed_at timestamptz,
        ADD COLUMN removed_by text,
        ADD COLUMN removal_reason text,
        ADD CONSTRAINT decision_protected_name_removal_check
          CHECK ((removed_at IS NULL) = (removed_by IS NULL AND removal_reason IS NULL))`);
    await q.query(`ALTER TABLE decision ADD COLUMN source_url_withheld boolean NOT NULL DEFAULT false`);
    // The typo dictionary kept the words of deleted and re-redacted documents: only words some document holds stay.
    await q.query(`
      DELETE FROM search_word w
       WHERE NOT EXISTS (SELECT 1 FROM search_document d WHERE d.match_tsv @@ plainto_tsquery('kosovo_fold', w.word))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE decision DROP COLUMN source_url_withheld`);
    // Going back, a removed name is gone, as the earlier schema had it.
    await q.query(`DELETE FROM decision_protected_name WHERE removed_at IS NOT NULL`);
    await q.query(`
      ALTER TABLE decision_protected_name
        DROP CONSTRAINT decision_protected_name_removal_check,
        DROP COLUMN removal_reason,
        DROP COLUMN removed_by,
        DROP COLUMN removed_at,
        DROP COLUMN added_at`);
  }
}
