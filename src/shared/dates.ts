/** ISO calendar date, `YYYY-MM-DD`. Dates are compared as strings, which is correct for this format. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a real calendar day written `YYYY-MM-DD` (so 2023-02-29 is false), of a year from 100 on (the service
 * never had use for earlier ones). Counted, not built as a Date: an import checks two dates a row.
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

export const todayIso = (): IsoDate => new Date().toISOString().slice(0, 10);

/** Whether a half-open validity period [from, to) contains the day. */
export const inForceOn = (period: { validFrom: IsoDate; validTo: IsoDate | null }, day: IsoDate): boolean =>
  period.validFrom <= day && (period.validTo === null || day < period.validTo);
