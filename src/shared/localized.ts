/** The three languages of Kosovo's legal order. */
export const LANGUAGES = ['sq', 'sr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type LocalizedTextModel = Record<Language, string | null>;

export const localized = (sq: string | null, sr: string | null, en: string | null): LocalizedTextModel => ({
  sq,
  sr,
  en,
});
