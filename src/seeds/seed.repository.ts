import type { Db } from '../db/unit-of-work';
import { penaltyValues, sourceValues } from '../law/law-values';
import type { MitigationRuleData, PenaltyData, ProvisionVersionData } from '../law/law.model';
import type { CourtSeed, InstrumentSeed, ProvisionSeed, SuccessionSeed } from './seed.format';

/** Upserts of the seed data by natural keys: loading the same seeds twice leaves every row as it was. */
export class SeedRepository {
  constructor(private readonly db: Db) {}

  async checksumOf(name: string): Promise<string | null> {
    const rows: { checksum: string }[] = await this.db.query(
      `SELECT checksum FROM seed_run WHERE name = $1`,
      [name],
    );
    return rows[0]?.checksum ?? null;
  }

  async recordRun(name: string, checksum: string): Promise<void> {
    await this.db.query(
      `INSERT INTO seed_run (name, checksum) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()`,
      [name, checksum],
    );
  }

  async upsertInstrument(i: InstrumentSeed, shortName: string, aliases: string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO instrument (id, kind, symbol, short_name, title_sq, title_sr, title_en, issuer, adopted_on,
                               published_on, in_force_from, repealed_on, dates_source_url, dates_source_document,
                               dates_verification, dates_source_note, source_url, notes, citation_aliases)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
       ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, symbol = EXCLUDED.symbol,
         short_name = EXCLUDED.short_name, title_sq = EXCLUDED.title_sq, title_sr = EXCLUDED.title_sr,
         title_en = EXCLUDED.title_en, issuer = EXCLUDED.issuer, adopted_on = EXCLUDED.adopted_on,
         published_on = EXCLUDED.published_on, in_force_from = EXCLUDED.in_force_from,
         repealed_on = EXCLUDED.repealed_on, dates_source_url = EXCLUDED.dates_source_url,
         dates_source_document = EXCLUDED.dates_source_document, dates_verification = EXCLUDED.dates_verification,
         dates_source_note = EXCLUDED.dates_source_note, source_url = EXCLUDED.source_url, notes = EXCLUDED.notes,
         citation_aliases = EXCLUDED.citation_aliases`,
      [
        i.id,
        i.kind,
        i.symbol,
        shortName,
        i.titles.sq ?? null,
        i.titles.sr ?? null,
        i.titles.en,
        i.issuer,
        i.adoptedOn,
        i.publishedOn,
        i.inForceFrom,
        i.repealedOn,
        ...sourceValues(i.datesSource),
        i.sourceUrl,
        i.notes,
        aliases,
      ],
    );
  }

  async upsertProvision(instrumentId: string, p: ProvisionSeed): Promise<string> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO provision (instrument_id, parent_id, number, kind, heading_sq, heading_sr, heading_en)
       VALUES ($1, (SELECT id FROM provision WHERE instrument_id = $1 AND number = $2), $3, $4, $5, $6, $7)
       ON CONFLICT (instrument_id, number) DO UPDATE SET parent_id = EXCLUDED.parent_id, kind = EXCLUDED.kind,
         heading_sq = EXCLUDED.heading_sq, heading_sr = EXCLUDED.heading_sr, heading_en = EXCLUDED.heading_en
       RETURNING id`,
      [
        instrumentId,
        p.parent,
        p.number,
        p.kind,
        p.heading.sq ?? null,
        p.heading.sr ?? null,
        p.heading.en ?? null,
      ],
    );
    return row.id;
  }

  async upsertVersion(provisionId: string, v: ProvisionVersionData): Promise<string> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO provision_version (provision_id, valid_from, valid_to, text_sq, text_sr, text_en,
                                      source_url, source_document, verification, source_note,
                                      valid_from_boundary, valid_to_boundary)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (provision_id, valid_from) DO UPDATE SET valid_to = EXCLUDED.valid_to,
         text_sq = EXCLUDED.text_sq, text_sr = EXCLUDED.text_sr, text_en = EXCLUDED.text_en,
         source_url = EXCLUDED.source_url, source_document = EXCLUDED.source_document,
         verification = EXCLUDED.verification, source_note = EXCLUDED.source_note,
         valid_from_boundary = EXCLUDED.valid_from_boundary, valid_to_boundary = EXCLUDED.valid_to_boundary
       RETURNING id`,
      [
        provisionId,
        v.validFrom,
        v.validTo,
        v.text.sq ?? null,
        v.text.sr ?? null,
        v.text.en ?? null,
        ...sourceValues(v.source),
        JSON.stringify(v.validFromBoundary),
        v.validToBoundary === null ? null : JSON.stringify(v.validToBoundary),
      ],
    );
    return row.id;
  }

  async upsertPenalty(versionId: string, p: PenaltyData): Promise<void> {
    await this.db.query(
      `INSERT INTO penalty (provision_version_id, variant, circumstances, offence_class, imprisonment_min_months,
                            imprisonment_max_months, life_imprisonment, fine_min_eur, fine_max_eur, fine_mode,
                            source_url, source_document, verification, source_note, further_sources)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (provision_version_id, variant) DO UPDATE SET circumstances = EXCLUDED.circumstances,
         offence_class = EXCLUDED.offence_class, imprisonment_min_months = EXCLUDED.imprisonment_min_months,
         imprisonment_max_months = EXCLUDED.imprisonment_max_months, life_imprisonment = EXCLUDED.life_imprisonment,
         fine_min_eur = EXCLUDED.fine_min_eur, fine_max_eur = EXCLUDED.fine_max_eur, fine_mode = EXCLUDED.fine_mode,
         source_url = EXCLUDED.source_url, source_document = EXCLUDED.source_document,
         verification = EXCLUDED.verification, source_note = EXCLUDED.source_note,
         further_sources = EXCLUDED.further_sources`,
      [versionId, ...penaltyValues(p), JSON.stringify(p.furtherSources ?? [])],
    );
  }

  async upsertMitigationRule(instrumentId: string, r: MitigationRuleData): Promise<void> {
    await this.db.query(
      `INSERT INTO mitigation_rule (instrument_id, statutory_minimum_from_months, floor_months,
                                    fine_substitution_allowed, description, source_url, source_document,
                                    verification, source_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (instrument_id, statutory_minimum_from_months) DO UPDATE SET floor_months = EXCLUDED.floor_months,
         fine_substitution_allowed = EXCLUDED.fine_substitution_allowed, description = EXCLUDED.description,
         source_url = EXCLUDED.source_url, source_document = EXCLUDED.source_document,
         verification = EXCLUDED.verification, source_note = EXCLUDED.source_note`,
      [
        instrumentId,
        r.statutoryMinimumFromMonths,
        r.floorMonths,
        r.fineSubstitutionAllowed,
        r.description,
        ...sourceValues(r.source),
      ],
    );
  }

  async upsertSuccession(s: SuccessionSeed): Promise<void> {
    const result: unknown[] = await this.db.query(
      `INSERT INTO provision_succession (predecessor_id, successor_id, kind, effective_on, source_url,
                                         source_document, verification, source_note)
       SELECT p.id, s.id, $5, $6, $7, $8, $9, $10
         FROM provision p, provision s
        WHERE p.instrument_id = $1 AND p.number = $2 AND s.instrument_id = $3 AND s.number = $4
       ON CONFLICT (predecessor_id, successor_id) DO UPDATE SET kind = EXCLUDED.kind,
         effective_on = EXCLUDED.effective_on, source_url = EXCLUDED.source_url,
         source_document = EXCLUDED.source_document, verification = EXCLUDED.verification,
         source_note = EXCLUDED.source_note
       RETURNING 1`,
      [
        s.from.instrument,
        s.from.number,
        s.to.instrument,
        s.to.number,
        s.kind,
        s.effectiveOn,
        ...sourceValues(s.source),
      ],
    );
    if (result.length !== 1) {
      throw new Error(
        `Succession ${s.from.instrument} ${s.from.number} → ${s.to.instrument} ${s.to.number} names a provision the seeds do not hold.`,
      );
    }
  }

  async upsertCourt(c: CourtSeed): Promise<string> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO court (code, name_sq, name_sr, name_en, level, seat, active_from, active_to, source_url,
                          source_document, verification, source_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (code) DO UPDATE SET name_sq = EXCLUDED.name_sq, name_sr = EXCLUDED.name_sr,
         name_en = EXCLUDED.name_en, level = EXCLUDED.level, seat = EXCLUDED.seat,
         active_from = EXCLUDED.active_from, active_to = EXCLUDED.active_to, source_url = EXCLUDED.source_url,
         source_document = EXCLUDED.source_document, verification = EXCLUDED.verification,
         source_note = EXCLUDED.source_note
       RETURNING id`,
      [
        c.code,
        c.names.sq,
        c.names.sr,
        c.names.en,
        c.level,
        c.seat,
        c.activeFrom,
        c.activeTo,
        ...sourceValues(c.source),
      ],
    );
    return row.id;
  }

  async setCourtSuccessor(code: string, successorCode: string | null): Promise<void> {
    await this.db.query(
      `UPDATE court SET successor_id = (SELECT id FROM court WHERE code = $2) WHERE code = $1`,
      [code, successorCode],
    );
  }

  async upsertCourtAlias(courtId: string, alias: string, folded: string): Promise<void> {
    await this.db.query(
      `INSERT INTO court_alias (folded, alias, court_id) VALUES ($1, $2, $3)
       ON CONFLICT (folded) DO UPDATE SET alias = EXCLUDED.alias, court_id = EXCLUDED.court_id`,
      [folded, alias, courtId],
    );
  }
}
