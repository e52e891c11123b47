import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { SroiBonus, SroiCategory } from '../domain/enums';
import { bigintNumber } from './transformers';

/**
 * A valuation table (bouwblokken) of one region, in force from `effectiveFrom` until the next
 * table of the same region. Contracts name the table that applies to them, so a later table never
 * changes the value of an existing contract. Tables are reference data: seeded by migrations.
 */
@Entity('sroi_valuation_tables')
@Index('UQ_sroi_valuation_tables_region_from', ['regionCode', 'effectiveFrom'], { unique: true })
@Check('CHK_sroi_valuation_tables_full_time', 'full_time_hours BETWEEN 1 AND 60')
@Check('CHK_sroi_valuation_tables_purchase', 'purchase_count_percent BETWEEN 0 AND 100 AND (purchase_cap_percent IS NULL OR purchase_cap_percent BETWEEN 0 AND 100)')
@Check('CHK_sroi_valuation_tables_amounts', 'activity_hourly_value_cents >= 0 AND obligation_threshold_cents >= 0')
export class SroiValuationTableEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. HAAGLANDEN-2023 */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  code: string;

  /** e.g. HAAGLANDEN */
  @Column({ type: 'varchar', length: 40 })
  regionCode: string;

  @Column({ type: 'varchar', length: 100 })
  regionName: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'date' })
  effectiveFrom: string;

  /** Hours a week the yearly values are based on (36). */
  @Column({ type: 'smallint', default: 36 })
  fullTimeHours: number;

  /** Value of one hour of another activity (guest lecture, coaching); default €100. */
  @Column({ type: 'integer', default: 10_000 })
  activityHourlyValueCents: number;

  /** Share of a sociale-inkoop invoice (excl. VAT) that counts: 100 or 50 (percent). */
  @Column({ type: 'smallint', default: 100 })
  purchaseCountPercent: number;

  /** Optional cap on the counted sociale inkoop of one contract, as a percentage of its obligation. */
  @Column({ type: 'smallint', nullable: true })
  purchaseCapPercent: number | null;

  /** Contracts below this value (excl. VAT) have no obligation unless an admin sets one. */
  @Column({ type: 'bigint', default: 20_000_000, transformer: bigintNumber })
  obligationThresholdCents: number;

  /** Where the values come from (publication, date). */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @OneToMany(() => SroiValuationCategoryEntity, (c) => c.table)
  categories?: SroiValuationCategoryEntity[];

  @OneToMany(() => SroiValuationBonusEntity, (b) => b.table)
  bonuses?: SroiValuationBonusEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Yearly value of a category at full time, and how many months of one person count at most. */
@Entity('sroi_valuation_categories')
@Index('UQ_sroi_valuation_categories_table_category', ['tableId', 'category'], { unique: true })
@Check('CHK_sroi_valuation_categories_values', 'yearly_value_cents >= 0 AND (cap_months IS NULL OR cap_months > 0)')
export class SroiValuationCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tableId: string;

  @ManyToOne(() => SroiValuationTableEntity, (t) => t.categories, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'table_id' })
  table?: SroiValuationTableEntity;

  @Column({ type: 'enum', enum: SroiCategory, enumName: 'sroi_category' })
  category: SroiCategory;

  @Column({ type: 'integer' })
  yearlyValueCents: number;

  /** Counting-period cap in months; null = always (no cap). */
  @Column({ type: 'smallint', nullable: true })
  capMonths: number | null;
}

/** A bonus on top of the category value (yearly, at full time). */
@Entity('sroi_valuation_bonuses')
@Index('UQ_sroi_valuation_bonuses_table_bonus', ['tableId', 'bonus'], { unique: true })
@Check('CHK_sroi_valuation_bonuses_values', `yearly_value_cents >= 0 AND (bonus = 'AGE') = (min_age IS NOT NULL)`)
export class SroiValuationBonusEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tableId: string;

  @ManyToOne(() => SroiValuationTableEntity, (t) => t.bonuses, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'table_id' })
  table?: SroiValuationTableEntity;

  @Column({ type: 'enum', enum: SroiBonus, enumName: 'sroi_bonus' })
  bonus: SroiBonus;

  @Column({ type: 'integer' })
  yearlyValueCents: number;

  /** AGE only: the age (at the start of the employment) from which the bonus applies. */
  @Column({ type: 'smallint', nullable: true })
  minAge: number | null;
}
