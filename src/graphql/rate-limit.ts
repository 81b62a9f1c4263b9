import { ipKeyGenerator } from 'express-rate-limit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { bearerKey, hashKey } from '../access/api-key.service';

export interface RateLimitVerdict {
  limited: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the client's window ends and its count starts again. */
  resetSeconds: number;
}

/**
 * Requests per minute per API key (hashed, never kept) or, without a well-formed one, per address (an IPv6 address by its /56).
 * Counted in memory by rate-limiter-flexible, so that the cached answers served before express (public-law-cache.ts)
 * are counted by the same limiter as everything else.
 */
export class RateLimiter {
  private readonly counter: RateLimiterMemory;

  constructor(
    readonly limit: number,
    private readonly trustProxy: boolean,
  ) {
    this.counter = new RateLimiterMemory({ points: limit, duration: 60 });
  }

  /** Counts the request and says whether it is over the limit. */
  async hit(req: IncomingMessage): Promise<RateLimitVerdict> {
    // consume() rejects with a RateLimiterRes when over the limit, and with an Error on a real failure.
    const [limited, res] = await this.counter.consume(this.keyOf(req)).then(
      (res) => [false, res] as const,
      (reason: unknown) => {
        if (reason instanceof RateLimiterRes) return [true, reason] as const;
        throw reason;
      },
    );
    return {
      limited,
      limit: this.limit,
      remaining: res.remainingPoints,
      resetSeconds: Math.ceil(res.msBeforeNext / 1000),
    };
  }

  /**
   * The counter a request is counted on: its key's, however the header spaces it ("Bearer  KEY" is "Bearer KEY");
   * its address's otherwise, including when the header holds no key (such a request is refused as unauthenticated,
   * and must not get a fresh counter for every way of writing nothing).
   */
  private keyOf(req: IncomingMessage): string {
    const authorization = req.headers.authorization;
    const key = authorization === undefined ? null : bearerKey(authorization);
    return key !== null ? `key:${hashKey(key)}` : `ip:${ipKeyGenerator(this.addressOf(req))}`;
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
