/**
 * The example reports committed under docs/examples/: every template in every language for 2016 on the seeded data
 * (published provenance), and in English with the synthetic examples included. Written by `npm run report:examples`;
 * a test renders them afresh and compares, so they stay what the service answers.
 */
import type { FiguresService } from '../compliance/figures.service';
import { REPORT_LANGUAGES, type ReportLanguage } from './messages';
import { writeReport } from './report-request';
import { REPORT_TEMPLATES, type ReportTemplate } from './report-templates';

export const EXAMPLES_DIR = 'docs/examples';
const YEAR = 2016;

interface Example {
  file: string;
  template: ReportTemplate;
  language: ReportLanguage;
  includeSynthetic: boolean;
}

export const EXAMPLES: Example[] = [
  ...REPORT_TEMPLATES.flatMap((template) =>
    REPORT_LANGUAGES.map((language) => ({
      file: `${template}-${YEAR}.${language}.md`,
      template,
      language,
      includeSynthetic: false,
    })),
  ),
  ...REPORT_TEMPLATES.map((template) => ({
    file: `${template}-${YEAR}.en.with-synthetic.md`,
    template,
    language: 'en' as const,
    includeSynthetic: true,
  })),
];

/** The data version line is the one line with a time in it: it differs on every run, and nothing else may. */
export const withoutDataVersion = (text: string): string =>
  text.replace(/^.*\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ.*$/gm, '<data version>');

export async function renderExamples(figures: FiguresService): Promise<{ file: string; text: string }[]> {
  const rendered: { file: string; text: string }[] = [];
  for (const example of EXAMPLES) {
    const { text } = await writeReport(figures, example.template, example.language, {
      yearFrom: YEAR,
      yearTo: YEAR,
      finalOnly: false,
      includeSynthetic: example.includeSynthetic,
    });
    rendered.push({ file: example.file, text });
  }
  return rendered;
}
