import * as SchemaEnum from '../shared/generated/schema-types';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { SourceColumns } from '../db/columns';
import type { IsoDate } from '../law/law.model';

export const COURT_LEVELS = Object.values(SchemaEnum.CourtLevel);
export type CourtLevel = (typeof COURT_LEVELS)[number];

@Entity('court')
export class CourtEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  nameSq!: string;

  @Column({ type: 'text' })
  nameSr!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  level!: CourtLevel;

  @Column({ type: 'text', nullable: true })
  seat!: string | null;

  @Column({ type: 'date', nullable: true })
  activeFrom!: IsoDate | null;

  @Column({ type: 'date', nullable: true })
  activeTo!: IsoDate | null;

  @Column({ type: 'uuid', nullable: true })
  successorId!: string | null;

  @Column(() => SourceColumns, { prefix: false })
  source!: SourceColumns;
}

@Entity('court_alias')
export class CourtAliasEntity {
  @PrimaryColumn({ type: 'text' })
  folded!: string;

  @Column({ type: 'text' })
  alias!: string;

  @Column({ type: 'uuid' })
  courtId!: string;
}

export const CourtEntities = [CourtEntity, CourtAliasEntity];
