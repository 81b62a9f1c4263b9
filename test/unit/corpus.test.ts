import courts from '../../seeds/courts.json';
import { corpusChunks, generateCorpus } from '../../src/corpus/corpus';
import { parseImportFile } from '../../src/import/import.rows';

const all = (decisions: number, seed: number) => [...generateCorpus({ decisions, seed })];

describe('synthetic corpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(all(50, 7)).toEqual(all(50, 7));
    expect(JSON.stringify(all(50, 7))).not.toEqual(JSON.stringify(all(50, 8)));
  });

  it('gives N decisions of 1 to 5 counts, every row one the importer accepts, all marked synthetic', () => {
    const decisions = all(300, 3);
    expect(new Set(decisions.map((rows) => rows[0].case_number)).size).toBe(300);
    for (const rows of decisions) expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const rows of decisions) expect(rows.length).toBeLessThanOrEqual(5);
    const flat = decisions.flat();
    expect(parseImportFile(JSON.stringify(flat), 'json').problems).toEqual([]);
    expect(new Set(flat.map((r) => r.provenance))).toEqual(new Set(['SYNTHETIC']));
    for (const rows of decisions) {
      for (const field of ['court', 'decision_date', 'decision_type', 'final', 'source_url', 'provenance']) {
        expect(new Set(rows.map((r) => r[field])).size).toBe(1);
      }
    }
  });

  it('covers every year and every sitting court, with courts only in the years they sat', () => {
    const rows = all(2000, 1).map((r) => r[0]);
    expect(new Set(rows.map((r) => String(r.decision_date).slice(0, 4))).size).toBe(24);
    const used = new Set(rows.map((r) => r.court));
    const expected = courts.filter((c) => c.level !== 'MINOR_OFFENCES').map((c) => c.names.en);
    expect([...used].sort()).toEqual([...expected].sort());
    for (const r of rows) {
      const court = courts.find((c) => c.names.en === r.court)!;
      const date = String(r.decision_date);
      if (court.activeTo) expect(date < court.activeTo).toBe(true);
      if (court.activeFrom) expect(date >= court.activeFrom).toBe(true);
    }
  });

  it('writes texts of 2 to 20 KB and cites the law of the offence date', () => {
    for (const rows of all(200, 5)) {
      const size = Buffer.byteLength(String(rows[0].text));
      expect(size).toBeGreaterThanOrEqual(2048);
      expect(size).toBeLessThan(21_000);
      for (const r of rows) {
        const day = String(r.offence_date);
        const law =
          day >= '2019-01-14'
            ? 'CC 06/L-074 Art. 165'
            : day >= '2013-01-01'
              ? 'CCK Art. 171'
              : day >= '2004-04-06'
                ? 'PCCK Art. 139'
                : 'UNMIK Reg 2001/4 s 2';
        expect(r.charged_provision).toBe(law);
      }
    }
  });

  it('chunks whole decisions', () => {
    const chunks = [...corpusChunks({ decisions: 25, seed: 2 }, 10)];
    expect(chunks).toHaveLength(3);
    expect(chunks.flat()).toEqual(all(25, 2).flat());
  });
});
