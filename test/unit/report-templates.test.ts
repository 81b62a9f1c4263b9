import type { CourtEntity } from '../../src/courts/court.entity';
import type { ReportFigures } from '../../src/compliance/figures.service';
import { rangeBands, sentenceFigures, type SentenceCell } from '../../src/compliance/sentence-distribution';
import { reportLanguage, reportTemplate, reportYears } from '../../src/reports/report-request';
import { findingsCsvLink, renderReport } from '../../src/reports/report-templates';

function cell(over: Partial<SentenceCell>): SentenceCell {
  const served = over.servedMonths ?? 0;
  const counts = over.counts ?? 1;
  return {
    kind: 'IMPRISONMENT',
    servedMonths: served,
    status: 'COMPLIANT',
    provisionId: null,
    versionId: null,
    circumstances: [],
    counts,
    unverified: 0,
    termMonthsSum: served * counts,
    termMinMonths: served,
    termMaxMonths: served,
    fines: 0,
    fineSumEur: 0,
    fineMinEur: null,
    fineMaxEur: null,
    firstInstance: counts,
    appeal: 0,
    supreme: 0,
    ...over,
  };
}

const fine = (eur: number, over: Partial<SentenceCell> = {}) =>
  cell({
    kind: 'FINE_ONLY',
    servedMonths: 0,
    termMinMonths: null,
    termMaxMonths: null,
    fines: 1,
    fineSumEur: eur,
    fineMinEur: eur,
    fineMaxEur: eur,
    status: 'BELOW_MINIMUM',
    ...over,
  });

/**
 * Eight convicted counts by hand: served 12 (below the minimum), 24 and 24, 72 (with a fine of 1,000 €), a suspended
 * term of 18 months, fines alone of 3,000 € and 1,000 €, and one with no sentence recorded.
 */
const CELLS: SentenceCell[] = [
  cell({ servedMonths: 12, status: 'BELOW_MINIMUM' }),
  cell({ servedMonths: 24, counts: 2 }),
  cell({ servedMonths: 72, fines: 1, fineSumEur: 1000, fineMinEur: 1000, fineMaxEur: 1000 }),
  cell({
    kind: 'SUSPENDED',
    servedMonths: 0,
    termMonthsSum: 18,
    termMinMonths: 18,
    termMaxMonths: 18,
    status: 'BELOW_MINIMUM',
  }),
  fine(3000),
  fine(1000, { unverified: 1 }),
  cell({
    kind: 'NO_SENTENCE',
    servedMonths: null,
    termMinMonths: null,
    termMaxMonths: null,
    status: 'UNDETERMINED',
  }),
];

const COURT = {
  nameSq: 'Gjykata Themelore në Prishtinë',
  nameSr: 'Osnovni sud u Prištini',
  nameEn: 'Basic Court of Pristina',
} as CourtEntity;

const figures = (cells: SentenceCell[], over: Partial<ReportFigures['scope']> = {}): ReportFigures => ({
  scope: {
    yearFrom: 2016,
    yearTo: 2016,
    court: COURT,
    chainCitations: ['PCCK Art. 139', 'CCK Art. 171'],
    finalOnly: false,
    provenance: ['OFFICIAL', 'REPORTED'],
    ...over,
  },
  figures: sentenceFigures(cells),
  bands: rangeBands(cells),
  decisions: 3,
  defendants: 6,
  ranges: [
    {
      counts: 7,
      range: {
        citation: 'CCK Art. 171',
        validFrom: '2013-01-01',
        circumstances: [],
        minMonths: 60,
        maxMonths: null,
        lifeImprisonment: false,
      } as never,
    },
  ],
  dataVersion: { lawRevision: '97', findingsVersion: '1203', readAt: '2026-12-07T10:15:00Z' },
});

const LINK = '/reports/findings.csv?year=2016';
const render = (template: 'tip' | 'bands' | 'types', language: 'en' | 'sq' | 'sr', r = figures(CELLS)) =>
  renderReport(template, language, r, LINK);

describe('the TIP-style paragraph', () => {
  it('says, in English, what the hand-made set holds', () => {
    // Determined: 7 of 8; below: 12, the suspended term and the two fines = 4 (57.1%). Served, sorted:
    // 0 0 0 12 24 24 72: the median (rank 3) is 12 months.
    expect(render('tip', 'en')).toContain(
      'In 2016, courts convicted 6 defendants on 8 counts in 3 decisions (8 at first instance). ' +
        '4 of the 7 whose compliance could be determined (1 could not) were sentenced below the statutory minimum (57.1%). ' +
        'Terms of imprisonment to serve ranged from 1 year to 6 years. ' +
        'The median sentence served was 1 year (over the 7 counts with a known sentence, a suspended term or a fine alone counting as 0). ' +
        '1 count received a suspended sentence, and 2 counts received a fine alone (1,000 € to 3,000 €).',
    );
  });

  it('agrees in number and case in Albanian and Serbian', () => {
    expect(render('tip', 'sq')).toContain(
      'Në vitin 2016, gjykatat shpallën fajtorë 6 të pandehur për 8 vepra penale në 3 vendime (8 në shkallë të parë).',
    );
    expect(render('tip', 'sq')).toContain('Dënimet me burgim efektiv shkonin nga 1 vit deri në 6 vjet.');
    const sr = render('tip', 'sr');
    expect(sr).toContain('U 2016. godini sudovi su izrekli 8 osuda protiv 6 optuženih, u ukupno 3 odluke');
    expect(sr).toContain('(kod 1 osude nije moglo), 4 osude su bile ispod zakonskog minimuma (57,1%).');
    expect(sr).toContain('Samo novčanih kazni: 2 (od 1.000 € do 3.000 €).');
  });

  it('says "none" rather than "0 of them", in each language', () => {
    const compliant = figures([cell({ servedMonths: 60 }), cell({ servedMonths: 72 })]);
    expect(render('tip', 'en', compliant)).toContain(
      'None of them was sentenced below the statutory minimum.',
    );
    expect(render('tip', 'sq', compliant)).toContain(
      'Për asnjë prej tyre dënimi nuk ishte nën minimumin ligjor.',
    );
    expect(render('tip', 'sr', compliant)).toContain('Od toga, nijedna nije bila ispod zakonskog minimuma.');
  });

  it('says so when nothing is recorded, and leaves out a median of fewer than five counts', () => {
    expect(render('tip', 'en', figures([]))).toContain(
      'In 2016, no conviction within this scope is recorded in this service.',
    );
    const four = render('tip', 'en', figures(CELLS.slice(0, 3)));
    expect(four).not.toMatch(/median/);
    expect(four).toContain('(4 at first instance)');
  });
});

describe('the bands table', () => {
  it('puts every count in one row, with shares of all of them', () => {
    const md = render('bands', 'en');
    expect(md).toContain('| Below the statutory minimum | 4 | 50% |');
    expect(md).toContain('| — of which a suspended term | 1 |  |');
    expect(md).toContain('| — of which a fine alone | 2 |  |');
    expect(md).toContain('| From the minimum to 5 years | 2 | 25% |');
    expect(md).toContain('| More than 5 years | 1 | 12.5% |');
    expect(md).toContain('| Not determined (law or sentence data missing) | 1 | 12.5% |');
    expect(md).toContain('| **Total** | **8** | 100% |');
    // Rows only some periods need stay out when empty.
    expect(md).not.toMatch(/Above the statutory maximum/);
  });

  it('shows a rare row once it holds a count', () => {
    const md = render(
      'bands',
      'sr',
      figures([...CELLS, cell({ servedMonths: 150, status: 'ABOVE_MAXIMUM' })]),
    );
    expect(md).toContain('| Iznad zakonskog maksimuma | 1 | 11,1% |');
    expect(md).toContain('| **Ukupno** | **9** | 100% |');
  });
});

describe('the kinds-of-sentence table', () => {
  it('gives shares of the known sentences and the averages of each row', () => {
    const md = render('types', 'en');
    // (12 + 24 + 24 + 72) / 4 = 33 months to serve; fines alone (3,000 + 1,000) / 2.
    expect(md).toContain('| Imprisonment to serve | 4 | 57.1% | 2 years 9 months to serve |');
    expect(md).toContain('| Suspended imprisonment | 1 | 14.3% | 1 year 6 months suspended |');
    expect(md).toContain('| Fine alone | 2 | 28.6% | 2,000 € |');
    expect(md).toContain('| No penalty recorded (0 months, no fine) | 0 | 0% | — |');
    expect(md).toContain('| **Total with a known sentence** | **7** | 100% |  |');
    expect(md).toContain('| Sentence not recorded, or suspension not recorded | 1 |  |  |');
    expect(md).toContain('A fine came beside imprisonment or a suspended term in 1 count (mean 1,000 €).');
    expect(md).toContain('Median sentence served: 1 year (over 7 counts with a known sentence');
  });

  it('writes numbers and durations as the language does', () => {
    expect(render('types', 'sq')).toContain(
      "| Burgim efektiv | 4 | 57,1% | 2 vjet e 9 muaj për t'u vuajtur |",
    );
    expect(render('types', 'sr')).toContain(
      '| Zatvor koji se izdržava | 4 | 57,1% | 2 godine i 9 meseci za izdržavanje |',
    );
    expect(render('types', 'sr')).toContain('| Samo novčana kazna | 2 | 28,6% | 2.000 € |');
  });
});

describe('the methods note', () => {
  it('states the counting rules, the unverified findings, the ranges and the data version', () => {
    const md = render('bands', 'en');
    expect(md).toContain('## Methods');
    expect(md).toContain('- Unit: one convicted count');
    expect(md).toMatch(/A suspended term counts as 0 months served/);
    expect(md).toMatch(/- Life imprisonment: a count cannot hold a life sentence/);
    expect(md).toMatch(/- Stages: every decision of the period is counted/);
    expect(md).toContain(
      '- 1 of the 8 findings rests on law data not verified from a source (confidence UNVERIFIED): check it before citing.',
    );
    expect(md).toContain(
      '- Statutory ranges applied: CCK Art. 171 (from 2013-01-01), at least 60 months (maximum not held): 7 counts.',
    );
    expect(md).toContain(`- The counts behind these figures, one row each: ${LINK}`);
    expect(md.trimEnd().split('\n').pop()).toBe(
      'Data: law revision 97, findings version 1203, read 2026-12-07T10:15:00Z.',
    );
  });

  it('warns at the top when synthetic examples are in, and says when only final findings are', () => {
    const r = figures(CELLS, { provenance: ['OFFICIAL', 'REPORTED', 'SYNTHETIC'], finalOnly: true });
    for (const language of ['en', 'sq', 'sr'] as const) {
      const md = renderReport('types', language, r, LINK);
      expect(md.split('\n')[4]).toMatch(/^\*\*.*(SYNTHETIC|SINTETIKE|SINTETIČKE)/);
    }
    const md = renderReport('tip', 'en', r, LINK);
    expect(md).toMatch(/- Stages: only final findings are counted/);
    expect(md).toMatch(/SYNTHETIC decisions are made-up examples: these figures are not evidence/);
  });
});

describe('report requests', () => {
  it('links to the counts behind a report under the same scope', () => {
    expect(
      findingsCsvLink({
        yearFrom: 2014,
        yearTo: 2016,
        court: 'Basic Court of Pristina',
        provision: 'CCK Art. 171',
        finalOnly: true,
        includeSynthetic: false,
      }),
    ).toBe(
      '/reports/findings.csv?yearFrom=2014&yearTo=2016&court=Basic%20Court%20of%20Pristina&provision=CCK%20Art.%20171&chain=true&finalOnly=true',
    );
  });

  it('refuses an unknown template or language and a missing period, saying what is expected', () => {
    expect(() => reportTemplate('summary')).toThrow(
      'The template must be one of tip, bands, types; it was "summary".',
    );
    expect(reportLanguage(undefined)).toBe('en');
    expect(reportLanguage('sr-Latn')).toBe('sr');
    expect(() => reportLanguage('de')).toThrow(/must be en, sq or sr/);
    expect(reportYears(2016, undefined, undefined)).toEqual({ yearFrom: 2016, yearTo: 2016 });
    expect(() => reportYears(undefined, 2014, undefined)).toThrow(/needs its period/);
    expect(() => reportYears(2016, 2014, 2016)).toThrow(/either a year or a first and a last year/);
  });
});
