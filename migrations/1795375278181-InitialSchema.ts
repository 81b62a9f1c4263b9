import type { MigrationInterface, QueryRunner } from 'typeorm';

const VERIFICATION = `('VERIFIED_PRIMARY', 'VERIFIED_SECONDARY', 'UNVERIFIED')`;
const CIRCUMSTANCES = `ARRAY['VICTIM_CHILD', 'ORGANISED_GROUP', 'OFFICIAL_CAPACITY', 'DEATH_CAUSED', 'SERIOUS_HARM', 'REPEAT_OFFENCE', 'ORGANISER']::text[]`;

/** Columns of a source reference (see SourceRef): who stands behind a figure and how sure we are. */
const source = (prefix = '') => `
  ${prefix}source_url text,
  ${prefix}source_document text,
  ${prefix}verification text NOT NULL CHECK (${prefix}verification IN ${VERIFICATION}),
  ${prefix}source_note text`;

/**
 * The whole domain model of the foundation: the law (instruments, provisions, versions, penalties, successions,
 * mitigation rules), the courts and the decisions (defendants, counts, appeal links). The database refuses
 * nonsense on its own: foreign keys, checks on every range and enum, uniqueness of natural keys, and no two
 * versions of one provision in force on the same day.
 */
export class InitialSchema1795375278181 implements MigrationInterface {
  name = 'InitialSchema1795375278181';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      CREATE TABLE instrument (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]+(/[A-Za-z0-9-]+)*$'),
        kind text NOT NULL CHECK (kind IN ('REGULATION', 'CODE', 'LAW')),
        symbol text,
        short_name text NOT NULL CHECK (length(btrim(short_name)) > 0),
        title_sq text,
        title_sr text,
        title_en text NOT NULL,
        issuer text,
        adopted_on date,
        published_on date,
        in_force_from date,
        repealed_on date,
        ${source('dates_')},
        source_url text,
        notes text,
        citation_aliases text[] NOT NULL DEFAULT '{}',
        CHECK (repealed_on IS NULL OR in_force_from IS NULL OR repealed_on > in_force_from)
      )`);

    await q.query(`
      CREATE TABLE provision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        instrument_id text NOT NULL REFERENCES instrument (id) ON DELETE RESTRICT,
        parent_id uuid,
        number text NOT NULL CHECK (number ~ '^[0-9]+[a-z]?(\\.[0-9a-z]+)*$'),
        kind text NOT NULL CHECK (kind IN ('ARTICLE', 'SECTION', 'PARAGRAPH', 'SUBPARAGRAPH')),
        heading_sq text,
        heading_sr text,
        heading_en text,
        UNIQUE (instrument_id, number),
        UNIQUE (id, instrument_id),
        CHECK (parent_id IS DISTINCT FROM id),
        FOREIGN KEY (parent_id, instrument_id) REFERENCES provision (id, instrument_id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX provision_parent_idx ON provision (parent_id)`);

    await q.query(`
      CREATE TABLE provision_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provision_id uuid NOT NULL REFERENCES provision (id) ON DELETE CASCADE,
        valid_from date NOT NULL,
        valid_to date,
        text_sq text,
        text_sr text,
        text_en text,
        ${source()},
        UNIQUE (provision_id, valid_from),
        CHECK (valid_to IS NULL OR valid_to > valid_from),
        EXCLUDE USING gist (provision_id WITH =, daterange(valid_from, valid_to, '[)') WITH &&)
      )`);

    await q.query(`
      CREATE TABLE penalty (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provision_version_id uuid NOT NULL REFERENCES provision_version (id) ON DELETE CASCADE,
        variant text NOT NULL CHECK (variant ~ '^[A-Z][A-Z_]*$'),
        circumstances text[] NOT NULL DEFAULT '{}' CHECK (circumstances <@ ${CIRCUMSTANCES}),
        offence_class text NOT NULL CHECK (offence_class IN ('CRIMINAL_OFFENCE', 'MINOR_OFFENCE')),
        imprisonment_min_months integer CHECK (imprisonment_min_months >= 0),
        imprisonment_max_months integer CHECK (imprisonment_max_months >= 0),
        life_imprisonment boolean NOT NULL DEFAULT false,
        fine_min_eur numeric(12, 2) CHECK (fine_min_eur >= 0),
        fine_max_eur numeric(12, 2) CHECK (fine_max_eur >= 0),
        fine_mode text NOT NULL CHECK (fine_mode IN ('NONE', 'ALTERNATIVE', 'CUMULATIVE', 'NOT_ALTERNATIVE', 'UNKNOWN')),
        ${source()},
        UNIQUE (provision_version_id, variant),
        CHECK ((variant = 'BASIC') = (cardinality(circumstances) = 0)),
        CHECK (imprisonment_min_months IS NULL OR imprisonment_max_months IS NULL
               OR imprisonment_min_months <= imprisonment_max_months),
        CHECK (fine_min_eur IS NULL OR fine_max_eur IS NULL OR fine_min_eur <= fine_max_eur)
      )`);

    await q.query(`
      CREATE TABLE provision_succession (
        predecessor_id uuid NOT NULL REFERENCES provision (id) ON DELETE CASCADE,
        successor_id uuid NOT NULL REFERENCES provision (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('REPLACED_BY', 'RENUMBERED_AS')),
        effective_on date,
        ${source()},
        PRIMARY KEY (predecessor_id, successor_id),
        CHECK (predecessor_id <> successor_id)
      )`);
    await q.query(`CREATE INDEX provision_succession_successor_idx ON provision_succession (successor_id)`);

    await q.query(`
      CREATE TABLE mitigation_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        instrument_id text NOT NULL REFERENCES instrument (id) ON DELETE CASCADE,
        statutory_minimum_from_months integer NOT NULL CHECK (statutory_minimum_from_months >= 0),
        floor_months integer CHECK (floor_months >= 0),
        fine_substitution_allowed boolean,
        description text NOT NULL,
        ${source()},
        UNIQUE (instrument_id, statutory_minimum_from_months)
      )`);

    await q.query(`
      CREATE TABLE court (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]+$'),
        name_sq text NOT NULL,
        name_sr text NOT NULL,
        name_en text NOT NULL,
        level text NOT NULL CHECK (level IN ('MUNICIPAL', 'DISTRICT', 'MINOR_OFFENCES', 'BASIC', 'APPEALS', 'SUPREME', 'SPECIAL')),
        seat text,
        active_from date,
        active_to date,
        successor_id uuid REFERENCES court (id) ON DELETE SET NULL,
        ${source()},
        CHECK (active_to IS NULL OR active_from IS NULL OR active_to > active_from),
        CHECK (successor_id IS DISTINCT FROM id)
      )`);

    // `folded` is the alias lower-cased with diacritics removed and Cyrillic transliterated (src/shared/fold.ts):
    // one folded spelling names exactly one court.
    await q.query(`
      CREATE TABLE court_alias (
        folded text PRIMARY KEY CHECK (length(folded) > 0),
        alias text NOT NULL,
        court_id uuid NOT NULL REFERENCES court (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX court_alias_court_idx ON court_alias (court_id)`);

    await q.query(`
      CREATE TABLE decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        court_id uuid NOT NULL REFERENCES court (id) ON DELETE RESTRICT,
        case_number text NOT NULL CHECK (length(btrim(case_number)) > 0),
        decision_date date NOT NULL,
        decision_date_precision text NOT NULL DEFAULT 'DAY' CHECK (decision_date_precision IN ('DAY', 'MONTH', 'YEAR')),
        decision_type text NOT NULL CHECK (decision_type IN ('FIRST_INSTANCE', 'APPEAL', 'SUPREME')),
        is_final boolean,
        final_on date,
        language text CHECK (language IN ('sq', 'sr', 'en')),
        presiding_judge text,
        summary text,
        redacted_text text,
        source_url text,
        source_note text,
        provenance text NOT NULL CHECK (provenance IN ('OFFICIAL', 'REPORTED', 'SYNTHETIC')),
        import_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (court_id, case_number),
        CHECK (final_on IS NULL OR final_on >= decision_date),
        CHECK (final_on IS NULL OR is_final IS DISTINCT FROM false)
      )`);
    await q.query(`CREATE INDEX decision_page_idx ON decision (decision_date DESC, id DESC)`);
    await q.query(`CREATE INDEX decision_court_idx ON decision (court_id, decision_date DESC, id DESC)`);

    await q.query(`
      CREATE TABLE decision_link (
        decision_id uuid NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
        lower_decision_id uuid NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
        outcome text CHECK (outcome IN ('AFFIRMS', 'MODIFIES', 'REVERSES', 'PARTIALLY_GRANTS', 'REJECTS')),
        PRIMARY KEY (decision_id, lower_decision_id),
        CHECK (decision_id <> lower_decision_id)
      )`);
    await q.query(`CREATE INDEX decision_link_lower_idx ON decision_link (lower_decision_id)`);

    // Defendants are pseudonymous: initials ("A.B.") or a code with a digit ("D-017"), never a name.
    await q.query(`
      CREATE TABLE defendant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        decision_id uuid NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
        label text NOT NULL CHECK (
          label ~ '^([A-Z][A-Za-z]?\\.){1,4}$' OR (label ~ '^[A-Z0-9][A-Z0-9-]{1,23}$' AND label ~ '[0-9]')
        ),
        UNIQUE (decision_id, label),
        UNIQUE (id, decision_id)
      )`);

    await q.query(`
      CREATE TABLE criminal_count (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        decision_id uuid NOT NULL,
        defendant_id uuid NOT NULL,
        seq integer NOT NULL CHECK (seq >= 1),
        offence_date date,
        charged_citation text,
        charged_provision_id uuid REFERENCES provision (id) ON DELETE RESTRICT,
        convicted_citation text,
        convicted_provision_id uuid REFERENCES provision (id) ON DELETE RESTRICT,
        verdict text CHECK (verdict IN ('CONVICTED', 'ACQUITTED', 'DISMISSED')),
        imprisonment_months numeric(7, 2) CHECK (imprisonment_months >= 0),
        suspended boolean,
        fine_eur numeric(12, 2) CHECK (fine_eur >= 0),
        circumstances text[] NOT NULL DEFAULT '{}' CHECK (circumstances <@ ${CIRCUMSTANCES}),
        mitigation_cited boolean,
        note text,
        FOREIGN KEY (defendant_id, decision_id) REFERENCES defendant (id, decision_id) ON DELETE CASCADE,
        UNIQUE (defendant_id, seq),
        CHECK (verdict = 'CONVICTED' OR (imprisonment_months IS NULL AND fine_eur IS NULL AND suspended IS NULL)),
        CHECK (convicted_provision_id IS NULL OR verdict = 'CONVICTED'),
        CHECK (suspended IS NULL OR imprisonment_months IS NOT NULL),
        CHECK (charged_provision_id IS NULL OR charged_citation IS NOT NULL),
        CHECK (convicted_provision_id IS NULL OR convicted_citation IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX criminal_count_decision_idx ON criminal_count (decision_id)`);
    await q.query(`CREATE INDEX criminal_count_convicted_idx ON criminal_count (convicted_provision_id)`);
    await q.query(`CREATE INDEX criminal_count_charged_idx ON criminal_count (charged_provision_id)`);

    // Which seed files were applied, by content hash: a start with unchanged seeds writes nothing.
    await q.query(`
      CREATE TABLE seed_run (
        name text PRIMARY KEY,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'seed_run',
      'criminal_count',
      'defendant',
      'decision_link',
      'decision',
      'court_alias',
      'court',
      'mitigation_rule',
      'provision_succession',
      'penalty',
      'provision_version',
      'provision',
      'instrument',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
