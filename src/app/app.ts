/**
 * The composition root: the one place the service's parts are built and wired together. The HTTP service
 * (graphql/server.ts), the commands (src/cli) and the benchmarks take what they need from here; nothing below it knows
 * how it is assembled.
 */
import type { DataSource } from 'typeorm';
import { ApiKeyService } from '../access/api-key.service';
import { CaseRepository } from '../cases/case.repository';
import { CaseService } from '../cases/case.service';
import { ComplianceService } from '../compliance/compliance.service';
import { FiguresService } from '../compliance/figures.service';
import { FindingRepository } from '../compliance/finding.repository';
import { CourtRepository } from '../courts/court.repository';
import { CourtService } from '../courts/court.service';
import { unitOfWork } from '../db/unit-of-work';
import { EditingService } from '../editing/editing.service';
import type { LawChanges } from '../law/law.changes';
import { LawRepository } from '../law/law.repository';
import { LawService } from '../law/law.service';
import { MeilisearchEngine } from '../search/meilisearch.engine';
import { PostgresSearchEngine } from '../search/postgres.engine';
import type { SearchEngine } from '../search/search.model';
import { SearchIndexer } from '../search/indexer';
import { SearchService } from '../search/search.service';

/** What the resolvers call: the rules of each feature, built once per process; they hold no request state. */
export interface Services {
  law: LawService;
  courts: CourtService;
  cases: CaseService;
  compliance: ComplianceService;
  figures: FiguresService;
  search: SearchService;
  editing: EditingService;
  apiKeys: ApiKeyService;
}

/** The repositories the request loaders read through (batched reads, per request). */
export const repositoriesOf = (dataSource: DataSource) => ({
  law: new LawRepository(dataSource),
  courts: new CourtRepository(dataSource),
  cases: new CaseRepository(dataSource),
  findings: new FindingRepository(dataSource),
});

/** The search engines this deployment uses: Meilisearch when MEILI_HOST is set, else PostgreSQL. */
export function searchEngines(dataSource: DataSource, env: NodeJS.ProcessEnv = process.env) {
  const postgres = new PostgresSearchEngine(dataSource);
  const meilisearch = env.MEILI_HOST
    ? new MeilisearchEngine({ host: env.MEILI_HOST, apiKey: env.MEILI_MASTER_KEY })
    : null;
  const byTarget = new Map<'postgres' | 'meilisearch', SearchEngine>([['postgres', postgres]]);
  if (meilisearch) byTarget.set('meilisearch', meilisearch);
  return { primary: meilisearch ?? postgres, postgres, byTarget };
}

/**
 * The services, built once per process; they hold no request state. With `lawChanges`, the law in memory is trusted
 * until they report a change.
 */
export function createServices(dataSource: DataSource, lawChanges: LawChanges | null = null): Services {
  const repos = repositoriesOf(dataSource);
  const engines = searchEngines(dataSource);
  const law = new LawService(repos.law, lawChanges);
  const courts = new CourtService(repos.courts);
  return {
    law,
    courts,
    cases: new CaseService(repos.cases, courts, law, repos.law),
    compliance: new ComplianceService(dataSource, courts, law),
    figures: new FiguresService(dataSource, courts, law),
    search: new SearchService(
      dataSource,
      courts,
      law,
      engines.primary,
      engines.primary === engines.postgres ? null : engines.postgres,
    ),
    editing: new EditingService(unitOfWork(dataSource), courts, law),
    apiKeys: new ApiKeyService(unitOfWork(dataSource)),
  };
}

/**
 * Delivers every queued search document to the PostgreSQL engine and returns when the outbox is empty: what the
 * in-process indexer of `npm start` does over time, done at once (benchmarks and test databases).
 */
export const fillPostgresIndex = (dataSource: DataSource) =>
  new SearchIndexer(
    unitOfWork(dataSource),
    new Map([['postgres', new PostgresSearchEngine(dataSource)]]),
  ).drain();
