import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@wsp/common';

@ObjectType('Postcode', { description: 'Een postcodegebied (PC4) met zijn gemeente en middelpunt (CBS)' })
export class PostcodeModel {
  @Field({ description: 'De vier cijfers van de postcode' })
  pc4: string;

  @Field(() => String, { nullable: true, description: 'Woonplaats; ontbreekt voor enkele gebieden zonder inwoners' })
  place: string | null;

  @Field({ description: 'CBS-gemeentecode, bijvoorbeeld GM0518' })
  municipalityCode: string;

  @Field()
  municipalityName: string;

  @Field(() => Float, { description: 'Breedtegraad (WGS84) van het middelpunt' })
  latitude: number;

  @Field(() => Float, { description: 'Lengtegraad (WGS84) van het middelpunt' })
  longitude: number;
}

@ObjectType('Municipality', { description: 'Gemeente (indeling 2024, CBS)' })
export class MunicipalityModel {
  @Field({ description: 'CBS-gemeentecode, bijvoorbeeld GM0518' })
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  province: string | null;

  @Field(() => Float, { description: 'Bevolkingsgewogen middelpunt (WGS84)' })
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field(() => Int, { description: 'Inwoners (CBS 2021)' })
  population: number;
}

@ObjectType('Skill', { description: 'ESCO-vaardigheid of -kennis (Engelse labels)' })
export class SkillModel {
  @Field(() => ID)
  id: string;

  @Field()
  conceptUri: string;

  @Field({ description: "'skill/competence' of 'knowledge'" })
  skillType: string;

  @Field(() => String, { nullable: true })
  reuseLevel: string | null;

  @Field()
  labelEn: string;

  @Field(() => [String])
  altLabelsEn: string[];
}

@ObjectType('Occupation', { description: 'ESCO-beroep (v1.1.1)' })
export class OccupationModel {
  @Field(() => ID)
  id: string;

  @Field()
  conceptUri: string;

  @Field({ description: 'ISCO-08-beroepsgroep (4 cijfers)' })
  iscoGroup: string;

  @Field(() => String, { nullable: true })
  iscoGroupLabel: string | null;

  @Field()
  code: string;

  @Field()
  labelNl: string;

  @Field(() => [String])
  altLabelsNl: string[];

  @Field()
  labelEn: string;

  @Field(() => String, { nullable: true })
  descriptionNl: string | null;
}

export const MunicipalityConnection = Connection(MunicipalityModel, 'Municipality');
export const OccupationConnection = Connection(OccupationModel, 'Occupation');
export const SkillConnection = Connection(SkillModel, 'Skill');
