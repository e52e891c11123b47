import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AnonymisedCandidateService } from '@wsp/candidates';
import { Actor, Clock, ConnectionShape, DomainError, ForbiddenError, PageArgs, paginate, Role, todayIn } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { ArrangementChangeEntity, ArrangementEntity } from '../entities/arrangement.entity';
import { ArrangementAccessFacts, assertCanReadArrangement, maySeeLoonwaarde } from '../domain/arrangement-access';
import { ArrangementStatus } from '../domain/arrangement-lifecycle';
import { buildCostOverview, CostMonth, CostTotals, overviewMonths, totalsOf } from '../domain/cost-overview';
import { Instrument } from '../domain/instruments';
import { ArrangementTemplate, templatesOn } from '../domain/templates';
import { ArrangementFilterInput } from '../graphql/arrangement.inputs';
import { ArrangementCandidateModel } from '../graphql/arrangement.models';
import { arrangementCandidateFacts, candidateFacts, candidatesOf, findArrangement, instrumentsOf, isUuid } from './arrangement-store';
import { CandidateIdentityReader } from './candidate-identity.reader';

export interface CostOverview {
  months: CostMonth[];
  totals: CostTotals;
  assumptions: string;
}

const COST_ASSUMPTIONS =
  'Maanden lopen vanaf de startdatum van het arrangement. Loonkosten = brutoloon + 8% vakantiebijslag + werkgeverslasten tegen het ' +
  'forfaitaire percentage van de loonkostensubsidie (schatting). Loonkostensubsidie per kandidaat met de rekentool (art. 10d ' +
  'Participatiewet): minimumloon van 1 januari (lid 7), forfait alleen de eerste 6 maanden (lid 5), geen subsidie tijdens de ' +
  'proefplaats; een maand telt volledig mee (geen dagberekening). Jobcoaching telt alleen mee in de netto kosten als de werkgever betaalt.';

/** Reading arrangements with the access rules applied (domain/arrangement-access.ts). */
@Injectable()
export class ArrangementReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly anonymised: AnonymisedCandidateService,
    private readonly identities: CandidateIdentityReader,
  ) {}

  async get(actor: Actor, id: string): Promise<ArrangementEntity> {
    const a = await findArrangement(this.dataSource.manager, id);
    assertCanReadArrangement(actor, await this.accessFacts(a), id);
    return a;
  }

  /** For other contexts (a placement's arrangement): null instead of an error when the actor may not see it. */
  async getOrNull(actor: Actor, id: string): Promise<ArrangementEntity | null> {
    try {
      return await this.get(actor, id);
    } catch (e) {
      if (e instanceof DomainError) return null;
      throw e;
    }
  }

  async list(actor: Actor, filter: ArrangementFilterInput, page: PageArgs): Promise<ConnectionShape<ArrangementEntity>> {
    const qb = this.dataSource.getRepository(ArrangementEntity).createQueryBuilder('a');
    const inCaseload = (column: 'consultant_id' | 'job_coach_id') =>
      `EXISTS (SELECT 1 FROM arrangement_candidates ac JOIN candidates c ON c.id = ac.candidate_id WHERE ac.arrangement_id = a.id AND c.${column} = :me)`;
    switch (actor.role) {
      case Role.EMPLOYER:
        if (filter.employerId && filter.employerId !== actor.employerId) throw new ForbiddenError();
        qb.where('a.employer_id = :own', { own: actor.employerId }).andWhere('a.status <> :draft', { draft: ArrangementStatus.DRAFT });
        break;
      case Role.CONSULTANT:
        qb.where(inCaseload('consultant_id'), { me: actor.userId });
        break;
      case Role.JOBCOACH:
        qb.where(inCaseload('job_coach_id'), { me: actor.userId });
        break;
      default:
        qb.where('true');
    }
    if (filter.employerId) qb.andWhere('a.employer_id = :employerId', { employerId: filter.employerId });
    if (filter.vacancyId) qb.andWhere('a.vacancy_id = :vacancyId', { vacancyId: filter.vacancyId });
    if (filter.candidateId) {
      qb.andWhere('EXISTS (SELECT 1 FROM arrangement_candidates f WHERE f.arrangement_id = a.id AND f.candidate_id = :candidateId)', { candidateId: filter.candidateId });
    }
    if (filter.statuses?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.mine) qb.andWhere('a.owner_id = :owner', { owner: actor.userId });
    qb.orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC');
    return paginate(qb, page);
  }

  /** History, newest first; employers see only the status moves. */
  async history(actor: Actor, a: ArrangementEntity, page: PageArgs): Promise<ConnectionShape<ArrangementChangeEntity>> {
    const qb = this.dataSource
      .getRepository(ArrangementChangeEntity)
      .createQueryBuilder('h')
      .where('h.arrangement_id = :id', { id: a.id })
      .orderBy('h.changed_at', 'DESC')
      .addOrderBy('h.id', 'DESC');
    if (actor.role === Role.EMPLOYER) qb.andWhere(`h.kind = 'STATUS'`);
    return paginate(qb, page);
  }

  instruments(a: ArrangementEntity): Promise<Instrument[]> {
    return instrumentsOf(this.dataSource.manager, a.id);
  }

  /** The candidates with anonymised profiles; names and exact loonwaarde only for those allowed (logged). */
  async candidates(actor: Actor, a: ArrangementEntity): Promise<ArrangementCandidateModel[]> {
    const links = await candidatesOf(this.dataSource.manager, a.id);
    const ids = links.map((l) => l.candidateId);
    const [facts, profiles] = await Promise.all([candidateFacts(this.dataSource.manager, ids), this.anonymised.forCandidates(ids)]);
    const subjects = links.map((l) => ({ id: l.candidateId, consultantId: facts.get(l.candidateId)!.consultantId, jobCoachId: facts.get(l.candidateId)!.jobCoachId }));
    const names = await this.identities.namesFor(actor, a.employerId, subjects, 'query arrangement.candidates.identity');
    return links.map((l) => {
      const f = facts.get(l.candidateId)!;
      return {
        candidateId: l.candidateId,
        pseudonym: f.pseudonym,
        hoursPerWeek: l.hoursPerWeek,
        grossMonthlyWageCents: l.grossMonthlyWageCents,
        loonwaardePercentage: maySeeLoonwaarde(actor, f) ? l.loonwaardePercentage : null,
        profile: profiles.get(l.candidateId) ?? null,
        identity: names.get(l.candidateId) ?? null,
      };
    });
  }

  async costOverview(a: ArrangementEntity, months?: number | null): Promise<CostOverview> {
    const [facts, links, instruments] = await Promise.all([
      arrangementCandidateFacts(this.dataSource.manager, a.id),
      candidatesOf(this.dataSource.manager, a.id),
      instrumentsOf(this.dataSource.manager, a.id),
    ]);
    const byId = new Map(facts.map((f) => [f.id, f]));
    const result = buildCostOverview({
      startDate: a.startDate,
      endDate: a.endDate,
      months: overviewMonths(a.startDate, a.endDate, months),
      candidates: links.map((l) => ({
        hoursPerWeek: l.hoursPerWeek,
        grossMonthlyWageCents: l.grossMonthlyWageCents,
        loonwaardePercentage: l.loonwaardePercentage,
        dateOfBirth: byId.get(l.candidateId)?.dateOfBirth ?? null,
      })),
      instruments,
    });
    return { months: result, totals: totalsOf(result), assumptions: COST_ASSUMPTIONS };
  }

  templates(date?: string | null): ArrangementTemplate[] {
    return templatesOn(date ?? todayIn(this.config.timeZone, this.clock.now()));
  }

  private async accessFacts(a: ArrangementEntity): Promise<ArrangementAccessFacts> {
    const facts = isUuid(a.id) ? await arrangementCandidateFacts(this.dataSource.manager, a.id) : [];
    return { employerId: a.employerId, ownerId: a.ownerId, status: a.status, candidates: facts };
  }
}
