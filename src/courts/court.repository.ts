import { In, type DataSource, type EntityManager } from 'typeorm';
import { CourtAliasEntity, CourtEntity } from './court.entity';

export class CourtRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  list(): Promise<CourtEntity[]> {
    return this.db.getRepository(CourtEntity).find({ order: { level: 'ASC', nameEn: 'ASC' } });
  }

  byIds(ids: readonly string[]): Promise<CourtEntity[]> {
    return this.db.getRepository(CourtEntity).findBy({ id: In([...ids]) });
  }

  aliasesOf(courtIds: readonly string[]): Promise<CourtAliasEntity[]> {
    return this.db
      .getRepository(CourtAliasEntity)
      .find({ where: { courtId: In([...courtIds]) }, order: { alias: 'ASC' } });
  }

  /** Every court id by folded name or alias (a small table, read whole by the importer). */
  async allFoldedAliases(): Promise<Map<string, string>> {
    const rows = await this.db.getRepository(CourtAliasEntity).find();
    return new Map(rows.map((r) => [r.folded, r.courtId]));
  }

  async byFoldedAlias(folded: string): Promise<CourtEntity | null> {
    const alias = await this.db.getRepository(CourtAliasEntity).findOneBy({ folded });
    if (alias) return this.db.getRepository(CourtEntity).findOneBy({ id: alias.courtId });
    return this.db.getRepository(CourtEntity).findOneBy({ code: folded });
  }
}
