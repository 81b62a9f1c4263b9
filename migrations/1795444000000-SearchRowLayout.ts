import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The columns a search reads of every row it checks or counts (the sample that estimates a broad query's counts
 * and facets, the walks of the date index, the page's ids and titles), as opposed to the texts it reads only for
 * the page's highlights.
 */
const READ_IN_ROW = [
  'id',
  'kind',
  'title',
  'citations',
  'instrument_id',
  'court_name',
  'finding_statuses',
  'provenance',
  'language',
  'title_tsv',
  'head_tsv',
];

/**
 * Keeps the columns every search reads in the row itself (STORAGE MAIN: compressed if need be, moved out of the row
 * only when the row would not fit in a page). With the default storage, a row whose texts and match vector make it
 * longer than 2 KB had even its id, title, finding statuses and heading vectors moved to the TOAST table: on the
 * 100,000-decision benchmark corpus 9 rows in 10 had them out of line, so checking or counting a row cost a TOAST
 * index lookup per column (the estimate of "victim child" read 3,531 pages for its 430 sample rows, and 4,108
 * more to count their finding statuses). The texts (body, summary and their folded copies) still go out of line.
 *
 * The rows already stored are rewritten (CLUSTER, newest first, which also puts the rows a walk of the date index
 * reads next to each other): 34 s for the 100,000 corpus; the table's own pages grow from 268 to 379 MB and its
 * TOAST table shrinks from 532 to 490 MB.
 */
export class SearchRowLayout1795444000000 implements MigrationInterface {
  name = 'SearchRowLayout1795444000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE search_document ${READ_IN_ROW.map((c) => `ALTER COLUMN ${c} SET STORAGE MAIN`).join(', ')}`,
    );
    await q.query(`CLUSTER search_document USING search_document_recent_idx`);
    await q.query(`ALTER TABLE search_document SET WITHOUT CLUSTER`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE search_document ${READ_IN_ROW.map((c) => `ALTER COLUMN ${c} SET STORAGE EXTENDED`).join(', ')}`,
    );
  }
}
