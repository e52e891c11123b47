import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { Actor, Clock, ConnectionShape, ForbiddenError, PageArgs, paginate, Role, todayIn } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { selectEffective } from '@wsp/matching-core';
import { CandidateEntity } from '../entities/candidate.entity';
import { assertCanRead, caseloadScope, maySearchByName } from '../domain/candidate-access';
import { DEFAULT_BANDS_HISTORY, doelgroepCondition } from '../domain/doelgroep';
import { CandidateFilter } from '../graphql/candidate.args';
import { findCandidate } from './candidate-store';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Reading candidates: one by id, or the actor's caseload with filters. */
@Injectable()
export class CandidateQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(actor: Actor, id: string): Promise<CandidateEntity> {
    const candidate = await findCandidate(this.dataSource.manager, id);
    assertCanRead(actor, candidate);
    return candidate;
  }

  /**
   * The candidates of the actor's caseload (consultant: own; job coach: coached; admin: all),
   * by pseudonym. `search` matches the pseudonym or client number; for a consultant also the
   * name. `disclosed` lists the candidates found through an identifying field (name, client
   * number), because the match itself discloses that field: the caller writes them to the access log.
   */
  async list(
    actor: Actor,
    filter: CandidateFilter | null | undefined,
    page: PageArgs,
  ): Promise<{ connection: ConnectionShape<CandidateEntity>; disclosed: Disclosure[] }> {
    const scope = caseloadScope(actor);
    if (filter?.consultantId && actor.role !== Role.ADMIN && filter.consultantId !== scope.consultantId) throw new ForbiddenError();
    const qb = this.dataSource.getRepository(CandidateEntity).createQueryBuilder('c');
    if (scope.consultantId) qb.andWhere('c.consultant_id = :scopeConsultant', { scopeConsultant: scope.consultantId });
    if (scope.jobCoachId) qb.andWhere('c.job_coach_id = :scopeCoach', { scopeCoach: scope.jobCoachId });
    if (filter?.consultantId) qb.andWhere('c.consultant_id = :consultantId', { consultantId: filter.consultantId });
    if (filter?.jobCoachId) qb.andWhere('c.job_coach_id = :jobCoachId', { jobCoachId: filter.jobCoachId });
    if (filter?.lksStatus) qb.andWhere('c.lks_status = :lks', { lks: filter.lksStatus });
    if (filter?.visibleForMatching != null) qb.andWhere('c.visible_for_matching = :visible', { visible: filter.visibleForMatching });
    if (filter?.active != null) qb.andWhere('c.active = :active', { active: filter.active });
    if (filter?.municipalityCode) {
      qb.andWhere('c.home_postcode IN (SELECT p.pc4 FROM postcodes p WHERE p.municipality_code = :gm)', { gm: filter.municipalityCode.toUpperCase() });
    }
    if (filter?.doelgroep) {
      const bands = selectEffective(DEFAULT_BANDS_HISTORY, todayIn(this.config.timeZone, this.clock.now()));
      const { sql, params } = doelgroepCondition('c', filter.doelgroep, bands);
      qb.andWhere(sql, params);
    }
    const search = filter?.search?.trim();
    const byName = !!search && maySearchByName(actor);
    if (search) {
      qb.andWhere(
        new Brackets((w) => {
          w.where('c.pseudonym ILIKE :prefix', { prefix: `${escapeLike(search)}%` }).orWhere('lower(c.external_ref) = lower(:exact)', { exact: search });
          if (byName) {
            w.orWhere("(c.first_name || ' ' || c.last_name) ILIKE :contains", { contains: `%${escapeLike(search)}%` });
          }
        }),
      );
    }
    qb.orderBy('c.pseudonym', 'ASC').addOrderBy('c.id', 'ASC');
    const connection = await paginate(qb, page);
    return { connection, disclosed: search ? disclosuresOf(connection.nodes, search, byName) : [] };
  }
}

export interface Disclosure {
  candidateId: string;
  fields: string[];
}

/** Which identifying fields a search result revealed for each candidate (same rules as the SQL above). */
function disclosuresOf(found: readonly CandidateEntity[], search: string, byName: boolean): Disclosure[] {
  const needle = search.toLowerCase();
  return found
    .map((c) => {
      const fields: string[] = [];
      if (c.externalRef?.toLowerCase() === needle) fields.push('externalRef');
      if (byName && `${c.firstName} ${c.lastName}`.toLowerCase().includes(needle)) fields.push('firstName', 'lastName');
      return { candidateId: c.id, fields };
    })
    .filter((d) => d.fields.length > 0);
}
