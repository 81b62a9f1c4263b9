import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';

/** Whether the database answers a trivial query within `timeoutMs`. */
export async function databaseAnswers(dataSource: DataSource, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([dataSource.query('SELECT 1').then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export const VERSION = process.env.npm_package_version ?? '0.1.0';

/** The `health` query: the truth about the database, checked when asked. */
export async function healthOf(dataSource: DataSource) {
  const databaseReachable = await databaseAnswers(dataSource);
  return { ok: databaseReachable, databaseReachable, version: VERSION };
}

/**
 * Probes for a supervisor or load balancer: `/healthz` answers while the process serves HTTP (liveness), `/readyz`
 * only while the database answers too (readiness: 503 otherwise, so traffic goes elsewhere until it is back).
 */
export function healthRouter(dataSource: DataSource): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ ok: true, version: VERSION });
  });
  router.get('/readyz', async (_req, res) => {
    const health = await healthOf(dataSource);
    res.status(health.ok ? 200 : 503).json(health);
  });
  return router;
}
