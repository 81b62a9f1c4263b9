import type { DataSource } from 'typeorm';
import { CaseRepository } from '../cases/case.repository';
import { CaseService } from '../cases/case.service';
import { ComplianceService } from '../compliance/compliance.service';
import { FindingRepository } from '../compliance/finding.repository';
import { CourtRepository } from '../courts/court.repository';
import { CourtService } from '../courts/court.service';
import { LawRepository } from '../law/law.repository';
import { LawService } from '../law/law.service';
import { createLoaders, type Loaders } from './loaders';

export interface Services {
  law: LawService;
  courts: CourtService;
  cases: CaseService;
  compliance: ComplianceService;
}

/** What every resolver gets: the services (rules) and this request's loaders (batched reads). */
export interface GraphQLContext {
  services: Services;
  loaders: Loaders;
}

const repositories = (dataSource: DataSource) => ({
  law: new LawRepository(dataSource),
  courts: new CourtRepository(dataSource),
  cases: new CaseRepository(dataSource),
  findings: new FindingRepository(dataSource),
});

/** The services, built once per process; they hold no request state. */
export function createServices(dataSource: DataSource): Services {
  const repos = repositories(dataSource);
  const law = new LawService(repos.law);
  const courts = new CourtService(repos.courts);
  return {
    law,
    courts,
    cases: new CaseService(repos.cases, courts, law, repos.law),
    compliance: new ComplianceService(dataSource, courts, law),
  };
}

export function createContextFactory(
  dataSource: DataSource,
  services: Services,
): () => Promise<GraphQLContext> {
  const repos = repositories(dataSource);
  return async () => ({ services, loaders: createLoaders(repos) });
}
