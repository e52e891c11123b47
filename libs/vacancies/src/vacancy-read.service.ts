import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { Actor, Clock, ConnectionShape, PageArgs, paginate } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { ReferenceDataService, ResolvedPostcode } from '@wsp/reference-data';
import { VacancyChangeEntity, VacancyEntity, VacancyStatus } from './entities';
import { assertCanRead, listScope } from './domain/vacancy-access';
import { daysOpen } from './domain/vacancy-health';
import { NO_ACTIVITY, VacancyActivityCounter } from './vacancy-activity';
import { findVacancy } from './vacancy-journal';

export interface VacancyListFilter {
  employerId?: string | null;
  demandId?: string | null;
  status?: VacancyStatus | null;
  occupationId?: string | null;
  municipalityCode?: string | null;
  search?: string | null;
}

export interface VacancySkillView {
  skillId: string;
  essential: boolean;
  labelEn: string;
}

export interface VacancyChangeView {
  id: string;
  vacancyId: string;
  kind: VacancyChangeEntity['kind'];
  fromStatus: VacancyStatus | null;
  toStatus: VacancyStatus | null;
  changes: { field: string; from: string | null; to: string | null }[];
  reason: string | null;
  changedById: string | null;
  changedAt: Date;
}

export interface VacancyHealthView {
  daysOpen: number | null;
  matchCount: number;
  introductionCount: number;
  placementCount: number;
}

const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

/** Read side of the vacancy service, with the same permissions as the writes. */
@Injectable()
export class VacancyReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
    private readonly activity: VacancyActivityCounter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(actor: Actor, id: string): Promise<VacancyEntity> {
    const vacancy = await findVacancy(this.dataSource.manager, id);
    assertCanRead(actor, vacancy.employerId);
    return vacancy;
  }

  /**
   * Vacancies, newest first. An employer user only ever sees their own employer's vacancies:
   * an employerId filter naming another employer simply matches nothing.
   */
  list(actor: Actor, filter: VacancyListFilter, page: PageArgs): Promise<ConnectionShape<VacancyEntity>> {
    const scope = listScope(actor);
    const qb = this.dataSource.getRepository(VacancyEntity).createQueryBuilder('v');
    if (scope.employerId) qb.andWhere('v.employerId = :scopeEmployerId', { scopeEmployerId: scope.employerId });
    if (filter.employerId) qb.andWhere('v.employerId = :employerId', { employerId: filter.employerId });
    if (filter.demandId) qb.andWhere('v.demandId = :demandId', { demandId: filter.demandId });
    if (filter.status) qb.andWhere('v.status = :status', { status: filter.status });
    if (filter.occupationId) qb.andWhere('v.occupationId = :occupationId', { occupationId: filter.occupationId });
    if (filter.municipalityCode) {
      qb.andWhere('EXISTS (SELECT 1 FROM postcodes p WHERE p.pc4 = v.postcode AND p.municipality_code = :municipalityCode)', {
        municipalityCode: filter.municipalityCode.toUpperCase(),
      });
    }
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(new Brackets((w) => w.where('v.title ILIKE :pattern', { pattern }).orWhere('v.description ILIKE :pattern', { pattern })));
    }
    qb.orderBy('v.createdAt', 'DESC').addOrderBy('v.id', 'ASC');
    return paginate(qb, page);
  }

  /** History of a vacancy, newest first. */
  async history(actor: Actor, vacancyId: string, page: PageArgs): Promise<ConnectionShape<VacancyChangeView>> {
    await this.get(actor, vacancyId);
    const qb = this.dataSource
      .getRepository(VacancyChangeEntity)
      .createQueryBuilder('c')
      .where('c.vacancyId = :vacancyId', { vacancyId })
      .orderBy('c.changedAt', 'DESC')
      .addOrderBy('c.id', 'ASC');
    const result = await paginate(qb, page);
    return { ...result, nodes: result.nodes.map(toChangeView), edges: result.edges.map((e) => ({ ...e, node: toChangeView(e.node) })) };
  }

  async skills(vacancyId: string): Promise<VacancySkillView[]> {
    return this.dataSource.query<VacancySkillView[]>(
      `SELECT vs.skill_id AS "skillId", vs.essential, s.label_en AS "labelEn"
         FROM vacancy_skills vs JOIN esco_skills s ON s.id = vs.skill_id
        WHERE vs.vacancy_id = $1
        ORDER BY vs.essential DESC, s.label_en, vs.skill_id`,
      [vacancyId],
    );
  }

  location(vacancy: VacancyEntity): Promise<ResolvedPostcode> {
    return this.referenceData.resolvePostcode(vacancy.postcode, 'postcode');
  }

  async health(vacancy: VacancyEntity): Promise<VacancyHealthView> {
    const counts = (await this.activity.countsFor([vacancy.id])).get(vacancy.id) ?? NO_ACTIVITY;
    return { daysOpen: daysOpen(vacancy.openedAt, vacancy.closedAt, this.clock.now(), this.config.timeZone), ...counts };
  }
}

function toChangeView(c: VacancyChangeEntity): VacancyChangeView {
  return {
    id: c.id,
    vacancyId: c.vacancyId,
    kind: c.kind,
    fromStatus: c.fromStatus,
    toStatus: c.toStatus,
    changes: Object.entries(c.changes ?? {}).map(([field, v]) => ({ field, from: json(v.from), to: json(v.to) })),
    reason: c.reason,
    changedById: c.changedById,
    changedAt: c.changedAt,
  };
}
