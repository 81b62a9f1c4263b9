/**
 * A deterministic synthetic corpus for benchmarks: import rows (one per count) shaped like the real thing — every
 * court in the years it sat, the trafficking article in force on each offence date, sentences scattered around
 * its minimum, decision texts of 2–20 KB in Albanian, Serbian and English — and every record marked SYNTHETIC.
 * Pure: the same options give the same rows, produced decision by decision so large corpora stream.
 */
import courts from '../../seeds/courts.json';

export interface CorpusOptions {
  decisions: number;
  seed: number;
}

export type CorpusRow = Record<string, string | number | boolean | null | string[]>;

/** mulberry32: small, fast, and good enough to scatter synthetic data. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof prng>;

/** The trafficking article in force on a day, with its minimum in months (seeds/law/instruments.json). */
const LAWS = [
  { from: '2001-01-12', citation: 'UNMIK Reg 2001/4 s 2', minimum: 24 },
  { from: '2004-04-06', citation: 'PCCK Art. 139', minimum: 24 },
  { from: '2013-01-01', citation: 'CCK Art. 171', minimum: 60 },
  { from: '2019-01-14', citation: 'CC 06/L-074 Art. 165', minimum: 60 },
] as const;
const lawOn = (day: string) => [...LAWS].reverse().find((l) => l.from <= day) ?? LAWS[0];

interface CourtSeed {
  code: string;
  level: string;
  names: { en: string };
  activeFrom: string | null;
  activeTo: string | null;
}
const COURTS = courts as CourtSeed[];
const sitting = (year: number) =>
  COURTS.filter(
    (c) =>
      c.level !== 'MINOR_OFFENCES' &&
      (c.activeFrom === null || c.activeFrom <= `${year}-12-31`) &&
      (c.activeTo === null || c.activeTo > `${year}-01-01`),
  );

const TEXT = {
  en: {
    openings: [
      'The court, composed of a presiding judge and two lay judges,',
      'In the criminal case against the defendants,',
      'Deciding on the indictment of the basic prosecution office,',
      'Having heard the parties and examined the evidence,',
    ],
    subjects: [
      'the defendant',
      'the first defendant',
      'the second defendant',
      'the accused',
      'the organiser of the group',
    ],
    verbs: [
      'recruited',
      'transported',
      'harboured',
      'received',
      'exploited',
      'deceived',
      'threatened',
      'controlled',
    ],
    objects: ['the injured party', 'a minor injured party', 'several injured parties', 'a witness'],
    details: [
      'by false promises of employment in a bar',
      'for the purpose of sexual exploitation',
      'for forced labour in agriculture',
      'by withholding identity documents',
      'through a network operating across the border',
      'for forced begging in the streets',
      'by abuse of a position of vulnerability',
      'in exchange for payments to a third person',
    ],
    closings: [
      'The court found the evidence consistent and credible.',
      'Mitigating circumstances were considered, including the absence of prior convictions.',
      'The court took into account the aggravating circumstance that the victim was a child.',
      'The prosecution requested a sentence within the statutory range.',
      'The defence argued that the charge should be requalified as a lesser offence.',
      'The decision may be appealed within fifteen days.',
    ],
  },
  sq: {
    openings: [
      'Gjykata, në përbërje të kryetarit të trupit gjykues dhe dy gjyqtarëve porotë,',
      'Në çështjen penale kundër të pandehurve,',
      'Duke vendosur sipas aktakuzës së prokurorisë themelore,',
      'Pasi i dëgjoi palët dhe shqyrtoi provat,',
    ],
    subjects: [
      'i pandehuri',
      'i pandehuri i parë',
      'i pandehuri i dytë',
      'i akuzuari',
      'organizatori i grupit',
    ],
    verbs: [
      'rekrutoi',
      'transportoi',
      'strehoi',
      'pranoi',
      'shfrytëzoi',
      'mashtroi',
      'kërcënoi',
      'kontrolloi',
    ],
    objects: ['të dëmtuarën', 'të dëmtuarën e mitur', 'disa të dëmtuara', 'një dëshmitare'],
    details: [
      'me premtime të rreme për punë në një lokal',
      'me qëllim të shfrytëzimit seksual',
      'për punë të detyruar në bujqësi',
      'duke ia marrë dokumentet e identitetit',
      'përmes një rrjeti që vepronte përtej kufirit',
      'për lypje të detyruar në rrugë',
      'duke shfrytëzuar pozitën e cenueshme',
      'në këmbim të pagesave për një person të tretë',
    ],
    closings: [
      'Gjykata i gjeti provat të qëndrueshme dhe të besueshme.',
      'U morën parasysh rrethanat lehtësuese, përfshirë mungesën e dënimeve të mëparshme.',
      'Gjykata mori parasysh rrethanën rënduese se viktima ishte fëmijë.',
      'Prokuroria kërkoi dënim brenda kufijve ligjorë.',
      'Mbrojtja kërkoi rikualifikimin e veprës në një vepër më të lehtë.',
      'Kundër këtij aktgjykimi lejohet ankesa brenda pesëmbëdhjetë ditëve.',
    ],
  },
  sr: {
    openings: [
      'Sud, u veću sastavljenom od predsednika veća i dvoje sudija porotnika,',
      'U krivičnom predmetu protiv optuženih,',
      'Odlučujući po optužnici osnovnog tužilaštva,',
      'Nakon saslušanja stranaka i izvođenja dokaza,',
    ],
    subjects: ['optuženi', 'prvooptuženi', 'drugooptuženi', 'okrivljeni', 'organizator grupe'],
    verbs: ['vrbovao', 'prevezao', 'skrivao', 'primio', 'iskorišćavao', 'obmanuo', 'pretio', 'kontrolisao'],
    objects: ['oštećenu', 'maloletnu oštećenu', 'više oštećenih', 'svedokinju'],
    details: [
      'lažnim obećanjima o zaposlenju u kafiću',
      'radi seksualne eksploatacije',
      'radi prinudnog rada u poljoprivredi',
      'oduzimanjem ličnih dokumenata',
      'preko mreže koja je delovala preko granice',
      'radi prinudnog prosjačenja na ulici',
      'zloupotrebom položaja ranjivosti',
      'u zamenu za plaćanje trećem licu',
    ],
    closings: [
      'Sud je ocenio dokaze kao dosledne i verodostojne.',
      'Uzete su u obzir olakšavajuće okolnosti, uključujući raniju neosuđivanost.',
      'Sud je uzeo u obzir otežavajuću okolnost da je žrtva dete.',
      'Tužilaštvo je predložilo kaznu u zakonskom okviru.',
      'Odbrana je tražila prekvalifikaciju dela u lakše krivično delo.',
      'Protiv ove presude dozvoljena je žalba u roku od petnaest dana.',
    ],
  },
} as const;
type Language = keyof typeof TEXT;

/** Prose of about `bytes` bytes: sentences assembled from the language's parts, so no two texts repeat. */
function decisionText(random: Random, language: Language, bytes: number): string {
  const t = TEXT[language];
  const sentences: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentence = random.chance(0.25)
      ? random.pick(t.closings)
      : `${random.pick(t.openings)} ${random.pick(t.subjects)} ${random.pick(t.verbs)} ${random.pick(t.objects)} ${random.pick(t.details)} (${random.int(1, 28)}.${random.int(1, 12)}.${random.int(2000, 2024)}).`;
    sentences.push(sentence);
    size += Buffer.byteLength(sentence) + 1;
  }
  return sentences.join(random.chance(0.1) ? '\n' : ' ');
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, days: number) =>
  iso(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));

/** The rows of one decision. */
function decisionRows(random: Random, seed: number, index: number): CorpusRow[] {
  const year = 2001 + (index % 24);
  const courtsThen = sitting(year);
  const court = courtsThen[random.int(0, courtsThen.length - 1)];
  const decisionType =
    court.level === 'SUPREME' ? 'SUPREME' : court.level === 'APPEALS' ? 'APPEAL' : 'FIRST_INSTANCE';
  // Offences before the Regulation count from its first day, so decisions of 2001 come after it.
  const decisionDate =
    year === 2001 ? addDays('2001-02-01', random.int(0, 330)) : addDays(`${year}-01-01`, random.int(0, 363));
  const language: Language = random.pick(['sq', 'sq', 'sr', 'en'] as const);
  const final = random.chance(0.7);
  const defendants = random.int(1, 3);
  const counts = random.int(Math.max(1, defendants), 5);
  const rows: CorpusRow[] = [];
  for (let c = 0; c < counts; c++) {
    const offenceDate = addDays(decisionDate, -random.int(30, 3 * 365));
    const law = lawOn(offenceDate < LAWS[0].from ? LAWS[0].from : offenceDate);
    const verdict = random.chance(0.8) ? 'CONVICTED' : random.pick(['ACQUITTED', 'DISMISSED']);
    const downgraded = verdict === 'CONVICTED' && law.citation === 'CCK Art. 171' && random.chance(0.1);
    const fineOnly = verdict === 'CONVICTED' && random.chance(0.08);
    const months = Math.round(law.minimum * (0.3 + random.next() * 1.7));
    const convicted = verdict === 'CONVICTED';
    rows.push({
      case_number: `CORPUS-${seed}-${String(index).padStart(7, '0')}`,
      court: court.names.en,
      decision_date: decisionDate,
      decision_type: decisionType,
      final,
      defendant: `C-${String((index * 3 + (c % defendants)) % 10_000_000).padStart(7, '0')}`,
      offence_date: offenceDate < LAWS[0].from ? LAWS[0].from : offenceDate,
      charged_provision: law.citation,
      convicted_provision: convicted ? (downgraded ? 'CCK Art. 231' : law.citation) : null,
      verdict,
      imprisonment_months: convicted && !fineOnly ? months : null,
      suspended: convicted && !fineOnly ? random.chance(0.12) : null,
      fine_eur: convicted && (fineOnly || random.chance(0.2)) ? random.int(5, 50) * 100 : null,
      circumstances:
        convicted && random.chance(0.2)
          ? random.pick(['VICTIM_CHILD', 'ORGANISED_GROUP', 'VICTIM_CHILD;ORGANISED_GROUP'])
          : null,
      mitigation_cited: convicted ? random.chance(0.3) : null,
      source_url: null,
      provenance: 'SYNTHETIC',
      language,
      summary: `Synthetic benchmark decision ${index} (${law.citation}).`,
      text: c === 0 ? decisionText(random, language, random.int(2_048, 20_480)) : null,
    });
  }
  return rows;
}

export function* generateCorpus(options: CorpusOptions): Generator<CorpusRow[]> {
  const random = prng(options.seed);
  for (let i = 0; i < options.decisions; i++) yield decisionRows(random, options.seed, i);
}

/** The corpus in arrays of rows covering whole decisions, `decisionsPerChunk` at a time. */
export function* corpusChunks(options: CorpusOptions, decisionsPerChunk: number): Generator<CorpusRow[]> {
  let chunk: CorpusRow[] = [];
  let decisions = 0;
  for (const rows of generateCorpus(options)) {
    chunk.push(...rows);
    if (++decisions % decisionsPerChunk === 0) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}
