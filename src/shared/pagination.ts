import { BadUserInputError } from './errors';

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** Refuses a page size outside 1..max with a message that says the bounds. */
export function checkPageSize(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadUserInputError(`"first" must be between 1 and ${max}; it was ${first}.`);
  }
}

export function checkYearRange(yearFrom: number | null | undefined, yearTo: number | null | undefined): void {
  for (const [name, year] of [
    ['yearFrom', yearFrom],
    ['yearTo', yearTo],
  ] as const) {
    if (year != null && (year < 1 || year > 9999))
      throw new BadUserInputError(`${name} must be a year from 1 to 9999.`);
  }
  if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
    throw new BadUserInputError(`yearFrom (${yearFrom}) is after yearTo (${yearTo}).`);
  }
}

/** A Relay page from `first + 1` fetched rows: the extra row only tells that more follow. */
export function connectionOf<T>(
  rows: T[],
  first: number,
  cursorOf: (node: T, index: number) => string,
  hasPreviousPage: boolean,
): { edges: { cursor: string; node: T }[]; pageInfo: PageInfo } {
  const edges = rows.slice(0, first).map((node, i) => ({ node, cursor: cursorOf(node, i) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
