import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numericToNumber } from '../db/columns';
import type { IsoDate } from '../law/law.model';
import type { FindingConfidence, FindingReason, FindingStatus, TraceStep } from './engine';

@Entity('finding')
export class FindingEntity {
  @PrimaryColumn({ type: 'uuid' })
  countId!: string;

  @Column({ type: 'uuid' })
  decisionId!: string;

  @Column({ type: 'uuid' })
  courtId!: string;

  @Column({ type: 'date' })
  decisionDate!: IsoDate;

  @Column({ type: 'integer' })
  decisionYear!: number;

  @Column({ type: 'uuid', nullable: true })
  provisionId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  applicableProvisionId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  applicableVersionId!: string | null;

  @Column({ type: 'text', nullable: true })
  applicableCitation!: string | null;

  @Column({ type: 'text' })
  status!: FindingStatus;

  @Column({ type: 'text', array: true })
  reasons!: FindingReason[];

  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numericToNumber })
  shortfallMonths!: number | null;

  @Column({ type: 'text' })
  confidence!: FindingConfidence;

  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numericToNumber })
  imposedMonths!: number | null;

  @Column({ type: 'integer', nullable: true })
  minimumMonths!: number | null;

  @Column({ type: 'integer', nullable: true })
  maximumMonths!: number | null;

  /**
   * Not read with the row (lists and statistics never show it, and parsing every finding's steps was a good part of a
   * list's cost): `Finding.trace` and `explanation` read it on their own through a loader (FindingRepository.traces).
   */
  @Column({ type: 'json', select: false })
  trace?: TraceStep[];

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}

export const ComplianceEntities = [FindingEntity];
