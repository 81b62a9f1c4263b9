import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Findings: the stored compliance verdict of every convicted count, recomputed in the same transaction as any
 * change to the count or to the law it depends on. Court, date and provision are copied from the decision and
 * the count so filters and statistics read one table; `provision_id` is the convicted provision as the chain
 * knows it (the article when a paragraph without penalties of its own was cited).
 */
export class Findings1795380000000 implements MigrationInterface {
  name = 'Findings1795380000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE finding (
        count_id uuid PRIMARY KEY REFERENCES criminal_count (id) ON DELETE CASCADE,
        decision_id uuid NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
        court_id uuid NOT NULL REFERENCES court (id),
        decision_date date NOT NULL,
        decision_year integer NOT NULL,
        provision_id uuid REFERENCES provision (id),
        applicable_provision_id uuid REFERENCES provision (id),
        applicable_version_id uuid REFERENCES provision_version (id),
        applicable_citation text,
        status text NOT NULL CHECK (status IN ('COMPLIANT', 'BELOW_MINIMUM', 'ABOVE_MAXIMUM', 'UNDETERMINED')),
        reasons text[] NOT NULL CHECK (reasons <@ ARRAY['FINE_ONLY', 'SUSPENDED', 'MITIGATION_CITED',
          'BELOW_MITIGATION_FLOOR', 'CHARGE_DOWNGRADED', 'LEX_MITIOR_APPLIED', 'RANGE_UNVERIFIED', 'NO_VARIANT_MATCH']::text[]),
        shortfall_months numeric(7, 2) CHECK (shortfall_months > 0),
        confidence text NOT NULL CHECK (confidence IN ('PRIMARY_SOURCE', 'SECONDARY_SOURCE', 'UNVERIFIED', 'NOT_APPLICABLE')),
        imposed_months numeric(7, 2),
        minimum_months integer,
        maximum_months integer,
        trace jsonb NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        CHECK (decision_year = extract(year FROM decision_date)),
        CHECK (shortfall_months IS NULL OR status = 'BELOW_MINIMUM')
      )`);
    await q.query(`CREATE INDEX finding_page_idx ON finding (decision_date DESC, count_id DESC)`);
    await q.query(`CREATE INDEX finding_year_court_idx ON finding (decision_year, court_id)`);
    await q.query(`CREATE INDEX finding_decision_idx ON finding (decision_id)`);
    await q.query(`CREATE INDEX finding_provision_idx ON finding (provision_id)`);
    await q.query(`CREATE INDEX finding_status_idx ON finding (status)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE finding`);
  }
}
