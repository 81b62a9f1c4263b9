import { In, type DataSource, type EntityManager } from 'typeorm';
import type { DateIdKey } from '../shared/cursor';
import type { Provenance, DecisionType, Verdict } from './case.model';
import { CountEntity, DecisionEntity, DecisionLinkEntity, DefendantEntity } from './case.entity';

export interface DecisionQuery {
  courtId?: string;
  yearFrom?: number;
  yearTo?: number;
  /** Counts charged or convicted under any of these provisions. */
  provisionIds?: string[];
  verdict?: Verdict;
  provenance?: Provenance;
  decisionType?: DecisionType;
}

export class CaseRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  private filtered(query: DecisionQuery) {
    const qb = this.db.getRepository(DecisionEntity).createQueryBuilder('d');
    if (query.courtId) qb.andWhere('d.court_id = :courtId', { courtId: query.courtId });
    if (query.yearFrom !== undefined)
      qb.andWhere('d.decision_date >= :from', { from: `${query.yearFrom}-01-01` });
    if (query.yearTo !== undefined) qb.andWhere('d.decision_date < :to', { to: `${query.yearTo + 1}-01-01` });
    if (query.provenance) qb.andWhere('d.provenance = :provenance', { provenance: query.provenance });
    if (query.decisionType)
      qb.andWhere('d.decision_type = :decisionType', { decisionType: query.decisionType });
    if (query.provisionIds) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM criminal_count c WHERE c.decision_id = d.id
                 AND (c.charged_provision_id = ANY(:provisionIds) OR c.convicted_provision_id = ANY(:provisionIds)))`,
        { provisionIds: query.provisionIds },
      );
    }
    if (query.verdict) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM criminal_count c WHERE c.decision_id = d.id AND c.verdict = :verdict)',
        {
          verdict: query.verdict,
        },
      );
    }
    return qb;
  }

  /** One page, newest first, keyed by (date, id); fetches one extra row to know whether more follow. */
  page(query: DecisionQuery, limit: number, after: DateIdKey | null): Promise<DecisionEntity[]> {
    const qb = this.filtered(query);
    if (after) {
      qb.andWhere('(d.decision_date, d.id) < (:afterDate, :afterId)', {
        afterDate: after.date,
        afterId: after.id,
      });
    }
    return qb
      .orderBy('d.decision_date', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(limit + 1)
      .getMany();
  }

  count(query: DecisionQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  decisionsByIds(ids: readonly string[]): Promise<DecisionEntity[]> {
    return this.db.getRepository(DecisionEntity).findBy({ id: In([...ids]) });
  }

  /** The redacted texts of these decisions (read apart from their rows). */
  texts(ids: readonly string[]): Promise<{ id: string; text: string | null }[]> {
    return this.db.query(`SELECT id, redacted_text AS text FROM decision WHERE id = ANY($1::uuid[])`, [
      [...ids],
    ]);
  }

  decisionsByCaseNumber(caseNumber: string, courtId?: string): Promise<DecisionEntity[]> {
    return this.db.getRepository(DecisionEntity).findBy(courtId ? { caseNumber, courtId } : { caseNumber });
  }

  defendantsOf(decisionIds: readonly string[]): Promise<DefendantEntity[]> {
    return this.db
      .getRepository(DefendantEntity)
      .find({ where: { decisionId: In([...decisionIds]) }, order: { label: 'ASC' } });
  }

  defendantsByIds(ids: readonly string[]): Promise<DefendantEntity[]> {
    return this.db.getRepository(DefendantEntity).findBy({ id: In([...ids]) });
  }

  /** Counts in reading order: by defendant label, then the count's sequence. */
  countsOfDecisions(decisionIds: readonly string[]): Promise<CountEntity[]> {
    return this.db
      .getRepository(CountEntity)
      .createQueryBuilder('c')
      .innerJoin(DefendantEntity, 'df', 'df.id = c.defendant_id')
      .where('c.decision_id = ANY(:decisionIds)', { decisionIds: [...decisionIds] })
      .orderBy('df.label')
      .addOrderBy('c.seq')
      .getMany();
  }

  countsByIds(ids: readonly string[]): Promise<CountEntity[]> {
    return this.db.getRepository(CountEntity).findBy({ id: In([...ids]) });
  }

  /** Links where these decisions are the higher (reviewing) one. */
  linksFrom(decisionIds: readonly string[]): Promise<DecisionLinkEntity[]> {
    return this.db.getRepository(DecisionLinkEntity).findBy({ decisionId: In([...decisionIds]) });
  }

  /** Links where these decisions were reviewed. */
  linksTo(decisionIds: readonly string[]): Promise<DecisionLinkEntity[]> {
    return this.db.getRepository(DecisionLinkEntity).findBy({ lowerDecisionId: In([...decisionIds]) });
  }
}
