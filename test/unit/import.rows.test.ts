import { CSV_HEADER, parseImportFile } from '../../src/import/import.rows';

const header = CSV_HEADER.join(',');
const good =
  'P 1/16,Basic Court of Pristina,2016-05-10,FIRST_INSTANCE,true,A.B.,2015-03-01,CCK Art. 171,CCK Art. 171,CONVICTED,42,false,,VICTIM_CHILD;ORGANISED_GROUP,true,https://example.org/x,SYNTHETIC';

describe('parseImportFile (CSV)', () => {
  it('reads a good row into typed fields', () => {
    const { rows, problems } = parseImportFile(`${header}\n${good}\n`, 'csv');
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      line: 2,
      caseNumber: 'P 1/16',
      decisionDate: '2016-05-10',
      final: true,
      defendant: 'A.B.',
      imprisonmentMonths: 42,
      suspended: false,
      fineEur: null,
      circumstances: ['VICTIM_CHILD', 'ORGANISED_GROUP'],
      mitigationCited: true,
      provenance: 'SYNTHETIC',
    });
  });

  it('treats empty cells as unknown', () => {
    const row = 'P 2/16,Basic Court of Pristina,2016-05-10,FIRST_INSTANCE,,,,,,,,,,,,,REPORTED';
    const { rows, problems } = parseImportFile(`${header}\n${row}\n`, 'csv');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      final: null,
      verdict: null,
      offenceDate: null,
      defendant: 'UNIDENTIFIED-1',
      circumstances: [],
    });
  });

  it('names every bad row with its line and reason', () => {
    const bad1 = good.replace('2016-05-10', '2016-02-30');
    const bad2 = good.replace('A.B.', 'Vladimir Ukaj');
    const bad3 = good.replace('CONVICTED', 'ACQUITTED');
    const { rows, problems } = parseImportFile([header, good, bad1, good, bad2, bad3].join('\n'), 'csv');
    expect(rows).toHaveLength(2);
    expect(problems.map((p) => p.line)).toEqual([3, 5, 6, 6]);
    expect(problems[0].reason).toMatch(/decision_date "2016-02-30" is not a date/);
    expect(problems[1].reason).toMatch(/never a name/);
    expect(
      problems
        .filter((p) => p.line === 6)
        .map((p) => p.reason)
        .join(' '),
    ).toMatch(/verdict is ACQUITTED/);
  });

  it('rejects a header that lacks a column or has an unknown one', () => {
    const { problems } = parseImportFile(`${header.replace(',provenance', ',origin')}\n${good}`, 'csv');
    expect(problems).toEqual([
      { line: 1, reason: 'the header lacks provenance' },
      { line: 1, reason: 'the header has unknown columns: origin' },
    ]);
  });

  it('numbers rows after a quoted multi-line cell by their first line', () => {
    const multi = good.replace('P 1/16', '"P\n1/16"');
    const bad = good.replace('42', '-1');
    const { problems } = parseImportFile([header, multi, bad].join('\n'), 'csv');
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(4);
  });

  it('checks enums, booleans, amounts, URLs and circumstance codes', () => {
    const row =
      'X,Court,2016-05-10,TRIAL,yes,A.B.,2017-01-01,,,CONVICTED,12.345,false,abc,VICTIM_ADULT,,ftp://x,OTHER';
    const { problems } = parseImportFile(`${header}\n${row}`, 'csv');
    const reasons = problems.map((p) => p.reason).join('\n');
    expect(reasons).toMatch(/decision_type "TRIAL" is not one of/);
    expect(reasons).toMatch(/final must be true or false/);
    expect(reasons).toMatch(/imprisonment_months "12.345"/);
    expect(reasons).toMatch(/fine_eur "abc"/);
    expect(reasons).toMatch(/unknown codes: VICTIM_ADULT/);
    expect(reasons).toMatch(/source_url "ftp:\/\/x"/);
    expect(reasons).toMatch(/provenance "OTHER"/);
    expect(reasons).toMatch(/offence_date 2017-01-01 is after decision_date 2016-05-10/);
  });

  it('reports a row with the wrong number of cells', () => {
    const { problems } = parseImportFile(`${header}\n${good},extra`, 'csv');
    expect(problems).toEqual([{ line: 2, reason: 'has 18 cells; the header has 17' }]);
  });
});

describe('parseImportFile (JSON)', () => {
  it('takes an array of rows with the CSV keys, numbering them from 1', () => {
    const rows = [
      {
        case_number: 'J-1',
        court: 'Basic Court of Pristina',
        decision_date: '2016-05-10',
        decision_type: 'FIRST_INSTANCE',
        final: true,
        defendant: 'A.B.',
        offence_date: null,
        charged_provision: null,
        convicted_provision: 'CCK Art. 171',
        verdict: 'CONVICTED',
        imprisonment_months: 60,
        suspended: false,
        fine_eur: null,
        circumstances: ['VICTIM_CHILD'],
        mitigation_cited: false,
        source_url: null,
        provenance: 'SYNTHETIC',
      },
      {
        case_number: 'J-2',
        court: 'X',
        decision_date: 'soon',
        decision_type: 'FIRST_INSTANCE',
        provenance: 'SYNTHETIC',
        colour: 'red',
      },
    ];
    const parsed = parseImportFile(JSON.stringify(rows), 'json');
    expect(parsed.problems).toEqual([{ line: 2, reason: 'has unknown keys: colour' }]);
    const ok = parseImportFile(JSON.stringify([rows[0]]), 'json');
    expect(ok.rows[0]).toMatchObject({
      imprisonmentMonths: 60,
      circumstances: ['VICTIM_CHILD'],
      final: true,
    });
  });

  it('rejects JSON that is not an array', () => {
    expect(parseImportFile('{"a":1}', 'json').problems).toEqual([
      { line: 1, reason: 'the JSON must be an array of rows' },
    ]);
    expect(parseImportFile('[', 'json').problems[0].reason).toMatch(/not readable as JSON/);
  });
});

describe('parseImportFile line numbers', () => {
  const bad = good.replace('2016-05-10', '2016-02-30');

  it('names the row itself after empty lines', () => {
    const { problems } = parseImportFile([header, good, '', '', bad].join('\n'), 'csv');
    expect(problems.map((p) => p.line)).toEqual([5]);
  });

  it('counts a CR LF inside a quoted cell as one line', () => {
    const multi = good.replace('P 1/16', '"P\r\n1/16"');
    const { problems } = parseImportFile([header, multi, bad].join('\r\n'), 'csv');
    expect(problems.map((p) => p.line)).toEqual([4]);
  });
});
