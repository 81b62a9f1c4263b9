import type { CourtService } from '../courts/court.service';
import type { LawService } from '../law/law.service';
import type { LawRepository } from '../law/law.repository';
import { decodeCursor, encodeCursor, isUuid } from '../shared/cursor';
import { BadUserInputError } from '../shared/errors';
import { checkPageSize, checkYearRange, connectionOf, type PageInfo } from '../shared/pagination';
import type { AppealOutcome, DecisionEntity, DecisionType, Provenance, Verdict } from './case.entity';
import type { CaseRepository, DecisionQuery } from './case.repository';

export const MAX_PAGE_SIZE = 100;
const CURSOR_KIND = 'decision';

export interface DecisionFilterInput {
  court?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  provision?: string | null;
  verdict?: Verdict | null;
  provenance?: Provenance | null;
  decisionType?: DecisionType | null;
}

export interface DecisionEdgeModel {
  cursor: string;
  node: DecisionEntity;
}

export interface DecisionPage {
  edges: DecisionEdgeModel[];
  pageInfo: PageInfo;
  /** Counted only when asked for. */
  totalCount: () => Promise<number>;
}

export interface AppealLinkModel {
  decisionId: string;
  outcome: AppealOutcome | null;
}

/** Decisions: filters in the users' terms (court names, citations, years) turned into queries, and paging. */
export class CaseService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly courts: CourtService,
    private readonly lawService: LawService,
    private readonly law: LawRepository,
  ) {}

  async decisions(filter: DecisionFilterInput, first: number, after: string | null): Promise<DecisionPage> {
    checkPageSize(first, MAX_PAGE_SIZE);
    return this.page(await this.toQuery(filter), first, after);
  }

  /** Decisions with a count charged or convicted under a provision (by id) or its sub-provisions, newest first. */
  async decisionsUnder(provisionId: string, first: number, after: string | null): Promise<DecisionPage> {
    checkPageSize(first, MAX_PAGE_SIZE);
    return this.page({ provisionIds: await this.law.provisionWithDescendants(provisionId) }, first, after);
  }

  private async page(query: DecisionQuery, first: number, after: string | null): Promise<DecisionPage> {
    const key = after ? decodeCursor(CURSOR_KIND, after) : null;
    const rows = await this.cases.page(query, first, key);
    const page = connectionOf(
      rows,
      first,
      (d) => encodeCursor(CURSOR_KIND, { date: d.decisionDate, id: d.id }),
      key !== null,
    );
    return { ...page, totalCount: () => this.cases.count(query) };
  }

  async decision(args: { id?: string | null; caseNumber?: string | null; court?: string | null }) {
    if (args.id) {
      if (!isUuid(args.id)) throw new BadUserInputError(`"${args.id}" is not a decision id.`);
      const [found] = await this.cases.decisionsByIds([args.id]);
      return found ?? null;
    }
    if (!args.caseNumber)
      throw new BadUserInputError('Give a decision id, or a case number (and its court).');
    const court = args.court ? await this.courts.resolve(args.court) : null;
    const found = await this.cases.decisionsByCaseNumber(args.caseNumber.trim(), court?.id);
    if (found.length > 1) {
      throw new BadUserInputError(
        `Case number "${args.caseNumber}" exists in ${found.length} courts; name the court as well.`,
      );
    }
    return found[0] ?? null;
  }

  private async toQuery(filter: DecisionFilterInput): Promise<DecisionQuery> {
    const { yearFrom, yearTo } = filter;
    checkYearRange(yearFrom, yearTo);
    const query: DecisionQuery = {
      yearFrom: yearFrom ?? undefined,
      yearTo: yearTo ?? undefined,
      verdict: filter.verdict ?? undefined,
      provenance: filter.provenance ?? undefined,
      decisionType: filter.decisionType ?? undefined,
    };
    if (filter.court) query.courtId = (await this.courts.resolve(filter.court)).id;
    if (filter.provision) {
      const provision = await this.lawService.provisionByCitation(filter.provision);
      query.provisionIds = await this.law.provisionWithDescendants(provision.entity.id);
    }
    return query;
  }
}
