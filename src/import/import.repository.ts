import type { DataSource, EntityManager } from 'typeorm';
import { CourtRepository } from '../courts/court.repository';
import { InstrumentEntity, ProvisionEntity, ProvisionVersionEntity } from '../law/law.entity';
import type { AppealOutcome } from '../cases/case.entity';
import type { DecisionWrite, CountWrite } from './import.model';

export interface ExistingDecision {
  id: string;
  courtId: string;
  caseNumber: string;
  importHash: string | null;
}

/** The reference data an import resolves names against, read once per import. */
export interface ImportCatalogue {
  courtsByFoldedAlias: Map<string, string>;
  instruments: InstrumentEntity[];
  provisions: ProvisionEntity[];
  versions: ProvisionVersionEntity[];
}

/** Writes of the importer. Each method is one statement, whatever the number of rows. */
export class ImportRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  async catalogue(): Promise<ImportCatalogue> {
    return {
      courtsByFoldedAlias: await new CourtRepository(this.db).allFoldedAliases(),
      instruments: await this.db.getRepository(InstrumentEntity).find(),
      provisions: await this.db.getRepository(ProvisionEntity).find(),
      versions: await this.db.getRepository(ProvisionVersionEntity).find(),
    };
  }

  async existing(keys: { courtId: string; caseNumber: string }[]): Promise<ExistingDecision[]> {
    if (keys.length === 0) return [];
    const rows: { id: string; court_id: string; case_number: string; import_hash: string | null }[] =
      await this.db.query(
        `SELECT d.id, d.court_id, d.case_number, d.import_hash
         FROM decision d
         JOIN unnest($1::uuid[], $2::text[]) AS k(court_id, case_number)
           ON d.court_id = k.court_id AND d.case_number = k.case_number`,
        [keys.map((k) => k.courtId), keys.map((k) => k.caseNumber)],
      );
    return rows.map((r) => ({
      id: r.id,
      courtId: r.court_id,
      caseNumber: r.case_number,
      importHash: r.import_hash,
    }));
  }

  /** Inserts new decisions in one statement; returns their ids by `courtId|caseNumber`. */
  async insertDecisions(items: { write: DecisionWrite; hash: string }[]): Promise<Map<string, string>> {
    if (items.length === 0) return new Map();
    const col = <T>(pick: (d: DecisionWrite, hash: string) => T) => items.map((i) => pick(i.write, i.hash));
    const rows: { id: string; court_id: string; case_number: string }[] = await this.db.query(
      `INSERT INTO decision (court_id, case_number, decision_date, decision_date_precision, decision_type, is_final,
                             language, presiding_judge, summary, redacted_text, source_url, source_note, provenance,
                             import_hash)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[], $6::boolean[], $7::text[],
                            $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
       RETURNING id, court_id, case_number`,
      [
        col((d) => d.courtId),
        col((d) => d.caseNumber),
        col((d) => d.decisionDate),
        col((d) => d.decisionDatePrecision),
        col((d) => d.decisionType),
        col((d) => d.final),
        col((d) => d.language),
        col((d) => d.presidingJudge),
        col((d) => d.summary),
        col((d) => d.text),
        col((d) => d.sourceUrl),
        col((d) => d.sourceNote),
        col((d) => d.provenance),
        col((_, hash) => hash),
      ],
    );
    return new Map(rows.map((r) => [`${r.court_id}|${r.case_number}`, r.id]));
  }

  /** Replaces a changed decision's fields and removes what the file restates (defendants, counts, links, names). */
  async updateDecision(id: string, d: DecisionWrite, hash: string): Promise<void> {
    await this.db.query(
      `UPDATE decision SET court_id = $1, case_number = $2, decision_date = $3, decision_date_precision = $4,
              decision_type = $5, is_final = $6, language = $7, presiding_judge = $8, summary = $9,
              redacted_text = $10, source_url = $11, source_note = $12, provenance = $13, import_hash = $14,
              updated_at = now()
        WHERE id = $15`,
      [
        d.courtId,
        d.caseNumber,
        d.decisionDate,
        d.decisionDatePrecision,
        d.decisionType,
        d.final,
        d.language,
        d.presidingJudge,
        d.summary,
        d.text,
        d.sourceUrl,
        d.sourceNote,
        d.provenance,
        hash,
        id,
      ],
    );
    await this.db.query(`DELETE FROM defendant WHERE decision_id = $1`, [id]);
    await this.db.query(`DELETE FROM decision_link WHERE decision_id = $1`, [id]);
    await this.db.query(`DELETE FROM decision_protected_name WHERE decision_id = $1`, [id]);
  }

  /**
   * Writes the defendants, counts and protected names of these decisions in three statements, whatever their
   * number; returns the number of counts written.
   */
  async insertContents(items: { decisionId: string; write: DecisionWrite }[]): Promise<number> {
    const defendants = items.flatMap(({ decisionId, write }) =>
      write.defendants.map((d) => ({ decisionId, ...d })),
    );
    const names = items.flatMap(({ decisionId, write }) =>
      write.protectedNames.map((name) => ({ decisionId, name })),
    );
    if (names.length) {
      await this.db.query(
        `INSERT INTO decision_protected_name (decision_id, name) SELECT * FROM unnest($1::uuid[], $2::text[])`,
        [names.map((n) => n.decisionId), names.map((n) => n.name)],
      );
    }
    if (defendants.length === 0) return 0;
    const ids: { id: string; decision_id: string; label: string }[] = await this.db.query(
      `INSERT INTO defendant (decision_id, label) SELECT * FROM unnest($1::uuid[], $2::text[])
       RETURNING id, decision_id, label`,
      [defendants.map((d) => d.decisionId), defendants.map((d) => d.label)],
    );
    const idOf = new Map(ids.map((r) => [`${r.decision_id}|${r.label}`, r.id]));
    const counts = defendants.flatMap((d) =>
      d.counts.map((c) => ({
        ...c,
        decisionId: d.decisionId,
        defendantId: idOf.get(`${d.decisionId}|${d.label}`)!,
      })),
    );
    await this.insertCounts(counts);
    return counts.length;
  }

  private async insertCounts(
    counts: (CountWrite & { decisionId: string; defendantId: string })[],
  ): Promise<void> {
    if (counts.length === 0) return;
    const column = <T>(pick: (c: CountWrite & { decisionId: string; defendantId: string }) => T) =>
      counts.map(pick);
    await this.db.query(
      `INSERT INTO criminal_count (decision_id, defendant_id, seq, offence_date, charged_citation, charged_provision_id,
                                   convicted_citation, convicted_provision_id, verdict, imprisonment_months,
                                   suspended, fine_eur, circumstances, mitigation_cited, note)
       SELECT t.decision_id, t.defendant_id, t.seq, t.offence_date, t.charged_citation, t.charged_provision_id,
              t.convicted_citation, t.convicted_provision_id, t.verdict, t.imprisonment_months, t.suspended,
              t.fine_eur, string_to_array(t.circumstances, ';'), t.mitigation_cited, t.note
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::date[], $5::text[], $6::uuid[], $7::text[], $8::uuid[],
                     $9::text[], $10::numeric[], $11::boolean[], $12::numeric[], $13::text[], $14::boolean[],
                     $15::text[])
           AS t(decision_id, defendant_id, seq, offence_date, charged_citation, charged_provision_id,
                convicted_citation, convicted_provision_id, verdict, imprisonment_months, suspended, fine_eur,
                circumstances, mitigation_cited, note)`,
      [
        column((c) => c.decisionId),
        column((c) => c.defendantId),
        column((c) => c.seq),
        column((c) => c.offenceDate),
        column((c) => c.chargedCitation),
        column((c) => c.chargedProvisionId),
        column((c) => c.convictedCitation),
        column((c) => c.convictedProvisionId),
        column((c) => c.verdict),
        column((c) => c.imprisonmentMonths),
        column((c) => c.suspended),
        column((c) => c.fineEur),
        column((c) => c.circumstances.join(';')),
        column((c) => c.mitigationCited),
        column((c) => c.note),
      ],
    );
  }

  async insertAppealLink(
    decisionId: string,
    lowerDecisionId: string,
    outcome: AppealOutcome | null,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO decision_link (decision_id, lower_decision_id, outcome) VALUES ($1, $2, $3)
       ON CONFLICT (decision_id, lower_decision_id) DO UPDATE SET outcome = EXCLUDED.outcome`,
      [decisionId, lowerDecisionId, outcome],
    );
  }
}
