import { DataSource, In, type EntityManager } from 'typeorm';
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

  async revision(): Promise<string> {
    const [row]: { revision: string }[] = await this.db.query(`SELECT revision::text FROM law_revision`);
    return row.revision;
  }

  /** The law rows and the revision they belong to, read in one snapshot. */
  async consistentRows() {
    const read = async (db: DataSource | EntityManager) => {
      const repo = new LawRepository(db);
      return { revision: await repo.revision(), rows: await repo.allRows() };
    };
    return this.db instanceof DataSource ? this.db.transaction('REPEATABLE READ', read) : read(this.db);
  }
}
