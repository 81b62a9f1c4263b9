import type { Provenance } from '../cases/case.model';
import type { CourtEntity } from '../courts/court.entity';
import type { CourtService } from '../courts/court.service';
import { inSnapshot } from '../db/snapshot';
import { inTransaction, type Db } from '../db/unit-of-work';
import { LawRepository } from '../law/law.repository';
import type { LawService } from '../law/law.service';
import { BadUserInputError } from '../shared/errors';
import { checkYearRange } from '../shared/pagination';
import { rangeOfVersion } from './engine';
import type { ApplicableRange } from './engine';
import {
  ComplianceService,
  findingPage,
  type FindingFilterInput,
  type FindingPage,
} from './compliance.service';
import { dataVersionCitation, type DataVersion } from './data-version';
import type { ComparableSentencesFilter } from '../shared/generated/schema-types';
import { FiguresRepository, rangeUsesOf, type RangeUse, type SentenceQuery } from './figures.repository';
import { FindingRepository } from './finding.repository';
import { FindingTallyRepository } from './finding-tally.repository';
import { LawSnapshot } from './engine';
import { StatsCache } from './stats-cache';
import {
  countingRules,
  DISTRIBUTION_UNIT,
  PERCENTILE_METHOD,
  rangeBands,
  sentenceFigures,
  type RangeBands,
  type SentenceFigures,
} from './sentence-distribution';
import { lawDataOf } from './law-data';
import { lawSnapshotOf } from './law-of';

/** What is published unless synthetic examples are asked for. */
export const PUBLISHED_PROVENANCE: Provenance[] = ['OFFICIAL', 'REPORTED'];

export type ComparableSentencesInput = ComparableSentencesFilter;

/** A statutory range and how many of the counts behind a figure it applied to. */
export interface AppliedRange {
  range: ApplicableRange;
  counts: number;
}

export interface SentenceDistributionModel extends SentenceFigures {
  unit: string;
  note: string | null;
  percentileMethod: string;
  countingRules: string[];
  /** The provision the citation named. */
  provisionId: string;
  /** The provisions counted: the succession chain of the provision asked about, oldest first. */
  chainIds: string[];
  appliedRanges: () => Promise<AppliedRange[]>;
  decisions: () => Promise<number>;
  findings: (first: number, after: string | null) => Promise<FindingPage>;
}

export interface DataVersionModel extends DataVersion {
  citation: string;
}

/** The scope of a report template: a year or years, optionally a court and a provision's succession chain. */
export interface ReportScopeInput {
  yearFrom: number;
  yearTo: number;
  court?: string | null;
  provision?: string | null;
  finalOnly?: boolean;
  provenance: Provenance[];
}

/** Everything a report template says, read from one snapshot. */
export interface ReportFigures {
  scope: {
    yearFrom: number;
    yearTo: number;
    court: CourtEntity | null;
    /** The provisions counted, oldest first; null when every provision is. */
    chainCitations: string[] | null;
    finalOnly: boolean;
    provenance: Provenance[];
  };
  figures: SentenceFigures;
  bands: RangeBands;
  decisions: number;
  defendants: number;
  ranges: AppliedRange[];
  dataVersion: DataVersion;
}

const withCitation = (v: DataVersion): DataVersionModel => ({ ...v, citation: dataVersionCitation(v) });

/**
 * Figures monitors and judges cite: the distribution of comparable sentences, the report templates' figures, and the
 * version of the data they come from. Talks to FiguresRepository; the counting is sentence-distribution's.
 */
export class FiguresService {
  private readonly cache = new StatsCache<unknown>();

  constructor(
    private readonly db: Db,
    private readonly courts: CourtService,
    private readonly law: LawService,
  ) {}

  async comparableSentences(input: ComparableSentencesInput): Promise<SentenceDistributionModel> {
    checkYearRange(input.yearFrom, input.yearTo);
    if (input.provision.trim() === '') throw new BadUserInputError('provision must name a provision.');
    const provenance = checkedProvenance(input.provenance);
    const provision = await this.law.provisionByCitation(input.provision, input.asOf ?? undefined);
    const snapshot = lawSnapshotOf(await this.law.lawView());
    const chainIds = snapshot.chainFor(provision.entity.id)!.chain.map((member) => member.id);
    const query: SentenceQuery = {
      provisionIds: chainIds,
      circumstances: input.circumstances?.length ? [...new Set(input.circumstances)] : undefined,
      yearFrom: input.yearFrom ?? undefined,
      yearTo: input.yearTo ?? undefined,
      finalOnly: input.finalOnly ?? false,
      provenance,
    };
    const cells = await this.kept('cells', query, (repo) => repo.cells(query));
    const figures = sentenceFigures(cells);
    return {
      ...figures,
      unit: DISTRIBUTION_UNIT,
      note: figures.notes.length ? figures.notes.join(' ') : null,
      percentileMethod: PERCENTILE_METHOD,
      countingRules: countingRules(query),
      provisionId: provision.entity.id,
      chainIds,
      appliedRanges: async () => appliedRanges(rangeUsesOf(cells), snapshot),
      decisions: async () =>
        (await this.kept('sources', query, async (repo) => [await repo.sources(query, false)]))[0].decisions,
      findings: (first, after) => this.page(query, figures.total, first, after),
    };
  }

  /** A page of the findings behind figures drawn from `total` of them. */
  private page(
    query: SentenceQuery,
    total: number,
    first: number,
    after: string | null,
  ): Promise<FindingPage> {
    const repo = new FiguresRepository(this.db);
    return findingPage(
      first,
      after,
      (key) => repo.page(query, first, key),
      async () => total,
    );
  }

  /**
   * The rows `read` gives for this query, kept and served again while the findings' version stays the one they were
   * read at (the version and the rows are read in one snapshot; see StatsCache). Each is an aggregate over every
   * matching finding, its count and its decision (bench/ROUNDS.md, "Measurements behind the code"), asked again and
   * again by a judge's page, while findings change only with an import, an edit or a change of the law.
   */
  private async kept<T>(
    name: string,
    query: SentenceQuery,
    read: (repo: FiguresRepository) => Promise<T[]>,
  ): Promise<T[]> {
    if (inTransaction(this.db)) return read(new FiguresRepository(this.db));
    const key = JSON.stringify([name, query]);
    const kept = this.cache.get(key, await new FindingTallyRepository(this.db).version());
    if (kept) return kept as T[];
    const { version, rows } = await inSnapshot(
      this.db,
      async (tx) => ({
        version: await new FindingTallyRepository(tx).version(),
        rows: await read(new FiguresRepository(tx)),
      }),
      { aggregate: true },
    );
    this.cache.set(key, version, rows);
    return rows;
  }

  async dataVersion(): Promise<DataVersionModel> {
    return withCitation(await new FiguresRepository(this.db).dataVersion());
  }

  /**
   * The monitors' findings export, with the version of the data it was read from, both from one snapshot. `chain`
   * counts every provision of the cited provision's succession chain (as the report templates do), `finalOnly` only the
   * findings no later decision reviews.
   */
  async findingsExport(filter: FindingFilterInput, options: { chain?: boolean; finalOnly?: boolean } = {}) {
    const query = await new ComplianceService(this.db, this.courts, this.law).toQuery(filter);
    if (options.chain && filter.provision) {
      const provision = await this.law.provisionByCitation(filter.provision);
      const snapshot = lawSnapshotOf(await this.law.lawView());
      query.provisionIds = snapshot.chainFor(provision.entity.id)!.chain.map((member) => member.id);
    }
    if (options.finalOnly) query.finalOnly = true;
    return inSnapshot(this.db, async (tx) => {
      const dataVersion = await new FiguresRepository(tx).dataVersion();
      const findings = new FindingRepository(tx);
      const rows = await findings.report(query);
      const [summary] = await findings.stats([], query);
      return { rows, summary, dataVersion: withCitation(dataVersion) };
    });
  }

  /** The figures of a report template, and the law they were computed under, from one snapshot. */
  async reportFigures(input: ReportScopeInput): Promise<ReportFigures> {
    checkYearRange(input.yearFrom, input.yearTo);
    const provenance = checkedProvenance(input.provenance);
    const court = input.court ? await this.courts.resolve(input.court) : null;
    const provision = input.provision ? await this.law.provisionByCitation(input.provision) : null;
    return inSnapshot(
      this.db,
      async (tx) => {
        const snapshot = new LawSnapshot(lawDataOf(await new LawRepository(tx).allRows()));
        const chain = provision ? snapshot.chainFor(provision.entity.id)!.chain : null;
        const query: SentenceQuery = {
          provisionIds: chain?.map((member) => member.id),
          yearFrom: input.yearFrom,
          yearTo: input.yearTo,
          courtId: court?.id,
          finalOnly: input.finalOnly ?? false,
          provenance,
        };
        const repo = new FiguresRepository(tx);
        const dataVersion = await repo.dataVersion();
        const cells = await repo.cells(query);
        const { decisions, defendants } = await repo.sources(query);
        return {
          scope: {
            yearFrom: input.yearFrom,
            yearTo: input.yearTo,
            court,
            chainCitations: chain?.map((member) => `${member.instrumentName} ${member.label}`) ?? null,
            finalOnly: query.finalOnly,
            provenance,
          },
          figures: sentenceFigures(cells),
          bands: rangeBands(cells),
          decisions,
          defendants: defendants ?? 0,
          ranges: appliedRanges(rangeUsesOf(cells), snapshot),
          dataVersion,
        };
      },
      { aggregate: true },
    );
  }
}

function checkedProvenance(provenance: Provenance[] | null | undefined): Provenance[] {
  if (provenance === null || provenance === undefined) return PUBLISHED_PROVENANCE;
  if (provenance.length === 0)
    throw new BadUserInputError('provenance must name at least one of OFFICIAL, REPORTED and SYNTHETIC.');
  return [...new Set(provenance)];
}

/**
 * The statutory ranges the counts applied, each with how many counts: a finding keeps the version of the law it
 * applied, and the circumstances found choose the form, as they did for the finding. Oldest law first.
 */
function appliedRanges(uses: RangeUse[], law: LawSnapshot): AppliedRange[] {
  const byRange = new Map<string, AppliedRange>();
  for (const use of uses) {
    const chain = law.chainFor(use.provisionId)?.chain;
    const range = chain ? rangeOfVersion(chain, use.versionId, use.circumstances) : null;
    if (!range) continue;
    const key = `${range.versionId}|${range.variant}`;
    const known = byRange.get(key);
    if (known) known.counts += use.counts;
    else byRange.set(key, { range, counts: use.counts });
  }
  return [...byRange.values()].sort(
    (a, b) =>
      a.range.validFrom.localeCompare(b.range.validFrom) ||
      a.range.citation.localeCompare(b.range.citation) ||
      a.range.circumstances.length - b.range.circumstances.length ||
      a.range.variant.localeCompare(b.range.variant),
  );
}
