/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CitedProvision($query: String!) {\n    search(query: $query, first: 1) {\n      edges {\n        node {\n          kind\n          score\n          provision {\n            citation\n          }\n        }\n      }\n    }\n  }\n": typeof types.CitedProvisionDocument,
    "\n  query SearchPage($query: String!, $filter: SearchFilter, $first: Int) {\n    search(query: $query, filter: $filter, first: $first) {\n      estimatedTotal\n      countsExact\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          highlight\n          score\n          provision {\n            citation\n            heading {\n              sq\n              sr\n              en\n            }\n          }\n          decision {\n            caseNumber\n            date\n            synthetic\n            court {\n              name {\n                sq\n                sr\n                en\n              }\n            }\n          }\n        }\n      }\n      facets {\n        kind {\n          value\n          label\n          count\n        }\n        instrument {\n          value\n          label\n          count\n        }\n        court {\n          value\n          label\n          count\n        }\n        year {\n          value\n          label\n          count\n        }\n        findingStatus {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchPageDocument,
};
const documents: Documents = {
    "\n  query CitedProvision($query: String!) {\n    search(query: $query, first: 1) {\n      edges {\n        node {\n          kind\n          score\n          provision {\n            citation\n          }\n        }\n      }\n    }\n  }\n": types.CitedProvisionDocument,
    "\n  query SearchPage($query: String!, $filter: SearchFilter, $first: Int) {\n    search(query: $query, filter: $filter, first: $first) {\n      estimatedTotal\n      countsExact\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          highlight\n          score\n          provision {\n            citation\n            heading {\n              sq\n              sr\n              en\n            }\n          }\n          decision {\n            caseNumber\n            date\n            synthetic\n            court {\n              name {\n                sq\n                sr\n                en\n              }\n            }\n          }\n        }\n      }\n      facets {\n        kind {\n          value\n          label\n          count\n        }\n        instrument {\n          value\n          label\n          count\n        }\n        court {\n          value\n          label\n          count\n        }\n        year {\n          value\n          label\n          count\n        }\n        findingStatus {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": types.SearchPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitedProvision($query: String!) {\n    search(query: $query, first: 1) {\n      edges {\n        node {\n          kind\n          score\n          provision {\n            citation\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CitedProvisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($query: String!, $filter: SearchFilter, $first: Int) {\n    search(query: $query, filter: $filter, first: $first) {\n      estimatedTotal\n      countsExact\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          highlight\n          score\n          provision {\n            citation\n            heading {\n              sq\n              sr\n              en\n            }\n          }\n          decision {\n            caseNumber\n            date\n            synthetic\n            court {\n              name {\n                sq\n                sr\n                en\n              }\n            }\n          }\n        }\n      }\n      facets {\n        kind {\n          value\n          label\n          count\n        }\n        instrument {\n          value\n          label\n          count\n        }\n        court {\n          value\n          label\n          count\n        }\n        year {\n          value\n          label\n          count\n        }\n        findingStatus {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
