import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
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

/** A page's one request, made from its URL: the page asks it, and `startPageRequest` sends it before the first render. */
export interface PageRequest<Result, Variables> {
  document: TypedDocumentString<Result, Variables>;
  variables: Variables;
  /** False when the URL does not yet say enough to ask (no citation, say). */
  enabled: boolean;
}

const STALE_MS = 60_000;
const queryKey = <Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
) => [document.toString(), variables] as const;

/**
 * Sends a page's request while the application is still starting, so the answer travels while the first render
 * runs; the page's `useApi` with the same document and variables then takes it (or waits for it) instead of asking
 * again.
 */
export function startPageRequest<Result, Variables>(
  client: QueryClient,
  page: PageRequest<Result, Variables> | null,
): void {
  if (!page?.enabled) return;
  void client.prefetchQuery({
    queryKey: queryKey(page.document, page.variables),
    queryFn: ({ signal }) => request(page.document, page.variables, { signal }),
    staleTime: STALE_MS,
  });
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
    queryKey: queryKey(document, variables),
    queryFn: ({ signal }) => request(document, variables, { signal }),
    enabled: options.enabled ?? true,
    placeholderData: !keepPrevious
      ? undefined
      : keepPrevious === true
        ? keepPreviousData
        : (previous, previousQuery) =>
            previousQuery && keepPrevious(previousQuery.queryKey[1]) ? previous : undefined,
    retry: (count, error) => count < 1 && error instanceof ApiError && error.code === 'NETWORK',
    staleTime: STALE_MS,
  });
}
