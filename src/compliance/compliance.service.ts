import type { DecisionType, Provenance } from '../cases/case.model';
import type { CourtService } from '../courts/court.service';
import { inTransaction, type Db } from '../db/unit-of-work';
import { lockWrites } from '../db/write-lock';
import type { ProvisionEntity } from '../law/law.entity';
import { LawRepository } from '../law/law.repository';
import type { LawService } from '../law/law.service';
import type { Circumstance, IsoDate } from '../law/law.model';
import { decodeCursor, encodeCursor, type DateIdKey } from '../shared/cursor';
import { todayIso } from '../shared/dates';
import { rampedBatches } from '../shared/batches';
import { BadUserInputError } from '../shared/errors';
import { checkPageSize, checkYearRange, connectionOf, type PageInfo } from '../shared/pagination';
import { chainOf, lastWordOn, type LastWord } from './engine';
import { AppealChainRepository } from './appeal-chain.repository';
import { applicablePenalty, evaluateBatch } from './engine';
import type { ApplicablePenalty, FindingConfidence, FindingReason, FindingStatus } from './engine';
import type { FindingEntity } from './finding.entity';
import {
  findingBatch,
  FindingRepository,
  type FindingQuery,
  groupKeyOf,
  type StatsDimension,
  type StatsGroup,
  type StatsRow,
} from './finding.repository';
import { FindingTallyRepository } from './finding-tally.repository';
import { LawSnapshot } from './engine';
import { StatsCache } from './stats-cache';
import { lawDataOf } from './law-data';
import { lawSnapshotOf } from './law-of';

export const MAX_FINDINGS_PAGE = 100;
/** Findings evaluated and written per statement of a refresh. */
const FINDINGS_BATCH = 2000;
/** The first batch is evaluated with the server idle: kept short (see rampedBatches). */
const FIRST_FINDINGS_BATCH = 250;
const CURSOR_KIND = 'finding';

export interface FindingFilterInput {
  yearFrom?: number | null;
  yearTo?: number | null;
  court?: string | null;
  provision?: string | null;
  status?: FindingStatus | null;
  reasons?: FindingReason[] | null;
  confidence?: FindingConfidence | null;
  provenance?: Provenance[] | null;
  stage?: DecisionType[] | null;
  finalOnly?: boolean | null;
}

export interface FindingPage {
  edges: { cursor: string; node: FindingEntity }[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/** A page of findings, newest decision first, under the cursor every connection of findings shares. */
export async function findingPage(
  first: number,
  after: string | null,
  read: (key: DateIdKey | null) => Promise<FindingEntity[]>,
  totalCount: () => Promise<number>,
): Promise<FindingPage> {
  checkPageSize(first, MAX_FINDINGS_PAGE);
  const key = after ? decodeCursor(CURSOR_KIND, after) : null;
  const page = connectionOf(
    await read(key),
    first,
    (f) => encodeCursor(CURSOR_KIND, { date: f.decisionDate, id: f.countId }),
    key !== null,
  );
  return { ...page, totalCount };
}

/** A statistics bucket, with the query behind it so it can be drilled into. */
export interface ComplianceBucketModel extends StatsRow {
  /** The query of the bucket's findings: made only when they are asked for (most requests want the figures). */
  query: () => FindingQuery;
  /**
   * Of the bucket's findings below the minimum, how many a later decision corrected: read when first asked for,
   * for every bucket of the answer at once.
   */
  correctedOnAppeal: () => Promise<number>;
}

export interface ApplicablePenaltyModel extends ApplicablePenalty {
  provisionId: string;
  asOf: IsoDate;
}

/**
 * Recomputes the findings of the convicted counts of these decisions (or of all), in the caller's transaction:
 * called wherever counts or the law change, so a stored finding is never stale.
 */
export async function refreshFindings(tx: Db, scope: string[] | 'all'): Promise<number> {
  await lockWrites(tx);
  const law = new LawSnapshot(lawDataOf(await new LawRepository(tx).allRows()));
  const repo = new FindingRepository(tx);
  const counts = await repo.countsToEvaluate(scope);
  // The tally is brought up to date once at the end, not statement by statement (see deferredDuring).
  await new FindingTallyRepository(tx).deferredDuring(scope, async () => {
    // Evaluated and written a batch at a time, so a full refresh never holds every finding and its trace at once;
    // the next batch is evaluated and serialised while the server stores the previous one (the first while it deletes
    // the stale findings).
    let storing: Promise<void> = repo.deleteStale(scope);
    storing.catch(() => undefined); // awaited on the next turn or below; not an unhandled rejection meanwhile
    try {
      for (const slice of rampedBatches(counts, FIRST_FINDINGS_BATCH, FINDINGS_BATCH)) {
        const batch = findingBatch(await evaluateBatch(slice, law));
        await storing;
        storing = repo.write(batch);
        storing.catch(() => undefined);
      }
    } catch (e) {
      // Nothing of this refresh may still be running on the transaction's connection when the caller rolls back.
      await storing.catch(() => undefined);
      throw e;
    }
    await storing;
  });
  return counts.length;
}

/** Sentencing compliance for its users: the applicable range, findings, statistics and exports. */
export class ComplianceService {
  private readonly statsCache = new StatsCache();

  constructor(
    private readonly db: Db,
    private readonly courts: CourtService,
    private readonly lawService: LawService,
  ) {}

  async applicablePenalty(
    citation: string,
    offenceDate: IsoDate,
    judgmentDate: IsoDate | null,
    circumstances: Circumstance[],
    finalDate: IsoDate | null = null,
  ): Promise<ApplicablePenaltyModel> {
    const judgedOn = judgmentDate ?? todayIso();
    if (judgedOn < offenceDate) {
      throw new BadUserInputError(`judgmentDate ${judgedOn} is before offenceDate ${offenceDate}.`);
    }
    if (finalDate !== null && finalDate < judgedOn) {
      throw new BadUserInputError(`finalDate ${finalDate} is before the judgment date ${judgedOn}.`);
    }
    const provision = await this.lawService.provisionByCitation(citation, offenceDate);
    const law = lawSnapshotOf(await this.lawService.lawView());
    const { anchorId, chain } = law.chainFor(provision.entity.id)!;
    return {
      ...applicablePenalty(chain, anchorId, offenceDate, judgedOn, [...new Set(circumstances)], finalDate),
      provisionId: provision.entity.id,
      asOf: offenceDate,
    };
  }

  /**
   * Every provision linked to this one by succession, at any distance, oldest first, as the engine reads the chain
   * (the provision, or the article that carries its penalties, among them).
   */
  async successionChain(provisionId: string): Promise<ProvisionEntity[]> {
    const view = await this.lawService.lawView();
    const found = lawSnapshotOf(view).chainFor(provisionId);
    return (found?.chain ?? []).flatMap((p) => view.provisionById.get(p.id) ?? []);
  }

  /** The last word on each finding's count, following its case through appeals and retrials (appeal-chain.ts). */
  async lastWords(findings: readonly { countId: string; decisionId: string }[]): Promise<LastWord[]> {
    const rows = await new AppealChainRepository(this.db).componentsOf([
      ...new Set(findings.map((f) => f.decisionId)),
    ]);
    const law = lawSnapshotOf(await this.lawService.lawView());
    const decisions = chainOf(rows, (provisionId) => law.chainFor(provisionId)?.chain[0]?.id ?? provisionId);
    return findings.map((f) => lastWordOn(f.countId, f.decisionId, decisions, rows.links));
  }

  /**
   * The corrections appeals made to a query's findings: for each finding below the minimum whose last word is not,
   * the groups it falls in (ComplianceBucket.correctedOnAppeal counts those of its bucket). A request reads them
   * once for all the statistics it asks with the same filter (the appealCorrections loader).
   */
  async appealCorrections(query: FindingQuery): Promise<StatsGroup[]> {
    const repo = new FindingRepository(this.db);
    const candidates = await repo.belowMinimumNotFinal(query);
    if (candidates.length === 0) return [];
    const finals = (await this.lastWords(candidates)).map((word) => word.finalCountId);
    const statuses = await repo.byCountIds([...new Set(finals.filter((id): id is string => id !== null))]);
    const byCount = new Map(statuses.map((f) => [f.countId, f.status]));
    return candidates
      .filter((_, i) => {
        const status = finals[i] === null ? undefined : byCount.get(finals[i]);
        return status !== undefined && status !== 'BELOW_MINIMUM';
      })
      .map(({ group }) => group);
  }

  async findings(filter: FindingFilterInput, first: number, after: string | null): Promise<FindingPage> {
    return this.page(await this.toQuery(filter), first, after);
  }

  page(query: FindingQuery, first: number, after: string | null): Promise<FindingPage> {
    const repo = new FindingRepository(this.db);
    return findingPage(
      first,
      after,
      (key) => repo.page(query, first, key),
      () => repo.count(query),
    );
  }

  /** `corrections` reads appealCorrections, once per request and filter when it is the request's loader. */
  async stats(
    groupBy: StatsDimension[],
    filter: FindingFilterInput,
    corrections: (query: FindingQuery) => Promise<StatsGroup[]> = (query) => this.appealCorrections(query),
  ): Promise<ComplianceBucketModel[]> {
    if (new Set(groupBy).size !== groupBy.length)
      throw new BadUserInputError('groupBy names a dimension twice.');
    const query = await this.toQuery(filter);
    const rows = await this.statsRows(groupBy, query);
    let byGroup: Promise<Map<string, number>> | null = null;
    const correctedOnAppeal = async (row: StatsRow) => {
      byGroup ??= corrections(query).then((groups) => {
        const counted = new Map<string, number>();
        for (const key of groups.map((group) => groupKeyOf(groupBy, group)))
          counted.set(key, (counted.get(key) ?? 0) + 1);
        return counted;
      });
      return (await byGroup).get(groupKeyOf(groupBy, row)) ?? 0;
    };
    return rows.map((row) => ({
      ...row,
      query: () => drillDown(query, groupBy, row),
      correctedOnAppeal: () => correctedOnAppeal(row),
    }));
  }

  async report(filter: FindingFilterInput) {
    const query = await this.toQuery(filter);
    const repo = new FindingRepository(this.db);
    const [rows, [summary]] = await Promise.all([repo.report(query), this.statsRows([], query)]);
    return { rows, summary };
  }

  /**
   * From the tally when it holds what the query filters on (all but the reasons), else from the findings. Read
   * from the pool, the tally's answers are kept and served again while its version stays the same (StatsCache).
   */
  private async statsRows(groupBy: StatsDimension[], query: FindingQuery): Promise<StatsRow[]> {
    if (!FindingTallyRepository.covers(query, groupBy))
      return new FindingRepository(this.db).stats(groupBy, query);
    const tally = new FindingTallyRepository(this.db);
    if (inTransaction(this.db)) return tally.stats(groupBy, query);
    const key = JSON.stringify([groupBy, query]);
    const kept = this.statsCache.get(key, await tally.version());
    if (kept) return kept;
    const { version, rows } = await tally.versionedStats(groupBy, query);
    this.statsCache.set(key, version, rows);
    return rows;
  }

  async toQuery(filter: FindingFilterInput): Promise<FindingQuery> {
    const { yearFrom, yearTo } = filter;
    checkYearRange(yearFrom, yearTo);
    const query: FindingQuery = {
      yearFrom: yearFrom ?? undefined,
      yearTo: yearTo ?? undefined,
      status: filter.status ?? undefined,
      reasons: filter.reasons ?? undefined,
      confidence: filter.confidence ?? undefined,
      provenance: filter.provenance ?? undefined,
      stage: filter.stage ?? undefined,
      finalOnly: filter.finalOnly ?? undefined,
    };
    if (filter.court) query.courtId = (await this.courts.resolve(filter.court)).id;
    if (filter.provision) {
      const provision = await this.lawService.provisionByCitation(filter.provision);
      const law = lawSnapshotOf(await this.lawService.lawView());
      query.provisionIds = [law.anchorOf(provision.entity.id)];
    }
    return query;
  }
}

/** The query of one bucket: the filter narrowed to the bucket's key. */
function drillDown(query: FindingQuery, groupBy: StatsDimension[], row: StatsRow): FindingQuery {
  const narrowed = { ...query };
  for (const dimension of groupBy) {
    if (dimension === 'YEAR') narrowed.yearFrom = narrowed.yearTo = row.year ?? undefined;
    if (dimension === 'COURT') narrowed.courtId = row.courtId ?? undefined;
    if (dimension === 'PROVISION') narrowed.provisionIds = row.provisionId ? [row.provisionId] : [];
    if (dimension === 'STATUS') narrowed.status = row.status ?? undefined;
    if (dimension === 'STAGE') narrowed.stage = row.stage ? [row.stage] : undefined;
    if (dimension === 'JUDGE') narrowed.judge = row.judge;
    if (dimension === 'DOWNGRADED') narrowed.downgraded = row.downgraded ?? undefined;
  }
  return narrowed;
}
