import type { IsoDate } from '../law/law.model';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (so 2023-02-29 is false). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export const todayIso = (): IsoDate => new Date().toISOString().slice(0, 10);

/** Whether a half-open validity period [from, to) contains the day. */
export const inForceOn = (period: { validFrom: IsoDate; validTo: IsoDate | null }, day: IsoDate): boolean =>
  period.validFrom <= day && (period.validTo === null || day < period.validTo);
