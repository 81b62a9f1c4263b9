import { foldText } from '../shared/fold';
import { NotFoundError } from '../shared/errors';
import type { CourtEntity } from './court.entity';
import type { CourtRepository } from './court.repository';

/** Courts by any of their names, in the three languages, before and after the 2013 reform. */
export class CourtService {
  constructor(private readonly courts: CourtRepository) {}

  list(): Promise<CourtEntity[]> {
    return this.courts.list();
  }

  find(name: string): Promise<CourtEntity | null> {
    return this.courts.byFoldedAlias(foldText(name));
  }

  async resolve(name: string): Promise<CourtEntity> {
    const court = await this.find(name);
    if (!court) throw new NotFoundError(`No court is known by the name "${name}".`, { court: name });
    return court;
  }
}
