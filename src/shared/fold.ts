/**
 * Text folding for matching across Kosovo's three languages: the same name written in Albanian, Serbian Latin,
 * Serbian Cyrillic or plain ASCII folds to one key ("Član" = "član" = "clan" = "члан"; "Kodi Penal i Kosovës" =
 * "kodi penal i kosoves"). Used by citation parsing, court aliases and search.
 */

/** Serbian Cyrillic (Vuk's alphabet) to Serbian Latin (Gaj's alphabet), lowercase. */
const CYRILLIC_TO_LATIN: Readonly<Partial<Record<string, string>>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/gu;

/**
 * Replaces Serbian Cyrillic letters with their Latin equivalents, keeping case ("Љубљана" → "Ljubljana").
 * Other characters, including Cyrillic letters Serbian does not use, are left alone.
 */
export function transliterateCyrillic(s: string): string {
  return s.replace(CYRILLIC_LETTER, (letter) => {
    const lower = letter.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    if (latin === undefined) return letter;
    return letter === lower ? latin : capitalise(latin);
  });
}

/** Title case for digraphs ("Lj", "Nj", "Dž") so that "Љиљана" does not become "LJiljana". */
function capitalise(latin: string): string {
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/** Nonspacing marks: what NFD splits off a letter (ë → e + ̈, č → c + ̌). */
const COMBINING_MARKS = /\p{Mn}/gu;

/**
 * The matching key of a text: lowercase, Serbian Cyrillic in Latin, diacritics removed, whitespace collapsed.
 * "  Krivični  ZAKONIK " → "krivicni zakonik"; "Kodi Penal i Republikës" → "kodi penal i republikes";
 * "Ђаковица" → "djakovica". Folding a folded text changes nothing.
 */
export function foldText(s: string): string {
  // Decompose before transliterating too, so a Cyrillic letter with an accent ("ѐ", "й") folds like its base.
  return (
    transliterateCyrillic(s.toLowerCase().normalize('NFD'))
      // đ has no decomposition; Serbian writes it "dj" when diacritics are unavailable.
      .replace(/đ/g, 'dj')
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
