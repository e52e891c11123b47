/** Plain read models of the reference data, as the service hands them out. */

export interface ResolvedPostcode {
  pc4: string;
  place: string | null;
  municipalityCode: string;
  municipalityName: string;
  latitude: number;
  longitude: number;
}

export interface Municipality {
  code: string;
  name: string;
  province: string | null;
  latitude: number;
  longitude: number;
  population: number;
}

export interface Occupation {
  id: string;
  conceptUri: string;
  iscoGroup: string;
  iscoGroupLabel: string | null;
  code: string;
  labelNl: string;
  altLabelsNl: string[];
  labelEn: string;
  descriptionNl: string | null;
}

export interface Skill {
  id: string;
  conceptUri: string;
  skillType: string;
  reuseLevel: string | null;
  labelEn: string;
  altLabelsEn: string[];
}

export interface OccupationSkillRef {
  skillId: string;
  essential: boolean;
}
