import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Locale } from './locales';
import { en, type Catalogue, type MessageKey } from './messages/en';
import { sq } from './messages/sq';
import { srLatn } from './messages/sr-Latn';
import { serbianToCyrillic } from './transliterate';

/** A language's messages parsed (ICU MessageFormat's syntax tree), as react-intl takes them. */
export type CompiledCatalogue = Record<MessageKey, MessageFormatElement[]>;

/** Transliterates the literal text of a parsed message, never its argument names or plural keywords. */
function cyrillicElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: serbianToCyrillic(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: cyrillicElements(option.value) },
        ]),
      );
      return { ...element, options };
    }
    if (element.type === TYPE.tag) return { ...element, children: cyrillicElements(element.children) };
    return element;
  });
}

const SOURCES: Record<Locale, Catalogue> = { sq, 'sr-Latn': srLatn, 'sr-Cyrl': srLatn, en };

/**
 * A language's messages, parsed. Run when the application is built (web/vite.config.mts), so the browser neither
 * parses messages nor loads the parser. Serbian Cyrillic is the Latin catalogue transliterated, so the two scripts
 * always say the same thing. A message that does not parse stops the build, named.
 */
export function compileCatalogue(locale: Locale, source: Catalogue = SOURCES[locale]): CompiledCatalogue {
  const compiled = {} as CompiledCatalogue;
  for (const [key, message] of Object.entries(source) as [MessageKey, string][]) {
    let elements: MessageFormatElement[];
    try {
      elements = parse(message);
    } catch (e) {
      throw new Error(`The ${locale} message "${key}" does not parse: ${(e as Error).message}`);
    }
    compiled[key] = locale === 'sr-Cyrl' ? cyrillicElements(elements) : elements;
  }
  return compiled;
}
