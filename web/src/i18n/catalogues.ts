import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Locale } from './locales';
import { en, type Catalogue, type MessageKey } from './messages/en';
import { sq } from './messages/sq';
import { srLatn } from './messages/sr-Latn';
import { serbianToCyrillic } from './transliterate';

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

/**
 * The catalogue with each message parsed when it is first read (react-intl takes them parsed): a page uses a few
 * dozen of several hundred messages, and parsing them all held up the first render.
 */
function compile(catalogue: Catalogue, transform = (e: MessageFormatElement[]) => e): CompiledCatalogue {
  const compiled = {} as CompiledCatalogue;
  for (const [key, message] of Object.entries(catalogue)) {
    Object.defineProperty(compiled, key, {
      enumerable: true,
      configurable: true,
      get() {
        const elements = transform(parse(message));
        Object.defineProperty(compiled, key, { value: elements, enumerable: true });
        return elements;
      },
    });
  }
  return compiled;
}

const compiled = new Map<Locale, CompiledCatalogue>();

/**
 * A language's messages, parsed once (react-intl takes them parsed). Serbian Cyrillic is the Latin catalogue
 * transliterated, so the two scripts always say the same thing.
 */
export function catalogueFor(locale: Locale): CompiledCatalogue {
  let found = compiled.get(locale);
  if (!found) {
    found =
      locale === 'sq'
        ? compile(sq)
        : locale === 'sr-Latn'
          ? compile(srLatn)
          : locale === 'sr-Cyrl'
            ? compile(srLatn, cyrillicElements)
            : compile(en);
    compiled.set(locale, found);
  }
  return found;
}
