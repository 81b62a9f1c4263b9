import express, { type Request, type Response, type Router } from 'express';
import { requireRole } from '../access/access.errors';
import type { ApiKeyService } from '../access/api-key.service';
import { dataVersionHeader } from '../compliance/data-version';
import type { FiguresService } from '../compliance/figures.service';
import type { FindingFilterInput } from '../compliance/compliance.service';
import { toCsv } from '../compliance/report.format';
import { PROVENANCES, type Provenance } from '../cases/case.model';
import { isDatabaseUnavailable } from '../db/database-error';
import { reportLanguage, reportYears, writeReport } from '../reports/report-request';
import { REPORT_TEMPLATES } from '../reports/report-templates';
import { BadUserInputError, DomainError } from '../shared/errors';
import { SERVICE_UNAVAILABLE } from './format-error';

export const FINDINGS_CSV_PATH = '/reports/findings.csv';

/** The header every export carries: the law revision, the findings' version and when they were read. */
export const DATA_VERSION_HEADER = 'X-Data-Version';

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

const flagParam = (req: Request, name: string): boolean => {
  const raw = req.query[name];
  if (raw === undefined) return false;
  if (raw !== 'true' && raw !== 'false') throw new BadUserInputError(`${name} must be true or false.`);
  return raw === 'true';
};

/**
 * `provenance=OFFICIAL,REPORTED` (as the web dashboard's URL writes it); without it, official and reported records,
 * and synthetic ones too with `includeSynthetic=true`.
 */
const provenanceParam = (req: Request): Provenance[] | undefined => {
  const raw = textParam(req, 'provenance');
  if (raw === undefined) return flagParam(req, 'includeSynthetic') ? undefined : ['OFFICIAL', 'REPORTED'];
  const values = raw.split(',').map((v) => v.trim().toUpperCase());
  const unknown = values.filter((v) => !(PROVENANCES as readonly string[]).includes(v));
  if (unknown.length)
    throw new BadUserInputError(`provenance must list ${PROVENANCES.join(', ')}; not ${unknown.join(', ')}.`);
  return [...new Set(values)] as Provenance[];
};

/** Answers an export, or its error in the shape of a GraphQL error (never a stack trace). */
async function answer(res: Response, work: () => Promise<void>): Promise<void> {
  try {
    await work();
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
}

/**
 * Exports for monitors (a MONITOR key: bulk reads), each with an `X-Data-Version` header:
 * - `GET /reports/findings.csv?year=2016&court=…&provision=…[&chain=true][&finalOnly=true][&includeSynthetic=true]`
 *   (or `&provenance=OFFICIAL,REPORTED,…`):
 *   the same rows as `npm run report -- --format csv`, for a monitor's spreadsheet;
 * - `GET /reports/<tip|bands|types>.md?year=2016&court=…&provision=…&lang=en|sq|sr[&finalOnly=true]
 *   [&includeSynthetic=true]`: the report templates, as `npm run report -- --template …` writes them.
 * Publishing a made-up example by mistake is the worse error: synthetic records only when asked for.
 */
export function reportsRouter(figures: FiguresService, apiKeys: ApiKeyService): Router {
  const router = express.Router();
  router.get(FINDINGS_CSV_PATH, (req, res) =>
    answer(res, async () => {
      requireRole(await apiKeys.viewerFor(req.headers.authorization), 'MONITOR');
      const year = yearParam(req, 'year');
      const filter: FindingFilterInput = {
        yearFrom: year ?? yearParam(req, 'yearFrom'),
        yearTo: year ?? yearParam(req, 'yearTo'),
        court: textParam(req, 'court'),
        provision: textParam(req, 'provision'),
        provenance: provenanceParam(req),
      };
      const { rows, dataVersion } = await figures.findingsExport(filter, {
        chain: flagParam(req, 'chain'),
        finalOnly: flagParam(req, 'finalOnly'),
      });
      res
        .type('text/csv; charset=utf-8')
        .set(DATA_VERSION_HEADER, dataVersionHeader(dataVersion))
        .attachment(`findings${year ? `-${year}` : ''}.csv`)
        .send(toCsv(rows, dataVersion));
    }),
  );
  for (const template of REPORT_TEMPLATES) {
    router.get(`/reports/${template}.md`, (req, res) =>
      answer(res, async () => {
        requireRole(await apiKeys.viewerFor(req.headers.authorization), 'MONITOR');
        const language = reportLanguage(textParam(req, 'lang'));
        const years = reportYears(
          yearParam(req, 'year'),
          yearParam(req, 'yearFrom'),
          yearParam(req, 'yearTo'),
        );
        const { text, dataVersion } = await writeReport(figures, template, language, {
          ...years,
          court: textParam(req, 'court'),
          provision: textParam(req, 'provision'),
          finalOnly: flagParam(req, 'finalOnly'),
          includeSynthetic: flagParam(req, 'includeSynthetic'),
        });
        res
          .type('text/markdown; charset=utf-8')
          .set(DATA_VERSION_HEADER, dataVersionHeader(dataVersion))
          .set('Content-Language', language === 'sr' ? 'sr-Latn' : language)
          .send(text);
      }),
    );
  }
  return router;
}
