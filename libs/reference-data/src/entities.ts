import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** CBS municipality (gemeente) of 2024, keyed by its GM code. Source: data/reference/README.md. */
@Entity('municipalities')
export class MunicipalityEntity {
  /** CBS code, e.g. GM0268 */
  @PrimaryColumn({ type: 'char', length: 6 })
  code: string;

  @Index()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  province: string | null;

  /** Population-weighted centroid (WGS84). */
  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'integer' })
  population: number;
}

/** A 4-digit postcode area (PC4) with its centroid and municipality. */
@Entity('postcodes')
export class PostcodeEntity {
  @PrimaryColumn({ type: 'char', length: 4 })
  pc4: string;

  @Index()
  @Column({ type: 'char', length: 6 })
  municipalityCode: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 100, nullable: true })
  place: string | null;

  /** Area centroid (WGS84); PC4 areas without geometry fall back to their municipality's centroid. */
  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'integer' })
  population: number;
}

/** ISCO-08 group with its Dutch label (1 to 4 digit codes). */
@Entity('isco_groups')
export class IscoGroupEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  labelNl: string;
}

/** ESCO v1.1.1 occupation. `id` is the uuid at the end of the concept URI. */
@Entity('esco_occupations')
export class EscoOccupationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  conceptUri: string;

  /** ISCO-08 unit group (4 digits); its first 3 digits are the minor group. */
  @Index()
  @Column({ type: 'varchar', length: 4 })
  iscoGroup: string;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  labelNl: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  altLabelsNl: string[];

  @Column({ type: 'varchar', length: 300 })
  labelEn: string;

  @Column({ type: 'text', nullable: true })
  descriptionNl: string | null;
}

/** ESCO v1.1.1 skill or knowledge concept (English labels; Dutch labels were not available offline). */
@Entity('esco_skills')
export class EscoSkillEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  conceptUri: string;

  /** 'skill/competence' or 'knowledge' */
  @Column({ type: 'varchar', length: 40 })
  skillType: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  reuseLevel: string | null;

  @Column({ type: 'varchar', length: 400 })
  labelEn: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  altLabelsEn: string[];
}

/** ESCO occupation → skill relation: essential or optional. */
@Entity('esco_occupation_skills')
export class EscoOccupationSkillEntity {
  @PrimaryColumn({ type: 'uuid' })
  occupationId: string;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  skillId: string;

  @ManyToOne(() => EscoOccupationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: EscoOccupationEntity;

  @ManyToOne(() => EscoSkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: EscoSkillEntity;

  @Column({ type: 'boolean' })
  essential: boolean;
}

export const REFERENCE_DATA_ENTITIES = [
  MunicipalityEntity,
  PostcodeEntity,
  IscoGroupEntity,
  EscoOccupationEntity,
  EscoSkillEntity,
  EscoOccupationSkillEntity,
];
