import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '@wsp/common';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Zoektekst (deel van de naam)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

@ArgsType()
export class OccupationsArgs extends SearchArgs {
  @Field(() => String, { nullable: true, description: 'ISCO-08-groep (1 tot 4 cijfers) inclusief subgroepen' })
  @IsOptional()
  @Matches(/^[0-9]{1,4}$/, { message: 'iscoGroup bestaat uit 1 tot 4 cijfers' })
  iscoGroup?: string | null;
}
