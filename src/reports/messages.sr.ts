/**
 * Serbian, Latin script. Written by the project, not yet reviewed by a native speaker (docs/figures.md,
 * "Languages"): the terms follow the criminal codes' Serbian texts (kazna zatvora, uslovna osuda, novčana kazna,
 * zakonski minimum), the sentences need a legal editor. Numerals take their case and plural forms through
 * Intl.PluralRules (1 osuda, 2 osude, 5 osuda).
 */
import type { Provenance } from '../cases/case.entity';
import { formatNumber, plural, type RangeWords, type ReportMessages } from './messages';

const LOCALE = 'sr-Latn';
const num = (value: number) => formatNumber(LOCALE, value);
type Forms = { one: string; few: string; other: string };
const noun = (n: number, forms: Forms) => `${num(n)} ${plural(LOCALE, n, forms)}`;

const MONTHS: Forms = { one: 'mesec', few: 'meseca', other: 'meseci' };
const YEARS: Forms = { one: 'godina', few: 'godine', other: 'godina' };
/** Osuda (a conviction) in the nominative, accusative and genitive after a numeral. */
const CONVICTIONS: Forms = { one: 'osuda', few: 'osude', other: 'osuda' };
const CONVICTIONS_ACCUSATIVE: Forms = { one: 'osudu', few: 'osude', other: 'osuda' };
const CONVICTIONS_GENITIVE: Forms = { one: 'osude', few: 'osude', other: 'osuda' };
/** After "do" and "najmanje": the genitive (do 21 meseca, do 144 meseca, do 240 meseci). */
const MONTHS_GENITIVE: Forms = { one: 'meseca', few: 'meseca', other: 'meseci' };

function duration(months: number): string {
  if (months < 12) return noun(months, MONTHS);
  const years = Math.floor(months / 12);
  const rest = months - years * 12;
  return rest === 0 ? noun(years, YEARS) : `${noun(years, YEARS)} i ${noun(rest, MONTHS)}`;
}

/** "U 2016. godini", "U periodu 2014–2016.". */
const inPeriod = (period: string) => (period.includes('–') ? `U periodu ${period}.` : `U ${period}. godini`);

const PROVENANCE: Record<Provenance, string> = {
  OFFICIAL: 'OFFICIAL (zvanični tekst)',
  REPORTED: 'REPORTED (objavljeno u imenovanom javnom izvoru)',
  SYNTHETIC: 'SYNTHETIC (izmišljeni primeri)',
};

const listed = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} i ${items[items.length - 1]}`;

function rangeFigures(r: RangeWords): string {
  const life = r.lifeImprisonment ? ' ili doživotni zatvor' : '';
  if (r.minMonths !== null && r.maxMonths !== null)
    return `zatvor od ${num(r.minMonths)} do ${noun(r.maxMonths, MONTHS_GENITIVE)}${life}`;
  if (r.minMonths !== null)
    return `zatvor od najmanje ${noun(r.minMonths, MONTHS_GENITIVE)}${life} (maksimum nije zabeležen)`;
  if (r.maxMonths !== null)
    return `zatvor do ${noun(r.maxMonths, MONTHS_GENITIVE)}${life} (minimum nije zabeležen)`;
  return 'zatvor u trajanju koje nije zabeleženo';
}

export const sr: ReportMessages = {
  locale: LOCALE,
  name: 'Srpski (latinica)',
  duration,
  counts: (n) => noun(n, CONVICTIONS),
  euros: (amount) => `${amount} €`,
  period: (from, to) => (from === to ? String(from) : `${from}–${to}`),
  provenance: (p) => PROVENANCE[p],
  court: (names) => names.sr,

  tipTitle: (period) => `Osude za trgovinu ljudima, ${period}: pregled po uzoru na izveštaj TIP`,
  bandsTitle: (period) => `Kazne u odnosu na zakonski raspon, ${period}`,
  typesTitle: (period) => `Vrste kazni, ${period}`,
  scope: (court, chain) =>
    [
      court ? `Sud: ${court}.` : 'Svi sudovi.',
      chain
        ? `Odredbe: ${chain.join(' → ')} (jedan lanac sukcesije).`
        : 'Sve odredbe koje ovaj servis sadrži.',
    ].join(' '),
  syntheticWarning:
    '**Ove brojke obuhvataju SINTETIČKE primere odluka: nisu dokaz i ne smeju se objavljivati.**',

  tipNone: (period) => `${inPeriod(period)} ovaj servis ne beleži nijednu osudu u ovom obuhvatu.`,
  tipParagraph(f) {
    const stages = [
      f.firstInstance ? `u prvom stepenu: ${num(f.firstInstance)}` : '',
      f.appeal ? `u žalbenom postupku: ${num(f.appeal)}` : '',
      f.supreme ? `pred Vrhovnim sudom: ${num(f.supreme)}` : '',
    ].filter(Boolean);
    const defendants = noun(f.defendants, { one: 'optuženog', few: 'optužena', other: 'optuženih' });
    const decisions = noun(f.decisions, { one: 'odluci', few: 'odluke', other: 'odluka' });
    const sentences = [
      `${inPeriod(f.period)} sudovi su izrekli ${noun(f.total, CONVICTIONS_ACCUSATIVE)} protiv ${defendants}, u ukupno ${decisions} (${stages.join(', ')}).`,
    ];
    const were = plural(LOCALE, f.belowMinimum, { one: 'je bila', few: 'su bile', other: 'je bilo' });
    if (f.determined === 0) {
      sentences.push('Nije se moglo utvrditi da li je ijedna kazna bila ispod zakonskog minimuma.');
    } else {
      const below =
        f.belowMinimum === 0
          ? 'nijedna nije bila ispod zakonskog minimuma'
          : `${noun(f.belowMinimum, CONVICTIONS)} ${were} ispod zakonskog minimuma (${f.belowShare})`;
      sentences.push(
        f.determined === f.total
          ? `Od toga, ${below}.`
          : `Od ${noun(f.determined, CONVICTIONS_GENITIVE)} kod kojih se moglo utvrditi da li je minimum poštovan (kod ${noun(f.undetermined, CONVICTIONS_GENITIVE)} nije moglo), ${below}.`,
      );
    }
    if (f.imprisonment === 0) sentences.push('Nijedna osuda nije sadržala kaznu zatvora koja se izdržava.');
    else if (f.minServed === f.maxServed)
      sentences.push(
        f.imprisonment === 1
          ? `Jedina kazna zatvora koja se izdržava iznosila je ${duration(f.minServed!)}.`
          : `Sve kazne zatvora koje se izdržavaju (${num(f.imprisonment)}) iznosile su po ${duration(f.minServed!)}.`,
      );
    else
      sentences.push(
        `Kazne zatvora koje se izdržavaju: najkraća ${duration(f.minServed!)}, najduža ${duration(f.maxServed!)}.`,
      );
    if (f.medianServed !== null)
      sentences.push(
        `Medijana kazne koja se izdržava iznosila je ${duration(f.medianServed)} (računato na ${noun(f.n, CONVICTIONS_ACCUSATIVE)} sa poznatom kaznom; uslovna osuda i samo novčana kazna računaju se kao 0).`,
      );
    const parts = [
      f.suspended === 0 ? '' : `Uslovnih osuda: ${num(f.suspended)}.`,
      f.fineOnly === 0
        ? ''
        : `Samo novčanih kazni: ${num(f.fineOnly)} (${f.fineMin === f.fineMax ? `${num(f.fineMin!)} €` : `od ${num(f.fineMin!)} € do ${num(f.fineMax!)} €`}).`,
    ].filter(Boolean);
    sentences.push(parts.length ? parts.join(' ') : 'Nije bilo uslovnih osuda niti samo novčanih kazni.');
    return sentences.join(' ');
  },

  bandsColumns: ['Kazna', 'Osude', 'Udeo'],
  bandRows: {
    belowMinimum: 'Ispod zakonskog minimuma',
    ofWhichSuspended: '— od toga uslovna osuda',
    ofWhichFineOnly: '— od toga samo novčana kazna',
    minimumToFiveYears: 'Od minimuma do 5 godina',
    overFiveYears: 'Više od 5 godina',
    aboveMaximum: 'Iznad zakonskog maksimuma',
    withinRangeWithoutImprisonment:
      'U okviru raspona, bez zatvora (novčana kazna koju zakon dozvoljava umesto zatvora)',
    withinRangeServedUnknown: 'U okviru raspona, trajanje izdržavanja nije zabeleženo',
    undetermined: 'Nije utvrđeno (nedostaju podaci o zakonu ili o kazni)',
    total: 'Ukupno',
  },
  bandsNote:
    'Udeli su izračunati od svih osuda u tabeli. Svaka osuda se poredi sa rasponom koji se na nju primenjivao; minimum se razlikuje među zakonima lanca (vidi napomenu o metodama).',

  typesColumns: ['Kazna', 'Osude', 'Udeo', 'Prosek'],
  typeRows: {
    imprisonment: 'Zatvor koji se izdržava',
    suspended: 'Uslovna osuda',
    fineOnly: 'Samo novčana kazna',
    noPenalty: 'Bez zabeležene kazne (0 meseci, bez novčane kazne)',
    known: 'Ukupno sa poznatom kaznom',
    unknown: 'Kazna, ili da li je uslovna, nije zabeleženo',
  },
  averageServed: (d) => `${d} za izdržavanje`,
  averageSuspended: (d) => `${d} utvrđene kazne, uslovno`,
  averageFine: (e) => e,
  typesNote:
    'Udeli su izračunati od osuda sa poznatom kaznom; osude kod kojih kazna, ili da li je uslovna, nije zabeleženo navode se posebno. Prosek je aritmetička sredina osuda u svom redu.',
  finesBeside: (count, mean) =>
    `Novčana kazna izrečena je uz zatvor ili uslovnu osudu kod ${noun(count, CONVICTIONS_GENITIVE)} (u proseku ${mean}).`,
  median: (d, n) =>
    `Medijana kazne koja se izdržava: ${d} (računato na ${noun(n, CONVICTIONS_ACCUSATIVE)} sa poznatom kaznom; uslovna osuda i samo novčana kazna računaju se kao 0).`,
  medianWithheld: (n) =>
    `Medijana se ne navodi: poznatu kaznu ${n === 1 ? 'ima' : 'imaju'} samo ${noun(n, CONVICTIONS)}, manje od 5.`,

  methodsTitle: 'Metode',
  methodsScope: (period, court, chain) =>
    `Obuhvat: odluke donete ${period.includes('–') ? `u periodu ${period}` : `${period}. godine`}${court ? ` (sud: ${court})` : ''}; ${chain ? `osude po odredbama ${chain.join(', ')} (lanac sukcesije: svaka osuda se poredi sa zakonom koji se na nju primenjivao)` : 'osude po svim odredbama koje servis sadrži'}.`,
  unit: 'Jedinica: jedna osuda, odnosno jedan optuženi osuđen za jedno krivično delo u jednoj odluci; optuženi osuđen za dva krivična dela broji se dva puta.',
  stageAll:
    'Stepeni: broje se sve odluke iz perioda, u prvom stepenu, u žalbenom postupku i pred Vrhovnim sudom, pa se osuda preispitana po žalbi u istom periodu broji jednom u svakoj odluci.',
  stageFinal:
    'Stepeni: broje se samo konačni nalazi, odnosno nalazi odluka koje nijedna kasnija odluka u ovom servisu ne preispituje.',
  monthsServed:
    'Meseci za izdržavanje: trajanje kazne zatvora koja se izdržava. Uslovna osuda računa se kao 0 meseci i broji se kao uslovna osuda; samo novčana kazna računa se kao 0 meseci i broji se kao novčana kazna; novčana kazna uz zatvor ne menja ni jedno ni drugo.',
  lifeImprisonment:
    'Doživotni zatvor: u ovom servisu osuda ne može sadržati kaznu doživotnog zatvora (kazne se beleže u mesecima) i nijedna odluka u servisu je nema; rasponi koji ga dozvoljavaju to navode.',
  belowMinimum:
    'Ispod minimuma: meseci za izdržavanje, ili novčana kazna kada je zakon dozvoljava umesto zatvora, porede se sa zakonskim rasponom koji se primenjivao na osudu: zakonom koji je važio u vreme izvršenja dela ili kasnijim blažim zakonom (lex mitior). Kazna zatvora za koju nije zabeleženo da li je uslovna čita se na oba načina i broji se samo kada se oba čitanja slažu.',
  provenanceRule: (kinds, synthetic) =>
    synthetic
      ? `Poreklo podataka: ${listed(kinds)}. Odluke SYNTHETIC su izmišljeni primeri: ove brojke nisu dokaz.`
      : `Poreklo podataka: ${listed(kinds)}; primeri SYNTHETIC su izostavljeni.`,
  unverified: (u, total) =>
    u === 0
      ? `Nijedan od nalaza (${num(total)}) ne počiva na pravnim podacima označenim kao neprovereni.`
      : `${num(u)} od ${num(total)} nalaza počiva na pravnim podacima koji nisu provereni iz izvora (pouzdanost UNVERIFIED): proverite ih pre citiranja.`,
  rangesApplied: (ranges) => `Primenjeni zakonski rasponi: ${ranges.join('; ')}.`,
  noRanges: 'Na ove osude nije mogao biti primenjen nijedan zakonski raspon.',
  range: (r) =>
    `${r.citation} (od ${r.validFrom}${r.circumstances.length ? `, otežani oblik: ${r.circumstances.join(', ')}` : ''}), ${rangeFigures(r)}: ${noun(r.counts, CONVICTIONS)}`,
  countsBehind: (link) => `Osude na kojima počivaju ove brojke, svaka u jednom redu: ${link}`,
  dataVersion: (v) =>
    `Podaci: revizija zakona ${v.lawRevision}, verzija nalaza ${v.findingsVersion}, očitano ${v.readAt}.`,
};
