import { registerEnumType } from '@nestjs/graphql';

/**
 * Highest completed education, in Dutch levels (ordered). Used for vacancy requirements and
 * candidate profiles; compare with `educationRank`.
 */
export enum EducationLevel {
  NONE = 'NONE',
  /** basisonderwijs */
  PRIMARY = 'PRIMARY',
  /** voortgezet speciaal onderwijs / praktijkonderwijs */
  VSO_PRO = 'VSO_PRO',
  VMBO = 'VMBO',
  MBO_1 = 'MBO_1',
  MBO_2 = 'MBO_2',
  MBO_3 = 'MBO_3',
  MBO_4 = 'MBO_4',
  HAVO = 'HAVO',
  VWO = 'VWO',
  HBO = 'HBO',
  WO = 'WO',
}

const ORDER: EducationLevel[] = Object.values(EducationLevel);

/** Position in the ordering above (NONE = 0). */
export function educationRank(level: EducationLevel): number {
  return ORDER.indexOf(level);
}

registerEnumType(EducationLevel, { name: 'EducationLevel', description: 'Opleidingsniveau (hoogst afgerond)' });
