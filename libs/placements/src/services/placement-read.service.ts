import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CandidateIdentityReader, CandidateName } from '@wsp/arrangements';
import { Actor, ConnectionShape, ForbiddenError, PageArgs, paginate, Role } from '@wsp/common';
import { PlacementChangeEntity, PlacementEntity } from '../entities/placement.entity';
import { canReadPlacement } from '../domain/placement-rules';
import { PlacementStatus } from '../domain/placement-status';
import { PlacementFilterInput } from '../graphql/placement.inputs';
import { findPlacement, placementCandidate } from './placement-store';

/** Reading placements with the access rules of domain/placement-rules.ts. */
@Injectable()
export class PlacementReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identities: CandidateIdentityReader,
  ) {}

  async get(actor: Actor, id: string): Promise<PlacementEntity> {
    const p = await findPlacement(this.dataSource.manager, id);
    const c = await placementCandidate(this.dataSource.manager, p.candidateId);
    if (!canReadPlacement(actor, p, c)) throw new ForbiddenError();
    return p;
  }

  async list(actor: Actor, filter: PlacementFilterInput, page: PageArgs): Promise<ConnectionShape<PlacementEntity>> {
    const qb = this.dataSource.getRepository(PlacementEntity).createQueryBuilder('p');
    switch (actor.role) {
      case Role.EMPLOYER:
        if (filter.employerId && filter.employerId !== actor.employerId) throw new ForbiddenError();
        qb.where('p.employer_id = :own AND p.introduced_at IS NOT NULL', { own: actor.employerId });
        break;
      case Role.CONSULTANT:
        qb.where('EXISTS (SELECT 1 FROM candidates c WHERE c.id = p.candidate_id AND c.consultant_id = :me)', { me: actor.userId });
        break;
      case Role.JOBCOACH:
        qb.where('EXISTS (SELECT 1 FROM candidates c WHERE c.id = p.candidate_id AND c.job_coach_id = :me)', { me: actor.userId });
        break;
      default:
        qb.where('true');
    }
    if (filter.candidateId) qb.andWhere('p.candidate_id = :candidateId', { candidateId: filter.candidateId });
    if (filter.vacancyId) qb.andWhere('p.vacancy_id = :vacancyId', { vacancyId: filter.vacancyId });
    if (filter.employerId) qb.andWhere('p.employer_id = :employerId', { employerId: filter.employerId });
    if (filter.arrangementId) qb.andWhere('p.arrangement_id = :arrangementId', { arrangementId: filter.arrangementId });
    if (filter.statuses?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: filter.statuses });
    qb.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'DESC');
    return paginate(qb, page);
  }

  /** History, newest first; an employer does not see the internal proposal step. */
  history(actor: Actor, p: PlacementEntity, page: PageArgs): Promise<ConnectionShape<PlacementChangeEntity>> {
    const qb = this.dataSource
      .getRepository(PlacementChangeEntity)
      .createQueryBuilder('h')
      .where('h.placement_id = :id', { id: p.id })
      .orderBy('h.changed_at', 'DESC')
      .addOrderBy('h.id', 'DESC');
    if (actor.role === Role.EMPLOYER) qb.andWhere(`h.to_status <> 'PROPOSED'`);
    return paginate(qb, page);
  }

  /**
   * The candidate's name on a placement (logged): for the employer only once introduced and while
   * the written identity consent for that employer is not revoked; for the candidate's own
   * consultant and job coach and admins always; never for accountmanagers.
   */
  async candidateName(actor: Actor, p: PlacementEntity): Promise<CandidateName | null> {
    if (actor.role === Role.EMPLOYER && (p.introducedAt === null || p.status === PlacementStatus.PROPOSED)) return null;
    const c = await placementCandidate(this.dataSource.manager, p.candidateId);
    const names = await this.identities.namesFor(actor, p.employerId, [c], 'query placement.candidateIdentity');
    return names.get(p.candidateId) ?? null;
  }

  async labels(p: PlacementEntity): Promise<{ pseudonym: string; employerName: string; vacancyTitle: string }> {
    const [row] = await this.dataSource.query<{ pseudonym: string; employer_name: string; vacancy_title: string }[]>(
      `SELECT c.pseudonym, e.name AS employer_name, v.title AS vacancy_title
         FROM placements p JOIN candidates c ON c.id = p.candidate_id JOIN employers e ON e.id = p.employer_id JOIN vacancies v ON v.id = p.vacancy_id
        WHERE p.id = $1`,
      [p.id],
    );
    return { pseudonym: row.pseudonym, employerName: row.employer_name, vacancyTitle: row.vacancy_title };
  }
}
