/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The compliance verdict on a convicted count. */
export type FindingStatus =
  /** The imprisonment is above the applicable maximum. */
  | 'ABOVE_MAXIMUM'
  /** The served imprisonment is below the applicable statutory minimum. */
  | 'BELOW_MINIMUM'
  /** The served imprisonment is within the applicable range. */
  | 'COMPLIANT'
  /** The law data or the sentence data needed to decide is missing; the trace says what. */
  | 'UNDETERMINED';

export type SearchFilter = {
  /** Only decisions of these courts (names or aliases). */
  courts?: Array<string> | null | undefined;
  /** Only decisions with a finding of one of these statuses. */
  findingStatuses?: Array<FindingStatus> | null | undefined;
  /** Only provisions of these instruments (ids, e.g. `ks-law/04-L-082`). */
  instruments?: Array<string | number> | null | undefined;
  /** Only these kinds of hit. */
  kinds?: Array<SearchHitKind> | null | undefined;
  /** Only decisions of this year or later. */
  yearFrom?: number | null | undefined;
  /** Only decisions of this year or earlier. */
  yearTo?: number | null | undefined;
};

/** What a search hit is. */
export type SearchHitKind =
  | 'DECISION'
  | 'PROVISION';

export type CitedProvisionQueryVariables = Exact<{
  query: string;
}>;


export type CitedProvisionQuery = { search: { edges: Array<{ node: { kind: SearchHitKind, score: number | null, provision: { citation: string } | null } }> } };

export type SearchPageQueryVariables = Exact<{
  query: string;
  filter?: SearchFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchPageQuery = { search: { estimatedTotal: number, countsExact: boolean, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: SearchHitKind, title: string, highlight: string | null, score: number | null, provision: { citation: string, heading: { sq: string | null, sr: string | null, en: string | null } } | null, decision: { caseNumber: string, date: string, synthetic: boolean, court: { name: { sq: string | null, sr: string | null, en: string | null } } } | null } }>, facets: { kind: Array<{ value: string, label: string, count: number }>, instrument: Array<{ value: string, label: string, count: number }>, court: Array<{ value: string, label: string, count: number }>, year: Array<{ value: string, label: string, count: number }>, findingStatus: Array<{ value: string, label: string, count: number }> } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CitedProvisionDocument = new TypedDocumentString(`
    query CitedProvision($query: String!) {
  search(query: $query, first: 1) {
    edges {
      node {
        kind
        score
        provision {
          citation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CitedProvisionQuery, CitedProvisionQueryVariables>;
export const SearchPageDocument = new TypedDocumentString(`
    query SearchPage($query: String!, $filter: SearchFilter, $first: Int) {
  search(query: $query, filter: $filter, first: $first) {
    estimatedTotal
    countsExact
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        kind
        title
        highlight
        score
        provision {
          citation
          heading {
            sq
            sr
            en
          }
        }
        decision {
          caseNumber
          date
          synthetic
          court {
            name {
              sq
              sr
              en
            }
          }
        }
      }
    }
    facets {
      kind {
        value
        label
        count
      }
      instrument {
        value
        label
        count
      }
      court {
        value
        label
        count
      }
      year {
        value
        label
        count
      }
      findingStatus {
        value
        label
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchPageQuery, SearchPageQueryVariables>;