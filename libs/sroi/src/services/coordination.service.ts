import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ConflictError, ConnectionShape, ForbiddenError, NotFoundError, PageArgs, paginateArray, Role, ValidationError } from '@wsp/common';
import { COORDINATOR_ROLES } from '../domain/access';
import { SroiCoordinatorEntity, SroiRegionSettingEntity } from '../entities/coordination.entity';
import { SroiCoordinatorInput, SroiCoordinatorModel, SroiRegionSettingModel, SetSroiRegionMatchingInput } from '../graphql/coordination.models';
import { DEFAULT_SROI_MATCHING_WEIGHT } from './sroi-matching-policy.service';
import { rescoreRegion } from './rematch';
import { hasAtMostDecimals } from '../domain/arithmetic';

/** SROI coordinators per municipality and the per-region matching switch; changed by admins only. */
@Injectable()
export class CoordinationService {
  private readonly logger = new Logger('SroiCoordination');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assign(actor: Actor, input: SroiCoordinatorInput): Promise<SroiCoordinatorModel> {
    if (actor.role !== Role.ADMIN) throw new ForbiddenError('Alleen een beheerder wijst SROI-coördinatoren aan');
    const [m] = await this.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM municipalities WHERE code = $1', [input.municipalityCode]);
    if (m.n === 0) throw new ValidationError(`Gemeente ${input.municipalityCode} bestaat niet`, 'municipalityCode');
    const [u] = await this.dataSource.query<{ role: Role; active: boolean }[]>('SELECT role::text AS role, active FROM users WHERE id = $1', [input.userId]);
    if (!u) throw new NotFoundError('Gebruiker', input.userId);
    if (!COORDINATOR_ROLES.includes(u.role) || !u.active) throw new ValidationError('Alleen een actieve beheerder of accountmanager kan SROI-coördinator zijn', 'userId');
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO sroi_coordinators (municipality_code, user_id, assigned_by_id) VALUES ($1, $2, $3)
       ON CONFLICT (municipality_code, user_id) DO NOTHING RETURNING id::text AS id`,
      [input.municipalityCode, input.userId, actor.userId],
    );
    if (rows.length === 0) throw new ConflictError('Deze gebruiker is al SROI-coördinator van deze gemeente');
    this.logger.log({ msg: 'sroi coordinator assigned', municipalityCode: input.municipalityCode, userId: input.userId });
    return (await this.load({ id: rows[0].id }))[0];
  }

  async remove(actor: Actor, input: SroiCoordinatorInput): Promise<boolean> {
    if (actor.role !== Role.ADMIN) throw new ForbiddenError('Alleen een beheerder wijst SROI-coördinatoren aan');
    const res = await this.dataSource.manager.delete(SroiCoordinatorEntity, { municipalityCode: input.municipalityCode, userId: input.userId });
    if (!res.affected) throw new NotFoundError('SROI-coördinator');
    this.logger.log({ msg: 'sroi coordinator removed', municipalityCode: input.municipalityCode, userId: input.userId });
    return true;
  }

  async list(municipalityCode: string | undefined, page: PageArgs): Promise<ConnectionShape<SroiCoordinatorModel>> {
    return paginateArray(await this.load(municipalityCode ? { municipalityCode } : {}), page);
  }

  async setRegionMatching(actor: Actor, input: SetSroiRegionMatchingInput): Promise<SroiRegionSettingModel> {
    if (actor.role !== Role.ADMIN) throw new ForbiddenError('Alleen een beheerder zet de SROI-component van de matching aan of uit');
    const weight = input.weight ?? DEFAULT_SROI_MATCHING_WEIGHT;
    if (!(weight >= 0 && weight <= 1) || !hasAtMostDecimals(weight, 3)) {
      throw new ValidationError('Het gewicht ligt tussen 0 en 1, met hoogstens drie decimalen', 'weight');
    }
    const [t] = await this.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM sroi_valuation_tables WHERE region_code = $1', [input.regionCode]);
    if (t.n === 0) throw new ValidationError(`Regio ${input.regionCode} heeft geen waarderingstabel`, 'regionCode');
    const rescored = await this.dataSource.transaction(async (tx) => {
      const before = await tx.findOne(SroiRegionSettingEntity, { where: { regionCode: input.regionCode }, lock: { mode: 'pessimistic_write' } });
      await tx.upsert(
        SroiRegionSettingEntity,
        { regionCode: input.regionCode, matchingComponentEnabled: input.enabled, matchingWeight: weight, updatedById: actor.userId },
        ['regionCode'],
      );
      const wasOn = before?.matchingComponentEnabled === true && before.matchingWeight > 0;
      const isOn = input.enabled && weight > 0;
      // The scores of the region's contractors' vacancies change: have them matched again.
      const changed = wasOn !== isOn || (isOn && before?.matchingWeight !== weight);
      return changed ? rescoreRegion(tx, input.regionCode, 'region_setting') : 0;
    });
    this.logger.log({ msg: 'sroi matching component switched', regionCode: input.regionCode, enabled: input.enabled, weight, vacanciesToRematch: rescored });
    return (await this.regionSettings()).find((s) => s.regionCode === input.regionCode)!;
  }

  /** Every region that has a valuation table, with its setting (off unless set). */
  async regionSettings(): Promise<SroiRegionSettingModel[]> {
    const rows = await this.dataSource.query<{ region_code: string; enabled: boolean | null; weight: string | null; updated_at: Date | null }[]>(
      `SELECT r.region_code, s.matching_component_enabled AS enabled, s.matching_weight::text AS weight, s.updated_at
         FROM (SELECT DISTINCT region_code FROM sroi_valuation_tables) r LEFT JOIN sroi_region_settings s ON s.region_code = r.region_code
        ORDER BY r.region_code`,
    );
    return rows.map((r) => ({
      regionCode: r.region_code,
      matchingComponentEnabled: r.enabled ?? false,
      matchingWeight: r.weight === null ? DEFAULT_SROI_MATCHING_WEIGHT : Number(r.weight),
      updatedAt: r.updated_at,
    }));
  }

  private async load(where: { id?: string; municipalityCode?: string }): Promise<SroiCoordinatorModel[]> {
    const rows = await this.dataSource.query<{ id: string; municipality_code: string; municipality_name: string; user_id: string; display_name: string; assigned_by_id: string; created_at: Date }[]>(
      `SELECT k.id::text AS id, k.municipality_code, m.name AS municipality_name, k.user_id::text AS user_id, u.display_name, k.assigned_by_id::text AS assigned_by_id, k.created_at
         FROM sroi_coordinators k JOIN municipalities m ON m.code = k.municipality_code JOIN users u ON u.id = k.user_id
        WHERE ($1::uuid IS NULL OR k.id = $1) AND ($2::text IS NULL OR k.municipality_code = $2)
        ORDER BY k.municipality_code, u.display_name, k.id`,
      [where.id ?? null, where.municipalityCode ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      municipalityCode: r.municipality_code,
      municipalityName: r.municipality_name,
      userId: r.user_id,
      userDisplayName: r.display_name,
      assignedById: r.assigned_by_id,
      createdAt: r.created_at,
    }));
  }
}
