import { createDataSource } from '../../src/app/data-source';
import { createScratchDatabase } from './harness';
import { serverHasLz4 } from '../../migrations/1795446000000-DecisionTextStorage';

/** Runs the migrations on an empty database of the same server, down again, and up again. */
describe('migrations', () => {
  let url: string;
  let drop: () => Promise<void>;
  beforeAll(async () => ({ url, drop } = await createScratchDatabase('kosovo_law_migrations')));
  afterAll(() => drop());

  it('apply to an empty database, revert cleanly and apply again', async () => {
    const dataSource = createDataSource({ url, poolSize: 1 });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied.length).toBeGreaterThan(0);
      const tables = async () =>
        (
          await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)
        ).map((r: { tablename: string }) => r.tablename);
      expect(await tables()).toEqual(
        expect.arrayContaining([
          'instrument',
          'provision',
          'provision_version',
          'penalty',
          'court',
          'decision',
          'criminal_count',
        ]),
      );
      for (let i = 0; i < applied.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await tables()).toEqual(['migrations']);
      expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(applied.length);
    } finally {
      await dataSource.destroy();
    }
  });

  it('keep the search columns read for every row checked in the row, and the texts out of it', async () => {
    const dataSource = createDataSource({ url, poolSize: 1 });
    await dataSource.initialize();
    try {
      const storage = Object.fromEntries(
        (
          await dataSource.query(
            `SELECT attname, attstorage FROM pg_attribute
              WHERE attrelid = 'search_document'::regclass AND attnum > 0 AND NOT attisdropped`,
          )
        ).map((r: { attname: string; attstorage: string }) => [r.attname, r.attstorage]),
      );
      for (const column of ['id', 'kind', 'title', 'finding_statuses', 'title_tsv', 'head_tsv', 'match_tsv'])
        expect([column, storage[column]]).toEqual([column, 'm']);
      for (const column of ['body', 'body_folded', 'summary'])
        expect([column, storage[column]]).toEqual([column, 'x']);
    } finally {
      await dataSource.destroy();
    }
  });

  it('compress decision texts with lz4 where the server has it, with its default where it has not', async () => {
    const dataSource = createDataSource({ url, poolSize: 1 });
    await dataSource.initialize();
    try {
      const [column] = await dataSource.query(
        `SELECT attstorage, attcompression FROM pg_attribute
          WHERE attrelid = 'decision'::regclass AND attname = 'redacted_text'`,
      );
      expect(column).toEqual(
        (await serverHasLz4(dataSource))
          ? { attstorage: 'x', attcompression: 'l' }
          : { attstorage: 'x', attcompression: '' },
      );
    } finally {
      await dataSource.destroy();
    }
  });

  it('let the database itself refuse nonsense', async () => {
    // How sure a version's days are: unknown here, so each refusal below is for the reason it names.
    const BOUNDARY = `'${JSON.stringify({
      verification: 'UNVERIFIED',
      earliest: null,
      latest: null,
      boundsVerification: 'UNVERIFIED',
      source: { url: null, document: null, verification: 'UNVERIFIED', note: null },
    })}'`;
    const dataSource = createDataSource({ url, poolSize: 1 });
    await dataSource.initialize();
    try {
      await dataSource.query(`INSERT INTO instrument (id, kind, short_name, title_en, dates_verification)
                              VALUES ('test/1', 'CODE', 'T', 'Test code', 'UNVERIFIED')`);
      const [{ id }] = await dataSource.query(
        `INSERT INTO provision (instrument_id, number, kind) VALUES ('test/1', '1', 'ARTICLE') RETURNING id`,
      );
      const [{ id: versionId }] = await dataSource.query(
        `INSERT INTO provision_version (provision_id, valid_from, valid_to, verification, valid_from_boundary,
                                        valid_to_boundary)
         VALUES ($1, '2000-01-01', '2010-01-01', 'UNVERIFIED', ${BOUNDARY}, ${BOUNDARY}) RETURNING id`,
        [id],
      );
      const refused = (sql: string, params: unknown[] = []) =>
        expect(dataSource.query(sql, params)).rejects.toThrow();
      // overlapping versions of one provision
      await refused(
        `INSERT INTO provision_version (provision_id, valid_from, verification, valid_from_boundary)
         VALUES ($1, '2005-01-01', 'UNVERIFIED', ${BOUNDARY})`,
        [id],
      );
      // a version that does not say how sure its start is
      await refused(
        `INSERT INTO provision_version (provision_id, valid_from, verification) VALUES ($1, '2011-01-01', 'UNVERIFIED')`,
        [id],
      );
      // an end without saying how sure it is
      await refused(
        `INSERT INTO provision_version (provision_id, valid_from, valid_to, verification, valid_from_boundary)
         VALUES ($1, '2011-01-01', '2012-01-01', 'UNVERIFIED', ${BOUNDARY})`,
        [id],
      );
      // validity in the wrong order
      await refused(
        `INSERT INTO provision_version (provision_id, valid_from, valid_to, verification, valid_from_boundary,
                                        valid_to_boundary)
         VALUES ($1, '2020-01-01', '2019-01-01', 'UNVERIFIED', ${BOUNDARY}, ${BOUNDARY})`,
        [id],
      );
      // minimum above maximum, negative months, unknown verification
      await refused(
        `INSERT INTO penalty (provision_version_id, variant, offence_class, imprisonment_min_months, imprisonment_max_months, fine_mode, verification) VALUES ($1, 'BASIC', 'CRIMINAL_OFFENCE', 60, 24, 'NONE', 'UNVERIFIED')`,
        [versionId],
      );
      await refused(
        `INSERT INTO penalty (provision_version_id, variant, offence_class, imprisonment_min_months, fine_mode, verification) VALUES ($1, 'BASIC', 'CRIMINAL_OFFENCE', -1, 'NONE', 'UNVERIFIED')`,
        [versionId],
      );
      await refused(
        `INSERT INTO penalty (provision_version_id, variant, offence_class, fine_mode, verification) VALUES ($1, 'BASIC', 'CRIMINAL_OFFENCE', 'NONE', 'TRUST_ME')`,
        [versionId],
      );
      // a provision number twice in one instrument
      await refused(`INSERT INTO provision (instrument_id, number, kind) VALUES ('test/1', '1', 'ARTICLE')`);
      // a defendant named rather than pseudonymised
      await dataSource.query(
        `INSERT INTO court (code, name_sq, name_sr, name_en, level, verification) VALUES ('test-court', 'a', 'b', 'c', 'BASIC', 'UNVERIFIED')`,
      );
      const [{ id: decisionId }] = await dataSource.query(
        `INSERT INTO decision (court_id, case_number, decision_date, decision_type, provenance)
         SELECT id, 'P 1/20', '2020-01-01', 'FIRST_INSTANCE', 'SYNTHETIC' FROM court WHERE code = 'test-court' RETURNING id`,
      );
      await refused(`INSERT INTO defendant (decision_id, label) VALUES ($1, 'Vladimir Ukaj')`, [decisionId]);
      await refused(
        `INSERT INTO decision (court_id, case_number, decision_date, decision_type, provenance) SELECT court_id, case_number, decision_date, decision_type, provenance FROM decision WHERE id = $1`,
        [decisionId],
      );
      const [{ id: defendantId }] = await dataSource.query(
        `INSERT INTO defendant (decision_id, label) VALUES ($1, 'V.U.') RETURNING id`,
        [decisionId],
      );
      // a sentence on an acquittal
      await refused(
        `INSERT INTO criminal_count (decision_id, defendant_id, seq, verdict, imprisonment_months) VALUES ($1, $2, 1, 'ACQUITTED', 12)`,
        [decisionId, defendantId],
      );
    } finally {
      await dataSource.destroy();
    }
  });
});
