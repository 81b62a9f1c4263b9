/**
 * `npm run bench:redact`: how much unrelated text the redaction takes, and how long it takes. Pure: no database.
 * Redacts, against common Albanian and Serbian names that the texts do not hold, the seeded decisions' texts and
 * notes, the seeded law texts and a synthetic corpus (`--decisions`, default 2,000), and counts the words taken; then
 * the same texts with a protected name written into each paragraph, timed. Not a test: nothing in `npm test` depends
 * on its figures.
 */
import { parseArgs } from 'node:util';
import reported from '../../seeds/decisions/reported.json';
import synthetic from '../../seeds/decisions/synthetic.json';
import instruments from '../../seeds/law/instruments.json';
import { generateCorpus } from '../corpus/corpus';
import { REDACTED, Redactor } from '../privacy/redact';

const NAMES = [
  'Ardita Krasniqi',
  'Марија Петровић',
  'Arta Gashi',
  'Besa Berisha',
  'Jovana Jovanović',
  'Ana Nikolić',
  'Elira Hoxha',
  'Milica Stojanović',
  'Drita Morina',
  'Vesna Ilić',
  'Shqipe Rexhepi',
  'Dragana Marković',
  'Blerta Shala',
  'Jelena Đorđević',
  'Fatmire Bytyqi',
  'Ivana Popović',
  'Valbona Kelmendi',
  'Snežana Stanković',
  'Lirije Morina',
  'Teuta Hasani',
];

/** Every string of at least 40 characters in a JSON value: the texts, notes and summaries. */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.length >= 40) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => textsOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => textsOf(v, out));
  return out;
}

const wordCount = (text: string) => text.match(/\p{L}+/gu)?.length ?? 0;

function main() {
  const { values } = parseArgs({ options: { decisions: { type: 'string', default: '2000' } } });
  const decisions = Number(values.decisions);
  const corpus: string[] = [];
  for (const chunk of generateCorpus({ decisions, seed: 7 })) corpus.push(...textsOf(chunk));
  const sets: [string, string[]][] = [
    ['seeded decisions (sq, sr, en)', textsOf([reported, synthetic])],
    ['seeded law texts (sq, sr, en)', textsOf(instruments)],
    [`synthetic corpus (${decisions} decisions)`, [...new Set(corpus)]],
  ];
  process.stdout.write('Over-redaction: words taken from texts that hold none of the names\n');
  for (const [label, texts] of sets) {
    const words = texts.reduce((n, t) => n + wordCount(t), 0);
    const characters = texts.reduce((n, t) => n + t.length, 0);
    let taken = 0;
    const takenWords = new Map<string, number>();
    const started = performance.now();
    for (const name of NAMES) {
      const redactor = new Redactor([name]);
      for (const text of texts) {
        for (const span of redactor.spans(text)) {
          const word = text.slice(span.start, span.end);
          taken += wordCount(word);
          takenWords.set(`${word} (${name})`, (takenWords.get(`${word} (${name})`) ?? 0) + 1);
        }
      }
    }
    const ms = performance.now() - started;
    process.stdout.write(
      `  ${label}: ${texts.length} texts, ${words} words, ${(characters / 1e6).toFixed(2)} MB; ` +
        `${NAMES.length} names one at a time: ${taken} word(s) taken ` +
        `(${((100 * taken) / (words * NAMES.length)).toFixed(4)}% of words per name), ` +
        `${((ms * 1e6) / (characters * NAMES.length)).toFixed(1)} ms/MB\n`,
    );
    for (const [word, n] of [...takenWords].sort((a, b) => b[1] - a[1]).slice(0, 8))
      process.stdout.write(`      ${JSON.stringify(word)} ×${n}\n`);
  }
  const texts = sets.flatMap(([, t]) => t);
  const named = texts.map((t) => t.replace(/\. /, '. Ardita Krasniqi and Marija Petrović testified. '));
  const redactor = new Redactor(NAMES);
  const started = performance.now();
  let placeholders = 0;
  for (const text of named) placeholders += redactor.redact(text).split(REDACTED).length - 1;
  const ms = performance.now() - started;
  const mb = named.reduce((n, t) => n + t.length, 0) / 1e6;
  process.stdout.write(
    `All ${NAMES.length} names at once on ${named.length} texts (${mb.toFixed(2)} MB) naming two of them: ` +
      `${placeholders} placeholders, ${ms.toFixed(0)} ms (${(ms / mb).toFixed(0)} ms/MB)\n`,
  );
}

main();
