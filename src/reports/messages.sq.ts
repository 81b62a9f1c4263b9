/**
 * Albanian. Written by the project, not yet reviewed by a native speaker (docs/figures.md, "Languages"): the terms
 * follow the Criminal Code's (burgim, dënim me kusht, gjobë, minimumi ligjor), the sentences need a legal editor.
 */
import type { Provenance } from '../cases/case.entity';
import { formatNumber, plural, type RangeWords, type ReportMessages } from './messages';

const LOCALE = 'sq';
const num = (value: number) => formatNumber(LOCALE, value);
const noun = (n: number, one: string, other: string) => `${num(n)} ${plural(LOCALE, n, { one, other })}`;

function duration(months: number): string {
  if (months < 12) return `${num(months)} muaj`;
  const years = Math.floor(months / 12);
  const rest = months - years * 12;
  const yearsText = noun(years, 'vit', 'vjet');
  return rest === 0 ? yearsText : `${yearsText} e ${num(rest)} muaj`;
}

/** "Në vitin 2016", "Në periudhën 2014–2016". */
const inPeriod = (period: string) => (period.includes('–') ? `Në periudhën ${period}` : `Në vitin ${period}`);

const PROVENANCE: Record<Provenance, string> = {
  OFFICIAL: 'OFFICIAL (tekst zyrtar)',
  REPORTED: 'REPORTED (raportuar në një burim publik të emërtuar)',
  SYNTHETIC: 'SYNTHETIC (shembuj të sajuar)',
};

const listed = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} dhe ${items[items.length - 1]}`;

const offences = (n: number) => noun(n, 'vepër penale', 'vepra penale');

function rangeFigures(r: RangeWords): string {
  const life = r.lifeImprisonment ? ' ose burgim i përjetshëm' : '';
  if (r.minMonths !== null && r.maxMonths !== null)
    return `${num(r.minMonths)} deri në ${num(r.maxMonths)} muaj burgim${life}`;
  if (r.minMonths !== null) return `të paktën ${num(r.minMonths)} muaj burgim${life} (maksimumi nuk mbahet)`;
  if (r.maxMonths !== null) return `deri në ${num(r.maxMonths)} muaj burgim${life} (minimumi nuk mbahet)`;
  return 'burgim me kohëzgjatje që nuk mbahet';
}

export const sq: ReportMessages = {
  locale: LOCALE,
  name: 'Shqip',
  duration,
  counts: (n) => noun(n, 'vepër penale e dënuar', 'vepra penale të dënuara'),
  euros: (amount) => `${amount} €`,
  period: (from, to) => (from === to ? String(from) : `${from}–${to}`),
  provenance: (p) => PROVENANCE[p],
  court: (names) => names.sq,

  tipTitle: (period) => `Dënimet për trafikim, ${period}: përmbledhje sipas modelit të raportit TIP`,
  bandsTitle: (period) => `Dënimet krahasuar me kufijtë ligjorë, ${period}`,
  typesTitle: (period) => `Llojet e dënimeve, ${period}`,
  scope: (court, chain) =>
    [
      court ? `Gjykata: ${court}.` : 'Të gjitha gjykatat.',
      chain
        ? `Dispozitat: ${chain.join(' → ')} (një zinxhir pasardhjeje).`
        : 'Të gjitha dispozitat që mban ky shërbim.',
    ].join(' '),
  syntheticWarning:
    '**Këto shifra përfshijnë vendime shembull SINTETIKE: nuk janë prova dhe nuk duhen publikuar.**',

  tipNone: (period) =>
    `${inPeriod(period)}, ky shërbim nuk ka të regjistruar asnjë dënim brenda këtij fushëveprimi.`,
  tipParagraph(f) {
    const stages = [
      f.firstInstance ? `${num(f.firstInstance)} në shkallë të parë` : '',
      f.appeal ? `${num(f.appeal)} në apel` : '',
      f.supreme ? `${num(f.supreme)} në Gjykatën Supreme` : '',
    ].filter(Boolean);
    const guilty = f.defendants === 1 ? 'fajtor' : 'fajtorë';
    const sentences = [
      `${inPeriod(f.period)}, gjykatat shpallën ${guilty} ${num(f.defendants)} të pandehur për ${offences(f.total)} në ${noun(f.decisions, 'vendim', 'vendime')} (${listed(stages)}).`,
    ];
    if (f.determined === 0) {
      sentences.push('Nuk mund të përcaktohej nëse ndonjë dënim ishte nën minimumin ligjor.');
    } else {
      const below =
        f.belowMinimum === 0
          ? 'për asnjë dënimi nuk ishte nën minimumin ligjor'
          : `për ${num(f.belowMinimum)} dënimi ishte nën minimumin ligjor (${f.belowShare})`;
      sentences.push(
        f.determined === f.total
          ? `${f.belowMinimum === 0 ? 'Për asnjë prej tyre dënimi nuk ishte nën minimumin ligjor' : `Për ${num(f.belowMinimum)} prej tyre, dënimi ishte nën minimumin ligjor (${f.belowShare})`}.`
          : `Nga ${offences(f.determined)} për të cilat mund të përcaktohej nëse dënimi e respektonte minimumin (për ${num(f.undetermined)} nuk mund të përcaktohej), ${below}.`,
      );
    }
    if (f.imprisonment === 0) sentences.push('Asnjë vepër nuk u dënua me burgim efektiv.');
    else if (f.minServed === f.maxServed)
      sentences.push(
        f.imprisonment === 1
          ? `I vetmi dënim me burgim efektiv ishte ${duration(f.minServed!)}.`
          : `Të gjitha ${num(f.imprisonment)} dënimet me burgim efektiv ishin ${duration(f.minServed!)}.`,
      );
    else
      sentences.push(
        `Dënimet me burgim efektiv shkonin nga ${duration(f.minServed!)} deri në ${duration(f.maxServed!)}.`,
      );
    if (f.medianServed !== null)
      sentences.push(
        `Mesorja e dënimit për t'u vuajtur ishte ${duration(f.medianServed)} (mbi ${offences(f.n)} me dënim të njohur, ku dënimi me kusht dhe gjoba e vetme numërohen si 0).`,
      );
    const suspended =
      f.suspended === 0
        ? ''
        : `${offences(f.suspended)} ${f.suspended === 1 ? 'u dënua' : 'u dënuan'} me kusht`;
    const fines =
      f.fineOnly === 0
        ? ''
        : `${offences(f.fineOnly)} ${f.fineOnly === 1 ? 'u dënua' : 'u dënuan'} vetëm me gjobë (${f.fineMin === f.fineMax ? `${num(f.fineMin!)} €` : `${num(f.fineMin!)} € deri në ${num(f.fineMax!)} €`})`;
    if (suspended || fines) sentences.push(`${[suspended, fines].filter(Boolean).join(' dhe ')}.`);
    else sentences.push('Asnjë vepër nuk u dënua me kusht ose vetëm me gjobë.');
    return sentences.join(' ');
  },

  bandsColumns: ['Dënimi', 'Vepra penale të dënuara', 'Pjesa'],
  bandRows: {
    belowMinimum: 'Nën minimumin ligjor',
    ofWhichSuspended: '— prej tyre me kusht',
    ofWhichFineOnly: '— prej tyre vetëm me gjobë',
    minimumToFiveYears: 'Nga minimumi deri në 5 vjet',
    overFiveYears: 'Mbi 5 vjet',
    aboveMaximum: 'Mbi maksimumin ligjor',
    withinRangeWithoutImprisonment: 'Brenda kufijve, pa burgim (gjobë që ligji e lejon në vend të burgimit)',
    withinRangeServedUnknown: "Brenda kufijve, kohëzgjatja për t'u vuajtur e paregjistruar",
    undetermined: 'E papërcaktuar (mungojnë të dhëna ligjore ose për dënimin)',
    total: 'Gjithsej',
  },
  bandsNote:
    'Pjesët janë llogaritur nga të gjitha veprat penale të dënuara në tabelë. Çdo vepër krahasohet me kufijtë e dënimit që zbatoheshin për të; minimumi ndryshon ndërmjet ligjeve të zinxhirit (shih shënimin për metodat).',

  typesColumns: ['Dënimi', 'Vepra penale të dënuara', 'Pjesa', 'Mesatarja'],
  typeRows: {
    imprisonment: 'Burgim efektiv',
    suspended: 'Dënim me kusht',
    fineOnly: 'Vetëm gjobë',
    noPenalty: 'Pa dënim të regjistruar (0 muaj, pa gjobë)',
    known: 'Gjithsej me dënim të njohur',
    unknown: 'Dënimi, ose nëse ishte me kusht, i paregjistruar',
  },
  averageServed: (d) => `${d} për t'u vuajtur`,
  averageSuspended: (d) => `${d} me kusht`,
  averageFine: (e) => e,
  typesNote:
    'Pjesët janë llogaritur nga veprat me dënim të njohur; veprat me dënim të paregjistruar, ose pa u ditur nëse ishte me kusht, jepen veçmas. Mesataret janë mesatare aritmetike të veprave të rreshtit të tyre.',
  finesBeside: (count, mean) =>
    `Gjoba u shqiptua krahas burgimit ose dënimit me kusht për ${offences(count)} (mesatarisht ${mean}).`,
  median: (d, n) =>
    `Mesorja e dënimit për t'u vuajtur: ${d} (mbi ${offences(n)} me dënim të njohur; dënimi me kusht dhe gjoba e vetme numërohen si 0).`,
  medianWithheld: (n) =>
    `Mesorja nuk jepet: vetëm ${offences(n)} ${n === 1 ? 'ka' : 'kanë'} dënim të njohur, më pak se 5.`,

  methodsTitle: 'Metodat',
  methodsScope: (period, court, chain) =>
    `Fushëveprimi: vendimet e marra ${period.includes('–') ? `në periudhën ${period}` : `në vitin ${period}`}${court ? ` (gjykata: ${court})` : ''}; ${chain ? `dënimet sipas ${chain.join(', ')} (një zinxhir pasardhjeje: çdo vepër krahasohet me ligjin që zbatohej për të)` : 'dënimet sipas të gjitha dispozitave që mban shërbimi'}.`,
  unit: 'Njësia: një vepër penale e dënuar, pra një i pandehur i shpallur fajtor për një vepër penale në një vendim; një i pandehur i shpallur fajtor për dy vepra numërohet dy herë.',
  stageAll:
    'Shkallët: numërohen të gjitha vendimet e periudhës, në shkallë të parë, në apel dhe në Gjykatën Supreme, prandaj një vepër e rishqyrtuar në apel brenda periudhës numërohet një herë në secilin vendim.',
  stageFinal:
    'Shkallët: numërohen vetëm gjetjet përfundimtare, ato të vendimeve që asnjë vendim i mëvonshëm i mbajtur në këtë shërbim nuk i rishqyrton.',
  monthsServed:
    "Muajt për t'u vuajtur: kohëzgjatja e burgimit që duhet vuajtur. Dënimi me kusht numërohet si 0 muaj dhe si dënim me kusht; gjoba e vetme numërohet si 0 muaj dhe si gjobë; gjoba krahas burgimit nuk e ndryshon asnjërën.",
  lifeImprisonment:
    'Burgimi i përjetshëm: në këtë shërbim një vepër nuk mund të ketë dënim me burgim të përjetshëm (dënimet regjistrohen në muaj) dhe asnjë vendim i mbajtur nuk ka të tillë; kufijtë ligjorë që e lejojnë e thonë këtë.',
  belowMinimum:
    "Nën minimumin: muajt për t'u vuajtur, ose gjoba kur ligji e lejon në vend të burgimit, krahasohen me kufijtë ligjorë që zbatoheshin për veprën: ligji i kohës kur u kryer vepra, ose një ligj i mëvonshëm më i favorshëm (lex mitior). Një burgim për të cilin nuk është regjistruar nëse ishte me kusht lexohet në të dyja mënyrat dhe numërohet vetëm kur të dyja leximet përputhen.",
  provenanceRule: (kinds, synthetic) =>
    synthetic
      ? `Burimi i të dhënave: ${listed(kinds)}. Vendimet SYNTHETIC janë shembuj të sajuar: këto shifra nuk janë prova.`
      : `Burimi i të dhënave: ${listed(kinds)}; shembujt SYNTHETIC janë lënë jashtë.`,
  unverified: (u, total) =>
    u === 0
      ? `Asnjë nga gjetjet (${num(total)}) nuk mbështetet në të dhëna ligjore të shënuara si të paverifikuara.`
      : `${num(u)} nga ${num(total)} gjetjet ${u === 1 ? 'mbështetet' : 'mbështeten'} në të dhëna ligjore të paverifikuara nga një burim (besueshmëria UNVERIFIED): ${u === 1 ? 'kontrollojeni para se ta citoni' : "kontrollojini para se t'i citoni"}.`,
  rangesApplied: (ranges) => `Kufijtë ligjorë të zbatuar: ${ranges.join('; ')}.`,
  noRanges: 'Për këto vepra nuk mund të zbatohej asnjë kufi ligjor.',
  range: (r) =>
    `${r.citation} (nga ${r.validFrom}${r.circumstances.length ? `, forma e rënduar: ${r.circumstances.join(', ')}` : ''}), ${rangeFigures(r)}: ${offences(r.counts)}`,
  countsBehind: (link) => `Veprat mbi të cilat mbështeten këto shifra, secila në një rresht: ${link}`,
  dataVersion: (v) =>
    `Të dhënat: rishikimi i ligjit ${v.lawRevision}, versioni i gjetjeve ${v.findingsVersion}, lexuar më ${v.readAt}.`,
};
