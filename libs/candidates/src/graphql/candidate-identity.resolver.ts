import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor, Role } from '@wsp/common';
import { CandidateEntity } from '../entities/candidate.entity';
import { assertCanRead } from '../domain/candidate-access';
import { CandidateAccessAudit } from '../services/access-audit';
import { operationLabel, requestedSubfields } from './audit-info';
import { CandidateIdentityModel, CandidateModel, IDENTITY_FIELDS } from './candidate.models';

/**
 * The only way to the identifying fields of a candidate. Every resolution writes (and awaits)
 * an access-log row naming the actor, the candidate, the operation and the fields selected,
 * before any of those fields is returned: one row per candidate per operation. Because every
 * query and mutation that returns a Candidate reaches identity through this one field, no
 * operation can forget the log.
 */
@Resolver(() => CandidateModel)
export class CandidateIdentityResolver {
  constructor(private readonly audit: CandidateAccessAudit) {}

  @Roles(Role.ADMIN, Role.CONSULTANT, Role.JOBCOACH)
  @ResolveField(() => CandidateIdentityModel, { description: 'Naam, contactgegevens, geboortedatum en klantnummer; elke opvraging wordt gelogd' })
  async identity(
    @Parent() candidate: CandidateEntity,
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
    @Context() context: { req: object },
  ): Promise<CandidateIdentityModel> {
    assertCanRead(actor, candidate);
    const fields = requestedSubfields(info, IDENTITY_FIELDS);
    await this.audit.note(context.req, actor, candidate.id, operationLabel(info), fields);
    return {
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      email: candidate.email,
      phone: candidate.phone,
      dateOfBirth: candidate.dateOfBirth,
      externalRef: candidate.externalRef,
    };
  }
}
