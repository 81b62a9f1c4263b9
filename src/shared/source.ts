import * as SchemaEnum from './generated/schema-types';

/** How sure we are of a legal figure, text or date. Unknown figures are stored as null, never guessed. */
export const VERIFICATION_STATUSES = Object.values(SchemaEnum.VerificationStatus);
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** Who or what stands behind a figure: a URL, or a named document held in seeds/sources (served at /sources). */
export interface SourceRef {
  url: string | null;
  document: string | null;
  verification: VerificationStatus;
  note: string | null;
}
