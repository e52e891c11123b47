import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@wsp/auth';
import { ConnectionShape } from '@wsp/common';
import { ReferenceDataService } from '../reference-data.service';
import { Municipality, ResolvedPostcode } from '../reference-data.types';
import { SearchArgs } from './args';
import { MunicipalityConnection, PostcodeModel } from './models';
import { REFERENCE_DATA_READERS } from './roles';

@Resolver()
export class GeoResolver {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Roles(...REFERENCE_DATA_READERS)
  @Query(() => PostcodeModel, { description: 'Postcodegebied (PC4) van een postcode als 2511 of 2511 AB' })
  postcode(@Args('pc4') pc4: string): Promise<ResolvedPostcode> {
    return this.referenceData.resolvePostcode(pc4, 'pc4');
  }

  @Roles(...REFERENCE_DATA_READERS)
  @Query(() => MunicipalityConnection, { description: 'Gemeenten (indeling 2024), alfabetisch' })
  municipalities(@Args() args: SearchArgs): Promise<ConnectionShape<Municipality>> {
    return this.referenceData.municipalities(args.search, args);
  }
}
