import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@wsp/auth';
import { Role } from '@wsp/common';
import { calculateLks, LksCalculationResult } from '../lks';
import { LksInput } from './lks.inputs';
import { LksCalculationModel } from './lks.models';

/** Employers may use the calculator too: it only computes, it reads and writes no data. */
export const LKS_CALCULATOR_ROLES = [Role.ADMIN, Role.ACCOUNTMANAGER, Role.CONSULTANT, Role.JOBCOACH, Role.EMPLOYER];

@Resolver()
export class LksResolver {
  @Roles(...LKS_CALCULATOR_ROLES)
  @Query(() => LksCalculationModel, { description: 'Rekent de loonkostensubsidie per maand uit (art. 10d Participatiewet), met elke tussenstap' })
  calculateLoonkostensubsidie(@Args('input') input: LksInput): LksCalculationResult {
    return calculateLks(input);
  }
}
