import { ipKeyGenerator } from 'express-rate-limit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hashKey } from '../access/api-key.service';

const WINDOW_MS = 60_000;

export interface RateLimitVerdict {
  limited: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the count starts again. */
  resetSeconds: number;
}

/**
 * Requests per minute per API key (hashed, never kept) or, without one, per address (an IPv6 address by its /56).
 * One fixed window for every client, counted in memory: a Map lookup per request, so that the cached answers served
 * before express (public-law-cache.ts) are counted by the same limiter as everything else.
 */
export class RateLimiter {
  private hits = new Map<string, number>();
  /** An address's key is worked out once per window (parsing IPv6 is not free). */
  private addressKeys = new Map<string, string>();
  private windowEndsAt = 0;

  constructor(
    readonly limit: number,
    private readonly trustProxy: boolean,
  ) {}

  /** Counts the request and says whether it is over the limit. */
  hit(req: IncomingMessage): RateLimitVerdict {
    const now = Date.now();
    if (now >= this.windowEndsAt) {
      this.hits = new Map();
      this.addressKeys = new Map();
      this.windowEndsAt = now + WINDOW_MS;
    }
    const key = this.keyOf(req);
    const count = (this.hits.get(key) ?? 0) + 1;
    this.hits.set(key, count);
    return {
      limited: count > this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - count),
      resetSeconds: Math.ceil((this.windowEndsAt - now) / 1000),
    };
  }

  private keyOf(req: IncomingMessage): string {
    const authorization = req.headers.authorization;
    if (authorization) return `key:${hashKey(authorization)}`;
    const address = this.addressOf(req);
    let key = this.addressKeys.get(address);
    if (key === undefined) {
      key = `ip:${ipKeyGenerator(address)}`;
      this.addressKeys.set(address, key);
    }
    return key;
  }

  /** The client's address as express's `req.ip` gives it: behind a trusted proxy, the first X-Forwarded-For. */
  private addressOf(req: IncomingMessage): string {
    const forwarded = this.trustProxy ? req.headers['x-forwarded-for'] : undefined;
    const first = typeof forwarded === 'string' ? forwarded.split(',')[0].trim() : '';
    return first || req.socket.remoteAddress || '';
  }
}

/** RateLimit headers (IETF draft 8), and Retry-After when refused. */
export function setRateLimitHeaders(res: ServerResponse, verdict: RateLimitVerdict): void {
  const name = `"${verdict.limit}-in-1min"`;
  res.setHeader('RateLimit-Policy', `${name}; q=${verdict.limit}; w=60`);
  res.setHeader('RateLimit', `${name}; r=${verdict.remaining}; t=${verdict.resetSeconds}`);
  if (verdict.limited) res.setHeader('Retry-After', String(verdict.resetSeconds));
}
