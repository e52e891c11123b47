import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { SroiCategory, SroiRealisationKind } from '../domain/enums';
import './enums';

export enum SroiReportScope {
  CONTRACT = 'CONTRACT',
  CONTRACTOR = 'CONTRACTOR',
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
}
registerEnumType(SroiReportScope, {
  name: 'SroiReportScope',
  valuesMap: {
    CONTRACT: { description: 'Eén contract (id = contract-id)' },
    CONTRACTOR: { description: 'Alle contracten van een opdrachtnemer (id = werkgever-id)' },
    MUNICIPALITY: { description: 'Alle contracten van een opdrachtgevende gemeente (id = GM-code)' },
    REGION: { description: 'Alle contracten met een waarderingstabel van de regio (id = regiocode, bv. HAAGLANDEN)' },
  },
});

@InputType()
export class SroiReportInput {
  @Field(() => SroiReportScope)
  @IsEnum(SroiReportScope)
  scope: SroiReportScope;

  @Field({ description: 'Contract-id, werkgever-id, GM-code of regiocode, naar scope' })
  @IsString()
  @MaxLength(60)
  id: string;

  @Field({ nullable: true, description: 'CSV: ook een regel per opdrachtgevende gemeente (de GraphQL-rapportage geeft die altijd)' })
  @IsOptional()
  @IsBoolean()
  splitByMunicipality?: boolean;
}

@ObjectType('SroiReportLine', { description: 'Geaccepteerde realisatie per soort en categorie (sociale inkoop vóór het plafond)' })
export class SroiReportLineModel {
  @Field(() => SroiRealisationKind)
  kind: SroiRealisationKind;

  @Field(() => SroiCategory, { nullable: true })
  category: SroiCategory | null;

  @Field(() => Float)
  realisedCents: number;

  @Field(() => Int, { description: 'Geplaatste/in dienst genomen personen' })
  people: number;

  @Field(() => Float, { description: 'Gewerkte uren (uren per week × getelde maanden × 52/12) of activiteitsuren' })
  hours: number;
}

@ObjectType('SroiReportRow', { description: 'Totalen van een rapportage, voor alles of voor één opdrachtgevende gemeente' })
export class SroiReportRowModel {
  @Field(() => String, { nullable: true, description: 'Leeg voor het totaal' })
  municipalityCode: string | null;

  @Field()
  municipalityName: string;

  @Field(() => Int)
  contracts: number;

  @Field(() => Float)
  obligationCents: number;

  @Field(() => Float)
  realisedCents: number;

  @Field(() => Float)
  pendingCents: number;

  @Field(() => Float)
  remainingCents: number;

  @Field(() => Float)
  penaltyCents: number;

  @Field(() => Int, { description: 'Personen geplaatst of in dienst (geaccepteerd)' })
  peoplePlaced: number;

  @Field(() => Float, { description: 'Uren (gewerkte uren van personen plus activiteitsuren), geaccepteerd' })
  hours: number;

  @Field(() => [SroiReportLineModel])
  lines: SroiReportLineModel[];
}

@ObjectType('SroiReport')
export class SroiReportModel {
  @Field(() => SroiReportScope)
  scope: SroiReportScope;

  @Field()
  subjectId: string;

  @Field()
  subjectName: string;

  @Field()
  asOf: string;

  @Field(() => SroiReportRowModel)
  total: SroiReportRowModel;

  @Field(() => [SroiReportRowModel], { description: 'Per opdrachtgevende gemeente (eigen budget en verantwoording)' })
  byMunicipality: SroiReportRowModel[];
}
