import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TypedDocumentString } from './generated/graphql';

export const GRAPHQL_ENDPOINT = '/graphql';

/** Why a request failed, by the API's `extensions.code` (or NETWORK when the service could not be reached). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One GraphQL request: the page's data, or an ApiError that says why not. */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  init: { signal?: AbortSignal; key?: string | null } = {},
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: init.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('NETWORK', e instanceof Error ? e.message : String(e));
  }
  let body: { data?: Result | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status === 429 ? 'RATE_LIMITED' : 'OTHER', `HTTP ${response.status}`);
  }
  const [first] = body.errors ?? [];
  if (first) throw new ApiError(first.extensions?.code ?? 'OTHER', first.message);
  if (!body.data) throw new ApiError('OTHER', `HTTP ${response.status}`);
  return body.data;
}

/**
 * A page's data: one request per page and variables, kept while the page is open. With `keepPrevious` the last
 * answer stays on screen while the next one loads (search as you type); a function says for which previous
 * variables it may stay (the law page keeps its provision while only the panel's choices change).
 */
export function useApi<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: { enabled?: boolean; keepPrevious?: boolean | ((previous: Variables) => boolean) } = {},
) {
  const { keepPrevious } = options;
  return useQuery({
    queryKey: [document.toString(), variables] as const,
    queryFn: ({ signal }) => request(document, variables, { signal }),
    enabled: options.enabled ?? true,
    placeholderData: !keepPrevious
      ? undefined
      : keepPrevious === true
        ? keepPreviousData
        : (previous, previousQuery) =>
            previousQuery && keepPrevious(previousQuery.queryKey[1]) ? previous : undefined,
    retry: (count, error) => count < 1 && error instanceof ApiError && error.code === 'NETWORK',
    staleTime: 60_000,
  });
}
