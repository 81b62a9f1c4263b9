import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { numericToNumber, SourceColumns } from '../db/columns';
import type {
  Circumstance,
  DateBoundary,
  FineMode,
  InstrumentKind,
  IsoDate,
  OffenceClass,
  ProvisionKind,
  SourceRef,
  SuccessionKind,
} from './law.model';

@Entity('instrument')
export class InstrumentEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  kind!: InstrumentKind;

  @Column({ type: 'text', nullable: true })
  symbol!: string | null;

  @Column({ type: 'text' })
  shortName!: string;

  @Column({ type: 'text', nullable: true })
  titleSq!: string | null;

  @Column({ type: 'text', nullable: true })
  titleSr!: string | null;

  @Column({ type: 'text' })
  titleEn!: string;

  @Column({ type: 'text', nullable: true })
  issuer!: string | null;

  @Column({ type: 'date', nullable: true })
  adoptedOn!: IsoDate | null;

  @Column({ type: 'date', nullable: true })
  publishedOn!: IsoDate | null;

  @Column({ type: 'date', nullable: true })
  inForceFrom!: IsoDate | null;

  @Column({ type: 'date', nullable: true })
  repealedOn!: IsoDate | null;

  @Column(() => SourceColumns, { prefix: 'dates' })
  datesSource!: SourceColumns;

  @Column({ type: 'text', nullable: true })
  sourceUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'text', array: true })
  citationAliases!: string[];
}

@Entity('provision')
export class ProvisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  instrumentId!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'text' })
  kind!: ProvisionKind;

  @Column({ type: 'text', nullable: true })
  headingSq!: string | null;

  @Column({ type: 'text', nullable: true })
  headingSr!: string | null;

  @Column({ type: 'text', nullable: true })
  headingEn!: string | null;
}

@Entity('provision_version')
export class ProvisionVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  provisionId!: string;

  @Column({ type: 'date' })
  validFrom!: IsoDate;

  @Column({ type: 'date', nullable: true })
  validTo!: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  textSq!: string | null;

  @Column({ type: 'text', nullable: true })
  textSr!: string | null;

  @Column({ type: 'text', nullable: true })
  textEn!: string | null;

  @Column(() => SourceColumns, { prefix: false })
  source!: SourceColumns;

  @Column({ type: 'jsonb' })
  validFromBoundary!: DateBoundary;

  @Column({ type: 'jsonb', nullable: true })
  validToBoundary!: DateBoundary | null;
}

@Entity('penalty')
export class PenaltyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  provisionVersionId!: string;

  @Column({ type: 'text' })
  variant!: string;

  @Column({ type: 'text', array: true })
  circumstances!: Circumstance[];

  @Column({ type: 'text' })
  offenceClass!: OffenceClass;

  @Column({ type: 'integer', nullable: true })
  imprisonmentMinMonths!: number | null;

  @Column({ type: 'integer', nullable: true })
  imprisonmentMaxMonths!: number | null;

  @Column({ type: 'boolean' })
  lifeImprisonment!: boolean;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numericToNumber })
  fineMinEur!: number | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numericToNumber })
  fineMaxEur!: number | null;

  @Column({ type: 'text' })
  fineMode!: FineMode;

  @Column(() => SourceColumns, { prefix: false })
  source!: SourceColumns;

  @Column({ type: 'jsonb' })
  furtherSources!: SourceRef[];
}

@Entity('provision_succession')
export class ProvisionSuccessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  predecessorId!: string;

  @PrimaryColumn({ type: 'uuid' })
  successorId!: string;

  @Column({ type: 'text' })
  kind!: SuccessionKind;

  @Column({ type: 'date', nullable: true })
  effectiveOn!: IsoDate | null;

  @Column(() => SourceColumns, { prefix: false })
  source!: SourceColumns;
}

@Entity('mitigation_rule')
export class MitigationRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  instrumentId!: string;

  @Column({ type: 'integer' })
  statutoryMinimumFromMonths!: number;

  @Column({ type: 'integer', nullable: true })
  floorMonths!: number | null;

  @Column({ type: 'boolean', nullable: true })
  fineSubstitutionAllowed!: boolean | null;

  @Column({ type: 'text' })
  description!: string;

  @Column(() => SourceColumns, { prefix: false })
  source!: SourceColumns;
}

export const LawEntities = [
  InstrumentEntity,
  ProvisionEntity,
  ProvisionVersionEntity,
  PenaltyEntity,
  ProvisionSuccessionEntity,
  MitigationRuleEntity,
];
