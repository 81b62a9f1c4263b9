import { catalogues } from 'virtual:catalogues';
import type { CompiledCatalogue } from './compile';
import type { Locale } from './locales';

const parsed = new Map<Locale, CompiledCatalogue>();

/** A language's messages, compiled when the application was built (compile.ts); each read once, when first asked. */
export function catalogueFor(locale: Locale): CompiledCatalogue {
  let found = parsed.get(locale);
  if (!found) {
    found = catalogues[locale]();
    parsed.set(locale, found);
  }
  return found;
}
