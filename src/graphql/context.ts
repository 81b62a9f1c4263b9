import type { DataSource } from 'typeorm';
import { CaseRepository } from '../cases/case.repository';
import { CaseService } from '../cases/case.service';
import { CourtRepository } from '../courts/court.repository';
import { CourtService } from '../courts/court.service';
import { LawRepository } from '../law/law.repository';
import { LawService } from '../law/law.service';
import { createLoaders, type Loaders } from './loaders';

export interface Services {
  law: LawService;
  courts: CourtService;
  cases: CaseService;
}

/** What every resolver gets: the services (rules) and this request's loaders (batched reads). */
export interface GraphQLContext {
  services: Services;
  loaders: Loaders;
}

export function createContextFactory(dataSource: DataSource): () => Promise<GraphQLContext> {
  const repos = {
    law: new LawRepository(dataSource),
    courts: new CourtRepository(dataSource),
    cases: new CaseRepository(dataSource),
  };
  const law = new LawService(repos.law);
  const courts = new CourtService(repos.courts);
  const services: Services = { law, courts, cases: new CaseService(repos.cases, courts, law, repos.law) };
  return async () => ({ services, loaders: createLoaders(repos) });
}
