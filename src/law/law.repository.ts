import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  InstrumentEntity,
  MitigationRuleEntity,
  PenaltyEntity,
  ProvisionEntity,
  ProvisionSuccessionEntity,
  ProvisionVersionEntity,
} from './law.entity';
import type { IsoDate } from './law.model';

export interface ProvisionQuery {
  instrumentId?: string;
  inForceOn?: IsoDate;
  topLevelOnly?: boolean;
}

/** Reads the law tables. Every batch method is one SQL statement, so DataLoaders keep pages cheap. */
export class LawRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  listInstruments(): Promise<InstrumentEntity[]> {
    return this.db.getRepository(InstrumentEntity).find({ order: { inForceFrom: 'ASC', id: 'ASC' } });
  }

  instrumentsByIds(ids: readonly string[]): Promise<InstrumentEntity[]> {
    return this.db.getRepository(InstrumentEntity).findBy({ id: In([...ids]) });
  }

  provisionsByIds(ids: readonly string[]): Promise<ProvisionEntity[]> {
    return this.db.getRepository(ProvisionEntity).findBy({ id: In([...ids]) });
  }

  /** Provisions with this number in any of the instruments. */
  provisionsByNumber(instrumentIds: readonly string[], number: string): Promise<ProvisionEntity[]> {
    const where = instrumentIds.length ? { instrumentId: In([...instrumentIds]), number } : { number };
    return this.db.getRepository(ProvisionEntity).findBy(where);
  }

  childrenOf(parentIds: readonly string[]): Promise<ProvisionEntity[]> {
    return this.db.getRepository(ProvisionEntity).findBy({ parentId: In([...parentIds]) });
  }

  topLevelProvisionsOf(instrumentIds: readonly string[]): Promise<ProvisionEntity[]> {
    return this.db
      .getRepository(ProvisionEntity)
      .findBy({ instrumentId: In([...instrumentIds]), parentId: IsNull() });
  }

  /** The provision and every provision below it, at any depth. */
  async provisionWithDescendants(id: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `WITH RECURSIVE tree AS (
         SELECT id FROM provision WHERE id = $1
         UNION ALL
         SELECT p.id FROM provision p JOIN tree t ON p.parent_id = t.id
       )
       SELECT id FROM tree`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  findProvisions(query: ProvisionQuery): Promise<ProvisionEntity[]> {
    const qb = this.db.getRepository(ProvisionEntity).createQueryBuilder('p');
    if (query.instrumentId)
      qb.andWhere('p.instrument_id = :instrumentId', { instrumentId: query.instrumentId });
    if (query.topLevelOnly) qb.andWhere('p.parent_id IS NULL');
    if (query.inForceOn) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM provision_version v WHERE v.provision_id = p.id
                 AND v.valid_from <= :day AND (v.valid_to IS NULL OR v.valid_to > :day))`,
        { day: query.inForceOn },
      );
    }
    return qb.orderBy('p.instrument_id').addOrderBy('p.number').getMany();
  }

  versionsOf(provisionIds: readonly string[]): Promise<ProvisionVersionEntity[]> {
    return this.db
      .getRepository(ProvisionVersionEntity)
      .find({ where: { provisionId: In([...provisionIds]) }, order: { validFrom: 'ASC' } });
  }

  versionsByIds(ids: readonly string[]): Promise<ProvisionVersionEntity[]> {
    return this.db.getRepository(ProvisionVersionEntity).findBy({ id: In([...ids]) });
  }

  penaltiesByIds(ids: readonly string[]): Promise<PenaltyEntity[]> {
    return this.db.getRepository(PenaltyEntity).findBy({ id: In([...ids]) });
  }

  penaltiesOf(versionIds: readonly string[]): Promise<PenaltyEntity[]> {
    return this.db
      .getRepository(PenaltyEntity)
      .find({ where: { provisionVersionId: In([...versionIds]) }, order: { variant: 'ASC' } });
  }

  mitigationRulesOf(instrumentIds: readonly string[]): Promise<MitigationRuleEntity[]> {
    return this.db.getRepository(MitigationRuleEntity).find({
      where: { instrumentId: In([...instrumentIds]) },
      order: { statutoryMinimumFromMonths: 'ASC' },
    });
  }

  successionsFrom(predecessorIds: readonly string[]): Promise<ProvisionSuccessionEntity[]> {
    return this.db
      .getRepository(ProvisionSuccessionEntity)
      .findBy({ predecessorId: In([...predecessorIds]) });
  }

  successionsTo(successorIds: readonly string[]): Promise<ProvisionSuccessionEntity[]> {
    return this.db.getRepository(ProvisionSuccessionEntity).findBy({ successorId: In([...successorIds]) });
  }

  /**
   * Every row of the law tables: the compliance engine works on the whole (small) body of law at once. One query
   * after another, since inside a transaction they share one connection.
   */
  async allRows() {
    return {
      instruments: await this.db.getRepository(InstrumentEntity).find(),
      provisions: await this.db.getRepository(ProvisionEntity).find(),
      versions: await this.db.getRepository(ProvisionVersionEntity).find(),
      penalties: await this.db.getRepository(PenaltyEntity).find(),
      successions: await this.db.getRepository(ProvisionSuccessionEntity).find(),
      mitigationRules: await this.db.getRepository(MitigationRuleEntity).find(),
    };
  }
}
