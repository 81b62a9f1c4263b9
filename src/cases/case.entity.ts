import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { numericToNumber } from '../db/columns';
import type { Circumstance, IsoDate, Language } from '../law/law.model';
import type {
  AppealOutcome,
  DatePrecision,
  DecisionLinkKind,
  DecisionType,
  Provenance,
  Verdict,
} from './case.model';

export * from './case.model';

@Entity('decision')
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courtId!: string;

  @Column({ type: 'text' })
  caseNumber!: string;

  @Column({ type: 'date' })
  decisionDate!: IsoDate;

  @Column({ type: 'text' })
  decisionDatePrecision!: DatePrecision;

  @Column({ type: 'text' })
  decisionType!: DecisionType;

  @Column({ type: 'boolean', nullable: true })
  isFinal!: boolean | null;

  @Column({ type: 'date', nullable: true })
  finalOn!: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  language!: Language | null;

  @Column({ type: 'text', nullable: true })
  presidingJudge!: string | null;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  /**
   * Not read with the row (a text may be 200,000 characters, and lists never show it): `Decision.text` reads it on its
   * own through a loader (CaseRepository.texts).
   */
  @Column({ type: 'text', nullable: true, select: false })
  redactedText?: string | null;

  @Column({ type: 'text', nullable: true })
  sourceUrl!: string | null;

  @Column({ type: 'boolean', default: false })
  sourceUrlWithheld!: boolean;

  @Column({ type: 'text', nullable: true })
  sourceNote!: string | null;

  @Column({ type: 'text' })
  provenance!: Provenance;

  @Column({ type: 'text', nullable: true })
  importHash!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

@Entity('decision_link')
export class DecisionLinkEntity {
  /** The higher court's decision, or the retrial. */
  @PrimaryColumn({ type: 'uuid' })
  decisionId!: string;

  /** The decision it was given on, or (a retrial) the decision that annulled and sent the case back. */
  @PrimaryColumn({ type: 'uuid' })
  lowerDecisionId!: string;

  @Column({ type: 'text', nullable: true })
  outcome!: AppealOutcome | null;

  @Column({ type: 'text', default: 'APPEAL' })
  kind!: DecisionLinkKind;
}

@Entity('defendant')
export class DefendantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  decisionId!: string;

  @Column({ type: 'text' })
  label!: string;
}

@Entity('criminal_count')
export class CountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  decisionId!: string;

  @Column({ type: 'uuid' })
  defendantId!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'date', nullable: true })
  offenceDate!: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  chargedCitation!: string | null;

  @Column({ type: 'uuid', nullable: true })
  chargedProvisionId!: string | null;

  @Column({ type: 'text', nullable: true })
  convictedCitation!: string | null;

  @Column({ type: 'uuid', nullable: true })
  convictedProvisionId!: string | null;

  @Column({ type: 'text', nullable: true })
  verdict!: Verdict | null;

  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numericToNumber })
  imprisonmentMonths!: number | null;

  @Column({ type: 'boolean', nullable: true })
  suspended!: boolean | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numericToNumber })
  fineEur!: number | null;

  @Column({ type: 'text', array: true })
  circumstances!: Circumstance[];

  @Column({ type: 'boolean', nullable: true })
  mitigationCited!: boolean | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}

export const CaseEntities = [DecisionEntity, DecisionLinkEntity, DefendantEntity, CountEntity];
