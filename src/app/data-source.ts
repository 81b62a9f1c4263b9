import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { migrations } from '../../migrations';
import { CaseEntities } from '../cases/case.entity';
import { ComplianceEntities } from '../compliance/finding.entity';
import { CourtEntities } from '../courts/court.entity';
import { LawEntities } from '../law/law.entity';
import { SnakeNamingStrategy } from '../db/naming';

export interface DataSourceOptions {
  url: string;
  /** Sees every SQL statement; the tests use it to count statements. */
  logger?: Logger;
  poolSize?: number;
  /** Cuts any SQL statement that runs longer (the API's per-request time limit); none when unset. */
  statementTimeoutMs?: number;
}

/** The one TypeORM data source of the service. Schema changes come only from `migrations/`. */
export function createDataSource({
  url,
  logger,
  poolSize = 10,
  statementTimeoutMs,
}: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: [...LawEntities, ...CourtEntities, ...CaseEntities, ...ComplianceEntities],
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger,
    logging: logger ? ['query'] : false,
    extra: {
      max: poolSize,
      application_name: 'kosovo-law',
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
    },
  });
}
