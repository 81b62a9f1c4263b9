import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How sure we are of each day a version entered into force or ceased to apply, apart from its text: the verification
 * of the day, and the interval in which the true day must lie (from what the sources say) when it is not verified,
 * with the source. A finding's confidence is then taken from the days that decided which law applied to it, not
 * from every date behind a version. Also: further sources of a penalty figure beside its main one.
 *
 * Existing rows get the version's verification for both days; an unverified day gets no bounds (the seeds say what
 * the sources support).
 */
export class DateBoundaries1795449400000 implements MigrationInterface {
  name = 'DateBoundaries1795449400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE provision_version ADD COLUMN valid_from_boundary jsonb, ADD COLUMN valid_to_boundary jsonb`,
    );
    const boundary = (day: string) => `jsonb_build_object(
        'verification', verification,
        'earliest', CASE WHEN verification = 'UNVERIFIED' THEN NULL ELSE to_char(${day}, 'YYYY-MM-DD') END,
        'latest', CASE WHEN verification = 'UNVERIFIED' THEN NULL ELSE to_char(${day}, 'YYYY-MM-DD') END,
        'boundsVerification', verification,
        'source', jsonb_build_object('url', source_url, 'document', source_document, 'verification', verification,
                                     'note', 'The version''s own source.'))`;
    await q.query(
      `UPDATE provision_version SET valid_from_boundary = ${boundary('valid_from')},
         valid_to_boundary = CASE WHEN valid_to IS NULL THEN NULL ELSE ${boundary('valid_to')} END`,
    );
    await q.query(
      `ALTER TABLE provision_version
         ALTER COLUMN valid_from_boundary SET NOT NULL,
         ADD CONSTRAINT provision_version_boundary_check CHECK ((valid_to IS NULL) = (valid_to_boundary IS NULL))`,
    );
    await q.query(`ALTER TABLE penalty ADD COLUMN further_sources jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE penalty DROP COLUMN further_sources`);
    await q.query(
      `ALTER TABLE provision_version DROP CONSTRAINT provision_version_boundary_check,
         DROP COLUMN valid_to_boundary, DROP COLUMN valid_from_boundary`,
    );
  }
}
