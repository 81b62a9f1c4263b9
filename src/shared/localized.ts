import type { Language } from '../law/law.model';

export type LocalizedTextModel = Record<Language, string | null>;

export const localized = (sq: string | null, sr: string | null, en: string | null): LocalizedTextModel => ({
  sq,
  sr,
  en,
});
