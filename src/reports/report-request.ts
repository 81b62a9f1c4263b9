/**
 * A report template asked for by a monitor, over HTTP (`/reports/<template>.md`) or from the command line
 * (`npm run report -- --template …`): the checks both make, and the report they get.
 */
import type { DataVersion } from '../compliance/data-version';
import type { FiguresService } from '../compliance/figures.service';
import { PUBLISHED_PROVENANCE } from '../compliance/figures.service';
import { BadUserInputError } from '../shared/errors';
import { REPORT_LANGUAGES, type ReportLanguage } from './messages';
import {
  findingsCsvLink,
  renderReport,
  REPORT_TEMPLATES,
  type ReportRequest,
  type ReportTemplate,
} from './report-templates';

export function reportTemplate(value: string): ReportTemplate {
  if (!(REPORT_TEMPLATES as readonly string[]).includes(value))
    throw new BadUserInputError(
      `The template must be one of ${REPORT_TEMPLATES.join(', ')}; it was "${value}".`,
    );
  return value as ReportTemplate;
}

/** `en`, `sq` or `sr` (Serbian in Latin script, also accepted as `sr-Latn`); English when not given. */
export function reportLanguage(value: string | undefined): ReportLanguage {
  if (value === undefined) return 'en';
  const language = value === 'sr-Latn' ? 'sr' : value;
  if (!(REPORT_LANGUAGES as readonly string[]).includes(language))
    throw new BadUserInputError(
      `The language must be en, sq or sr (Serbian, Latin script); it was "${value}". Serbian in Cyrillic is not offered yet.`,
    );
  return language as ReportLanguage;
}

/** A year, or a first and a last year: a report is always of a stated period. */
export function reportYears(
  year: number | undefined,
  yearFrom: number | undefined,
  yearTo: number | undefined,
): { yearFrom: number; yearTo: number } {
  if (year !== undefined) {
    if (yearFrom !== undefined || yearTo !== undefined)
      throw new BadUserInputError('Give either a year or a first and a last year, not both.');
    return { yearFrom: year, yearTo: year };
  }
  if (yearFrom === undefined || yearTo === undefined)
    throw new BadUserInputError('A report needs its period: a year (e.g. 2016), or a first and a last year.');
  return { yearFrom, yearTo };
}

/** The template's Markdown, and the version of the data it was computed from. */
export async function writeReport(
  figures: FiguresService,
  template: ReportTemplate,
  language: ReportLanguage,
  request: ReportRequest,
): Promise<{ text: string; dataVersion: DataVersion }> {
  const result = await figures.reportFigures({
    yearFrom: request.yearFrom,
    yearTo: request.yearTo,
    court: request.court,
    provision: request.provision,
    finalOnly: request.finalOnly,
    provenance: request.includeSynthetic ? [...PUBLISHED_PROVENANCE, 'SYNTHETIC'] : PUBLISHED_PROVENANCE,
  });
  return {
    text: renderReport(template, language, result, findingsCsvLink(request)),
    dataVersion: result.dataVersion,
  };
}
