import { Column, type ValueTransformer } from 'typeorm';
import type { SourceRef, VerificationStatus } from '../shared/source';

/** PostgreSQL returns numeric as a string to keep precision; our amounts fit a double. */
export const numericToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** The four columns of a source reference, embedded with a prefix (`dates` → `dates_source_url`, ...). */
export class SourceColumns {
  @Column({ type: 'text', nullable: true })
  sourceUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  sourceDocument!: string | null;

  @Column({ type: 'text' })
  verification!: VerificationStatus;

  @Column({ type: 'text', nullable: true })
  sourceNote!: string | null;
}

export const toSourceRef = (c: SourceColumns): SourceRef => ({
  url: c.sourceUrl,
  document: c.sourceDocument,
  verification: c.verification,
  note: c.sourceNote,
});

export const fromSourceRef = (s: SourceRef): SourceColumns => ({
  sourceUrl: s.url,
  sourceDocument: s.document,
  verification: s.verification,
  sourceNote: s.note,
});
