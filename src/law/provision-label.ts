import type { InstrumentKind } from './law.model';

/**
 * Readable label of a normalised provision number: regulations number sections (`s. 1.1(a)`), codes and laws
 * number articles with paragraphs in parentheses (`Art. 171(1)(a)`).
 */
export function provisionLabel(instrumentKind: InstrumentKind, number: string): string {
  const [head, ...rest] = number.split('.');
  if (instrumentKind === 'REGULATION') {
    const numeric = rest.filter((part) => /^\d+$/.test(part));
    const letters = rest.filter((part) => !/^\d+$/.test(part));
    return `s. ${[head, ...numeric].join('.')}${letters.map((l) => `(${l})`).join('')}`;
  }
  return `Art. ${head}${rest.map((part) => `(${part})`).join('')}`;
}

/** Sort key that orders `2` before `10` and `171` before `171.1`. */
export function provisionSortKey(number: string): string {
  return number
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? part.padStart(6, '0') : part))
    .join('.');
}
