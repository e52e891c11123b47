import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor, ConnectionShape, Role } from '@wsp/common';
import { AccessLogRow, CandidateAccessLogService } from '../services/access-log.service';
import { CandidateImportService, ImportReport } from '../services/candidate-import.service';
import { CANDIDATE_WRITERS } from './candidate.resolver';
import { ImportCandidatesInput } from './candidate.inputs';
import { AccessLogArgs } from './candidate.args';
import { CandidateAccessLogConnection, CandidateImportReportModel } from './candidate.models';

/** The access log (admins) and the CSV import (consultants and admins). */
@Resolver()
export class CandidateAdminResolver {
  constructor(
    private readonly accessLog: CandidateAccessLogService,
    private readonly importer: CandidateImportService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => CandidateAccessLogConnection, { description: 'Wie heeft wanneer identificerende gegevens van kandidaten opgevraagd (nieuwste eerst)' })
  candidateAccessLog(@Args() args: AccessLogArgs): Promise<ConnectionShape<AccessLogRow>> {
    return this.accessLog.list({ candidateId: args.candidateId, actorUserId: args.actorUserId }, args);
  }

  @Roles(...CANDIDATE_WRITERS)
  @Mutation(() => CandidateImportReportModel, { description: 'Kandidaten importeren uit de CSV-export van het klantvolgsysteem' })
  importCandidates(@CurrentActor() actor: Actor, @Args('input') input: ImportCandidatesInput): Promise<ImportReport> {
    return this.importer.import(actor, input);
  }
}
