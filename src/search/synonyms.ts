/**
 * Equivalent terms across Albanian, Serbian (Latin; Cyrillic is folded to it) and English, folded (lower case,
 * no diacritics). Both engines use the same groups: Meilisearch as its synonyms setting, PostgreSQL by expanding
 * query terms. Inflected forms that users commonly type are listed, since neither engine stems across languages.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  [
    'trafficking',
    'trafikim',
    'trafikimi',
    'trafikimit',
    'trafikimin',
    'trafikimi me njerez',
    'trafikim me njerez',
    'trafikimit me njerez',
    'trafikim me qenie njerezore',
    'trafikimi me qenie njerezore',
    'trafikimit me qenie njerezore',
    'trafikimi i qenieve njerezore',
    'trafikimin e qenieve njerezore',
    'trafficking in persons',
    'trafficking in human beings',
    'trgovina ljudima',
    'trgovine ljudima',
    'trgovina ljudskim bicima',
    'trgovine ljudskim bicima',
    'trgovinu ljudskim bicima',
    'trgovina',
    'trgovine',
    'trgovinu',
    'trgovinom',
  ],
  [
    'prostitution',
    'prostitucion',
    'prostitucioni',
    'prostitucionit',
    'prostitucija',
    'prostitucije',
    'prostituciju',
  ],
  [
    'exploitation',
    'shfrytezim',
    'shfrytezimi',
    'shfrytezimit',
    'eksploatacija',
    'eksploatacije',
    'iskoriscavanje',
  ],
  ['smuggling', 'kontrabandim', 'kontrabandimi', 'kontrabandimit', 'krijumcarenje', 'krijumcarenja'],
  ['forced labour', 'forced labor', 'pune e detyruar', 'punes se detyruar', 'prinudni rad', 'prinudnog rada'],
  [
    'child',
    'children',
    'minor',
    'femije',
    'femija',
    'femijes',
    'i mitur',
    'e mitur',
    'dete',
    'deteta',
    'deca',
    'maloletnik',
    'maloletna',
    'maloletnika',
  ],
  [
    'victim',
    'victims',
    'viktime',
    'viktima',
    'viktimes',
    'zrtva',
    'zrtve',
    'zrtvu',
    'ostecena',
    'i demtuari',
  ],
  [
    'human beings',
    'human being',
    'persons',
    'people',
    'qenie njerezore',
    'qenieve njerezore',
    'qeniet njerezore',
    'njerez',
    'njerezit',
    'njerezve',
    'ljudska bica',
    'ljudskim bicima',
    'ljudskih bica',
    'ljudi',
    'ljudima',
  ],
  [
    'most favourable law',
    'most favorable law',
    'more favourable law',
    'more lenient law',
    'lex mitior',
    'ligji me i favorshem',
    'ligjit me te favorshem',
    'ligji me i bute',
    'ligjit me te bute',
    'najpovoljniji zakon',
    'najpovoljnijeg zakona',
    'blazi zakon',
    'blazeg zakona',
  ],
  ['slavery', 'skllaveri', 'skllaveria', 'ropstvo', 'ropstva', 'ropskog'],
  ['sexual', 'seksual', 'seksuale', 'seksualne', 'seksualnih', 'seksualno'],
  ['sentence', 'penalty', 'punishment', 'denim', 'denimi', 'denimit', 'kazna', 'kazne', 'kaznu', 'kaznom'],
  ['imprisonment', 'prison', 'burgim', 'burgimi', 'burgimit', 'zatvor', 'zatvora', 'zatvorom'],
  ['fine', 'gjobe', 'gjoba', 'gjobes', 'novcana kazna', 'novcanu kaznu'],
  ['judgment', 'verdict', 'aktgjykim', 'aktgjykimi', 'aktgjykimin', 'presuda', 'presude', 'presudu'],
  ['court', 'gjykata', 'gjykates', 'gjykaten', 'sud', 'suda', 'sudu'],
  ['appeal', 'ankese', 'ankesa', 'ankeses', 'zalba', 'zalbe', 'zalbu', 'apel', 'apelit'],
  ['article', 'neni', 'nenit', 'clan', 'clana', 'clanu'],
  [
    'organised group',
    'organized group',
    'grup i organizuar',
    'grupi i organizuar',
    'organizovana grupa',
    'organizovane grupe',
  ],
  ['recruitment', 'rekrutim', 'rekrutimi', 'regrutovanje', 'vrbovanje'],
  ['begging', 'lypje', 'lypja', 'prosjacenje', 'prosjacenja'],
];

/** The multi-word terms as words, the longest first, each with its whole group: a query phrase that spells one. */
let phrases: { words: string[]; group: readonly string[] }[] | null = null;
export function synonymPhrases(): { words: string[]; group: readonly string[] }[] {
  phrases ??= SYNONYM_GROUPS.flatMap((group) =>
    group.filter((term) => term.includes(' ')).map((term) => ({ words: term.split(' '), group })),
  ).sort((a, b) => b.words.length - a.words.length);
  return phrases;
}

/** Every term's equivalents (itself excluded), for engines that expand queries. */
export function synonymsOf(term: string): string[] {
  return SYNONYM_GROUPS.filter((g) => g.includes(term)).flatMap((g) => g.filter((t) => t !== term));
}

/** Meilisearch's `synonyms` setting: each term maps to all the others of its group. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of SYNONYM_GROUPS)
    for (const term of group) out[term] = [...new Set([...(out[term] ?? []), ...synonymsOf(term)])];
  return out;
}
