import express, { type Request, type Router } from 'express';
import { requireRole } from '../access/access.errors';
import type { ApiKeyService } from '../access/api-key.service';
import type { ComplianceService, FindingFilterInput } from '../compliance/compliance.service';
import { toCsv } from '../compliance/report.format';
import { isDatabaseUnavailable } from '../db/database-error';
import { BadUserInputError, DomainError } from '../shared/errors';
import { SERVICE_UNAVAILABLE } from './format-error';

export const FINDINGS_CSV_PATH = '/reports/findings.csv';

const yearParam = (req: Request, name: string): number | undefined => {
  const raw = req.query[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d{4}$/.test(raw))
    throw new BadUserInputError(`${name} must be a year, e.g. 2016.`);
  return Number(raw);
};

const textParam = (req: Request, name: string): string | undefined => {
  const raw = req.query[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || raw.trim() === '')
    throw new BadUserInputError(`${name} must be given once, as text.`);
  return raw;
};

/**
 * `GET /reports/findings.csv?year=2016&court=…&provision=…[&includeSynthetic=true]`: the same rows as
 * `npm run report -- --format csv`, for a monitor's spreadsheet.
 */
export function reportsRouter(compliance: ComplianceService, apiKeys: ApiKeyService): Router {
  const router = express.Router();
  router.get(FINDINGS_CSV_PATH, async (req, res) => {
    try {
      // Exports are for monitors: bulk reads need a MONITOR key.
      requireRole(await apiKeys.viewerFor(req.headers.authorization), 'MONITOR');
      const year = yearParam(req, 'year');
      const filter: FindingFilterInput = {
        yearFrom: year ?? yearParam(req, 'yearFrom'),
        yearTo: year ?? yearParam(req, 'yearTo'),
        court: textParam(req, 'court'),
        provision: textParam(req, 'provision'),
        // Publishing a made-up example by mistake is the worse error: synthetic records only when asked for.
        provenance: req.query.includeSynthetic === 'true' ? undefined : ['OFFICIAL', 'REPORTED'],
      };
      const { rows } = await compliance.report(filter);
      res
        .type('text/csv; charset=utf-8')
        .attachment(`findings${year ? `-${year}` : ''}.csv`)
        .send(toCsv(rows));
    } catch (e) {
      if (e instanceof DomainError) {
        const status = { NOT_FOUND: 404, UNAUTHENTICATED: 401, FORBIDDEN: 403 }[e.code as string] ?? 400;
        res.status(status).json({ errors: [{ message: e.message, extensions: { code: e.code } }] });
        return;
      }
      if (isDatabaseUnavailable(e)) {
        res.status(503).json({
          errors: [
            {
              message: 'The database is unavailable at the moment; try again shortly.',
              extensions: { code: SERVICE_UNAVAILABLE },
            },
          ],
        });
        return;
      }
      process.stderr.write(`[reports] unexpected error: ${e instanceof Error ? e.stack : String(e)}\n`);
      res.status(500).json({
        errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
    }
  });
  return router;
}
