import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CandidateAccessLogEntity } from '@wsp/candidates';
import { Actor, Role } from '@wsp/common';

export interface CandidateName {
  firstName: string;
  lastName: string;
}

export interface IdentitySubject {
  id: string;
  consultantId: string;
  jobCoachId: string | null;
}

/**
 * Names of candidates for the people who may see them, with every read written to the candidate
 * access log before the names are returned (AVG art. 5 lid 2; Participatiewet art. 65):
 * - ADMIN, and the candidate's own consultant or job coach;
 * - an EMPLOYER user, for its own employer, only while an unrevoked written identity consent for
 *   that employer exists.
 * Everyone else (accountmanagers, other employers) gets no name: the caller shows the pseudonym.
 */
@Injectable()
export class CandidateIdentityReader {
  private readonly logger = new Logger('CandidateIdentity');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async namesFor(actor: Actor, employerId: string | null, subjects: readonly IdentitySubject[], operation: string): Promise<Map<string, CandidateName>> {
    const allowed = new Set(
      subjects
        .filter(
          (s) =>
            actor.role === Role.ADMIN ||
            (actor.role === Role.CONSULTANT && s.consultantId === actor.userId) ||
            (actor.role === Role.JOBCOACH && s.jobCoachId === actor.userId),
        )
        .map((s) => s.id),
    );
    if (actor.role === Role.EMPLOYER && employerId !== null && actor.employerId === employerId && subjects.length > 0) {
      for (const id of await this.withConsent(subjects.map((s) => s.id), employerId)) allowed.add(id);
    }
    if (allowed.size === 0) return new Map();
    const ids = [...allowed];
    const rows = await this.dataSource.query<{ id: string; first_name: string; last_name: string }[]>(
      `SELECT id, first_name, last_name FROM candidates WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    await this.dataSource.manager.insert(
      CandidateAccessLogEntity,
      rows.map((r) => ({ actorUserId: actor.userId, candidateId: r.id, operation: operation.slice(0, 120), fields: ['firstName', 'lastName'] })),
    );
    this.logger.log({ msg: 'candidate identity read', operation, count: rows.length, role: actor.role });
    return new Map(rows.map((r) => [r.id, { firstName: r.first_name, lastName: r.last_name }]));
  }

  /** The candidates among `ids` with an unrevoked identity consent for the employer. */
  async withConsent(ids: readonly string[], employerId: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.dataSource.query<{ candidate_id: string }[]>(
      `SELECT DISTINCT candidate_id FROM identity_consents WHERE candidate_id = ANY($1::uuid[]) AND employer_id = $2 AND revoked_at IS NULL`,
      [[...ids], employerId],
    );
    return new Set(rows.map((r) => r.candidate_id));
  }
}
