import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@wsp/auth';
import { ConnectionShape, PageArgs } from '@wsp/common';
import { ReferenceDataService } from '../reference-data.service';
import { Occupation, Skill } from '../reference-data.types';
import { OccupationsArgs, SearchArgs } from './args';
import { OccupationConnection, OccupationModel, SkillConnection } from './models';
import { REFERENCE_DATA_READERS } from './roles';

@Resolver(() => OccupationModel)
export class EscoResolver {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Roles(...REFERENCE_DATA_READERS)
  @Query(() => OccupationConnection, { description: 'ESCO-beroepen, gezocht op Nederlandse (alternatieve) benaming' })
  occupations(@Args() args: OccupationsArgs): Promise<ConnectionShape<Occupation>> {
    return this.referenceData.searchOccupations(args.search, args, args.iscoGroup);
  }

  @Roles(...REFERENCE_DATA_READERS)
  @Query(() => OccupationModel)
  occupation(@Args('id', { type: () => ID }) id: string): Promise<Occupation> {
    return this.referenceData.getOccupation(id);
  }

  @Roles(...REFERENCE_DATA_READERS)
  @Query(() => SkillConnection, { description: 'ESCO-vaardigheden, gezocht op Engelse (alternatieve) benaming' })
  skills(@Args() args: SearchArgs): Promise<ConnectionShape<Skill>> {
    return this.referenceData.searchSkills(args.search, args);
  }

  @ResolveField(() => SkillConnection, { description: 'Essentiële vaardigheden voor dit beroep' })
  essentialSkills(@Parent() occupation: Occupation, @Args() args: PageArgs): Promise<ConnectionShape<Skill>> {
    return this.referenceData.occupationSkills(occupation.id, true, args);
  }

  @ResolveField(() => SkillConnection, { description: 'Optionele vaardigheden voor dit beroep' })
  optionalSkills(@Parent() occupation: Occupation, @Args() args: PageArgs): Promise<ConnectionShape<Skill>> {
    return this.referenceData.occupationSkills(occupation.id, false, args);
  }
}
