import {
  albanianDate,
  albanianDuration,
  formatDate,
  formatDuration,
  formatEuros,
  isIsoDate,
} from '../../web/src/format/format';
import { diffWords } from '../../web/src/format/diff';
import { highlightParts } from '../../web/src/format/highlight';
import { compileCatalogue } from '../../web/src/i18n/compile';
import { en } from '../../web/src/i18n/messages/en';
import { LOCALES, normaliseLocale, pickLocale } from '../../web/src/i18n/locales';
import { latinToCyrillic, serbianToCyrillic } from '../../web/src/i18n/transliterate';
import {
  findingsCsvHref,
  parseComparable,
  parseDashboard,
  parsePenalty,
  parseSearch,
  searchQuery,
  withComparable,
} from '../../web/src/url/params';

/** The web application's pure helpers: formatting, the URL forms, highlights, differences, scripts. */
describe('web formatting', () => {
  it('writes terms in years and months, never as a bare count of months', () => {
    expect(formatDuration('en', 60)).toBe('5 years');
    expect(formatDuration('en', 12)).toBe('1 year');
    expect(formatDuration('en', 42)).toBe('3 years, 6 months');
    expect(formatDuration('en', 6)).toBe('6 months');
    expect(formatDuration('en', 0)).toBe('0 months');
    expect(formatDuration('sr-Latn', 60)).toBe('5 godina');
    expect(formatDuration('sr-Cyrl', 42)).toBe('3 године и 6 месеци');
  });

  it('writes Albanian from its own words where Intl lacks the locale (as Chromium does)', () => {
    const n = (x: number) => String(x);
    expect(albanianDuration(60, n)).toBe('5 vjet');
    expect(albanianDuration(12, n)).toBe('1 vit');
    expect(albanianDuration(42, n)).toBe('3 vjet e 6 muaj');
    expect(albanianDuration(6, n)).toBe('6 muaj');
    expect(albanianDate('2015-06-01')).toBe('1 qershor 2015');
    expect(albanianDate('2019-11-30')).toBe('30 nëntor 2019');
  });

  it('formats dates and money per language', () => {
    expect(formatDate('en', '2015-06-01')).toBe('1 June 2015');
    expect(formatDate('sr-Cyrl', '2015-06-01')).toBe('1. јун 2015.');
    expect(formatEuros('en', 1050)).toBe('€1,050');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2015-06-01')).toBe(true);
    expect(isIsoDate('2014-02-30')).toBe(false);
    expect(isIsoDate('1.6.2015')).toBe(false);
  });
});

describe('web messages', () => {
  it('parses every message of every language, each with the keys of the English catalogue', () => {
    for (const locale of LOCALES) {
      // As the build compiles them (web/vite.config.mts): a message that does not parse throws, named.
      const catalogue = compileCatalogue(locale);
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[])
        expect(Array.isArray(catalogue[key])).toBe(true);
    }
    // Serbian Cyrillic is the Latin catalogue's text transliterated, never its argument names.
    expect(JSON.stringify(compileCatalogue('sr-Cyrl')['comparable.yearOrder'])).toMatch(
      /Прва годинa|Прва година/,
    );
    expect(JSON.stringify(compileCatalogue('sr-Cyrl')['comparable.yearOrder'])).toContain('"value":"from"');
  });

  it('stops the build on a message that does not parse, naming its language and key', () => {
    const broken = { ...en, 'app.name': 'Trafficking law {year' };
    expect(() => compileCatalogue('sq', broken)).toThrow(/^The sq message "app\.name" does not parse: /);
  });
});

describe('web URL forms', () => {
  it('reads the dashboard filters, leaving synthetic records out unless asked', () => {
    expect(parseDashboard(new URLSearchParams('yearFrom=2016&yearTo=2016'))).toEqual({
      yearFrom: 2016,
      yearTo: 2016,
      court: '',
      provision: '',
      provenance: ['OFFICIAL', 'REPORTED'],
      invalid: [],
    });
    const asked = parseDashboard(new URLSearchParams('provenance=official,SYNTHETIC,bogus&yearFrom=twenty'));
    expect(asked.provenance).toEqual(['OFFICIAL', 'SYNTHETIC']);
    expect(asked.invalid).toEqual(['yearFrom']);
  });

  it('points the CSV at exactly the dashboard’s filter', () => {
    const state = parseDashboard(
      new URLSearchParams('yearFrom=2016&court=Basic Court of Pristina&provenance=REPORTED'),
    );
    expect(findingsCsvHref(state)).toBe(
      '/reports/findings.csv?yearFrom=2016&court=Basic+Court+of+Pristina&provenance=REPORTED',
    );
  });

  it('reads the penalty form, keeping only known circumstances', () => {
    expect(
      parsePenalty(
        new URLSearchParams(
          'citation=CCK Art. 171&offenceDate=2012-06-10&circumstances=VICTIM_CHILD,NONSENSE',
        ),
      ),
    ).toEqual({
      citation: 'CCK Art. 171',
      offenceDate: '2012-06-10',
      judgmentDate: '',
      finalDate: '',
      circumstances: ['VICTIM_CHILD'],
    });
  });

  it('keeps the comparable sentences panel’s choices beside the page’s own parameters', () => {
    const search = '?citation=PCCK+Art.+139&asOf=2005-01-01&finalOnly=1&yearFrom=2004&yearTo=20x';
    const state = parseComparable(new URLSearchParams(search));
    expect(state).toEqual({
      finalOnly: true,
      yearFrom: 2004,
      yearTo: null,
      invalid: ['yearTo'],
      reversed: false,
    });
    expect(parseComparable(new URLSearchParams('finalOnly=0')).finalOnly).toBe(false);
    expect(parseComparable(new URLSearchParams('yearFrom=2016&yearTo=2010')).reversed).toBe(true);
    expect(parseComparable(new URLSearchParams('yearFrom=2010&yearTo=2010')).reversed).toBe(false);
    // Set, replaced and removed; the law page's citation and date stay as they were.
    expect(withComparable(search, { finalOnly: false, yearFrom: 2010, yearTo: 2016 })).toBe(
      '?citation=PCCK+Art.+139&asOf=2005-01-01&yearFrom=2010&yearTo=2016',
    );
    expect(withComparable('?citation=CCK+Art.+171', { finalOnly: true, yearFrom: null, yearTo: null })).toBe(
      '?citation=CCK+Art.+171&finalOnly=1',
    );
    expect(withComparable('', { finalOnly: false, yearFrom: null, yearTo: null })).toBe('');
  });

  it('round-trips search facets, a court name with a comma included', () => {
    const state = parseSearch(
      new URLSearchParams(
        'q=trafiku&kind=PROVISION&court=Court, with comma&court=Basic Court of Peja&yearFrom=2016&yearTo=2016',
      ),
    );
    expect(state.courts).toEqual(['Court, with comma', 'Basic Court of Peja']);
    expect(parseSearch(new URLSearchParams(searchQuery(state).slice(1)))).toEqual(state);
  });
});

describe('web text helpers', () => {
  it('splits highlights into marked and plain parts, never markup', () => {
    expect(highlightParts('a &lt;b&gt; <mark>trafiku</mark> &amp; <script>x</script>')).toEqual([
      { text: 'a <b> ', marked: false },
      { text: 'trafiku', marked: true },
      { text: ' & <script>x</script>', marked: false },
    ]);
  });

  it('marks the words that changed between two versions', () => {
    expect(diffWords('punished by two to twelve years', 'punished by five to twelve years')).toEqual([
      { text: 'punished by ', change: 'same' },
      { text: 'two ', change: 'removed' },
      { text: 'five ', change: 'added' },
      { text: 'to twelve years', change: 'same' },
    ]);
  });

  it('transliterates Serbian into Cyrillic, digraphs included, leaving citations in Latin', () => {
    expect(latinToCyrillic('Ljudi, njihova džamija, Đakovica')).toBe('Људи, њихова џамија, Ђаковица');
    expect(serbianToCyrillic('Na primer čl. 171 KZRK, PCCK 139 ili UNMIK Reg 2001/4 s 2.')).toBe(
      'На пример чл. 171 КЗРК, PCCK 139 или UNMIK Reg 2001/4 s 2.',
    );
  });

  it('picks the language from the URL, then the remembered one, then the browser', () => {
    expect(normaliseLocale('sr')).toBe('sr-Latn');
    expect(normaliseLocale('SR-cyrl')).toBe('sr-Cyrl');
    expect(pickLocale('sq', 'en', ['sr'])).toBe('sq');
    expect(pickLocale(null, 'sr-Cyrl', ['en-US'])).toBe('sr-Cyrl');
    expect(pickLocale('xx', null, ['de-DE', 'sq-AL'])).toBe('sq');
    expect(pickLocale(null, null, ['de'])).toBe('en');
  });
});
