import { formatCitation } from './citation';
import type { InstrumentKind } from './law.model';

/** Regulations number sections (`s. 1.1(a)`); codes and laws number articles (`Art. 171(1)(a)`). */
export const provisionLabel = (instrumentKind: InstrumentKind, number: string): string =>
  formatCitation(null, number, instrumentKind === 'REGULATION' ? 'SECTION' : 'ARTICLE');

/** Sort key that orders `2` before `10` and `171` before `171.1`. */
export function provisionSortKey(number: string): string {
  return number
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? part.padStart(6, '0') : part))
    .join('.');
}
