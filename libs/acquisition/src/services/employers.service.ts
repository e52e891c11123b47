import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, ConflictError, ConnectionShape, ForbiddenError, PageArgs, paginate, Role, ValidationError } from '@wsp/common';
import { ReferenceDataService } from '@wsp/reference-data';
import { EmployerStageChangeEntity } from '../entities/employer-stage-change.entity';
import { EmployerEntity, PipelineStage } from '../entities/employer.entity';
import { normaliseWebsite, validatePso } from '../domain/employer-rules';
import { normaliseKvk, parseKvk } from '../domain/kvk';
import { parseSbiSection } from '../domain/sbi';
import { CreateEmployerInput, EmployerFilterInput, UpdateEmployerInput } from '../graphql/employer.inputs';
import { isCrmReader } from './access';
import { isUniqueViolation } from './db-errors';
import { EmployerAccessService } from './employer-access.service';
import { EmployerView, EmployerViewBuilder } from './employer-view';
import { assertActiveAccountManager } from './staff-users';

type EmployerPatch = Partial<
  Pick<
    EmployerEntity,
    'name' | 'kvkNumber' | 'sbiSection' | 'sizeClass' | 'postcode' | 'inclusiveEmployer' | 'psoLevel' | 'psoExpiresOn' | 'website' | 'notes'
  >
>;

const KVK_CONFLICT = 'Er bestaat al een werkgever met dit KvK-nummer';

function requiredText(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new ValidationError('Dit veld mag niet leeg zijn', field);
  return trimmed;
}

function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Employer records: create, update, owner assignment, lookup and search. */
@Injectable()
export class EmployersService {
  private readonly logger = new Logger('Acquisition');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
    private readonly access: EmployerAccessService,
    private readonly views: EmployerViewBuilder,
  ) {}

  async get(actor: Actor, id: string): Promise<EmployerView> {
    return this.views.one(await this.access.getEmployerForActor(actor, id));
  }

  /** The employer of an EMPLOYER user. */
  async mine(actor: Actor): Promise<EmployerView> {
    if (actor.role !== Role.EMPLOYER || !actor.employerId) throw new ForbiddenError();
    return this.get(actor, actor.employerId);
  }

  /** Search, sorted by name (case-insensitive) then id. Filtering on stage is CRM information (ADMIN/ACCOUNTMANAGER only). */
  async search(actor: Actor, filter: EmployerFilterInput | null | undefined, page: PageArgs): Promise<ConnectionShape<EmployerView>> {
    if (filter?.stage && !isCrmReader(actor)) throw new ForbiddenError('Filteren op fase is voorbehouden aan accountmanagers');
    const qb = this.dataSource.getRepository(EmployerEntity).createQueryBuilder('e');
    const search = filter?.search?.trim();
    if (search) {
      const digits = normaliseKvk(search);
      if (/^[0-9]{1,8}$/.test(digits)) {
        qb.andWhere('(e.name ILIKE :pattern OR e.kvkNumber LIKE :kvkPrefix)', { pattern: `%${escapeLike(search)}%`, kvkPrefix: `${digits}%` });
      } else {
        qb.andWhere('e.name ILIKE :pattern', { pattern: `%${escapeLike(search)}%` });
      }
    }
    if (filter?.municipalityCode) {
      qb.andWhere('e.postcode IN (SELECT p.pc4 FROM postcodes p WHERE p.municipality_code = :municipalityCode)', {
        municipalityCode: filter.municipalityCode.toUpperCase(),
      });
    }
    if (filter?.stage) qb.andWhere('e.stage = :stage', { stage: filter.stage });
    if (filter?.ownerId) qb.andWhere('e.ownerId = :ownerId', { ownerId: filter.ownerId });
    if (filter?.inclusiveEmployer != null) qb.andWhere('e.inclusiveEmployer = :inclusive', { inclusive: filter.inclusiveEmployer });
    // Case-insensitive by name (independent of the database collation), then by id for a total order.
    qb.orderBy('lower(e.name)', 'ASC').addOrderBy('e.name', 'ASC').addOrderBy('e.id', 'ASC');
    const page_ = await paginate(qb, page);
    const nodes = await this.views.many(page_.nodes);
    return { ...page_, nodes, edges: page_.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i] })) };
  }

  async create(actor: Actor, input: CreateEmployerInput): Promise<EmployerView> {
    // Validate everything before writing anything.
    const name = requiredText(input.name, 'name');
    const kvkNumber = parseKvk(input.kvkNumber);
    const sbiSection = parseSbiSection(input.sbiSection);
    const location = await this.referenceData.resolvePostcode(input.postcode, 'postcode');
    const ownerId = await this.ownerForNewEmployer(actor, input.ownerId ?? null);
    const psoLevel = input.psoLevel ?? null;
    const psoExpiresOn = input.psoExpiresOn ?? null;
    validatePso(psoLevel, psoExpiresOn);
    const website = normaliseWebsite(input.website);
    if (await this.dataSource.getRepository(EmployerEntity).exists({ where: { kvkNumber } })) {
      throw new ConflictError(KVK_CONFLICT, { field: 'kvkNumber' });
    }

    let saved: EmployerEntity;
    try {
      saved = await this.dataSource.transaction(async (manager) => {
        const employer = await manager.save(
          manager.create(EmployerEntity, {
            name,
            kvkNumber,
            sbiSection,
            sizeClass: input.sizeClass,
            postcode: location.pc4,
            ownerId,
            stage: PipelineStage.PROSPECT,
            lostReason: null,
            inclusiveEmployer: input.inclusiveEmployer ?? false,
            psoLevel,
            psoExpiresOn,
            website,
            notes: optionalText(input.notes),
          }),
        );
        await manager.insert(EmployerStageChangeEntity, {
          employerId: employer.id,
          fromStage: null,
          toStage: PipelineStage.PROSPECT,
          reason: null,
          changedById: actor.userId,
        });
        return employer;
      });
    } catch (e) {
      // The unique index on kvk_number decides a race between two creations.
      if (isUniqueViolation(e)) throw new ConflictError(KVK_CONFLICT, { field: 'kvkNumber' });
      throw e;
    }
    this.logger.log({ msg: 'employer created', employerId: saved.id, ownerId, actorId: actor.userId });
    return this.views.one(saved);
  }

  async update(actor: Actor, id: string, input: UpdateEmployerInput): Promise<EmployerView> {
    const current = await this.access.getEmployerForManagement(actor, id);
    const patch: EmployerPatch = {};
    if (input.name !== undefined) patch.name = requiredText(input.name, 'name');
    if (input.kvkNumber !== undefined) patch.kvkNumber = parseKvk(input.kvkNumber);
    if (input.sbiSection !== undefined) patch.sbiSection = parseSbiSection(input.sbiSection);
    if (input.sizeClass !== undefined) patch.sizeClass = input.sizeClass;
    if (input.postcode !== undefined) patch.postcode = (await this.referenceData.resolvePostcode(input.postcode, 'postcode')).pc4;
    if (input.inclusiveEmployer !== undefined) patch.inclusiveEmployer = input.inclusiveEmployer;
    if (input.psoLevel !== undefined) patch.psoLevel = input.psoLevel;
    if (input.psoExpiresOn !== undefined) patch.psoExpiresOn = input.psoExpiresOn;
    if (input.website !== undefined) patch.website = normaliseWebsite(input.website);
    if (input.notes !== undefined) patch.notes = optionalText(input.notes);
    validatePso(
      patch.psoLevel !== undefined ? patch.psoLevel : current.psoLevel,
      patch.psoExpiresOn !== undefined ? patch.psoExpiresOn : current.psoExpiresOn,
    );
    const repo = this.dataSource.getRepository(EmployerEntity);
    if (patch.kvkNumber && patch.kvkNumber !== current.kvkNumber && (await repo.exists({ where: { kvkNumber: patch.kvkNumber } }))) {
      throw new ConflictError(KVK_CONFLICT, { field: 'kvkNumber' });
    }
    if (Object.keys(patch).length > 0) {
      try {
        await repo.update({ id }, patch);
      } catch (e) {
        if (isUniqueViolation(e)) throw new ConflictError(KVK_CONFLICT, { field: 'kvkNumber' });
        throw e;
      }
      this.logger.log({ msg: 'employer updated', employerId: id, fields: Object.keys(patch), actorId: actor.userId });
    }
    return this.views.one(await repo.findOneByOrFail({ id }));
  }

  /** Reassigns an employer to another accountmanager (ADMIN only). */
  async assignOwner(actor: Actor, employerId: string, ownerId: string): Promise<EmployerView> {
    if (actor.role !== Role.ADMIN) throw new ForbiddenError();
    return this.dataSource.transaction(async (manager) => {
      const employer = await this.access.getEmployerForManagement(actor, employerId, { manager, lock: true });
      await assertActiveAccountManager(manager, ownerId, 'ownerId');
      if (employer.ownerId !== ownerId) {
        await manager.update(EmployerEntity, { id: employerId }, { ownerId });
        this.logger.log({ msg: 'employer owner assigned', employerId, ownerId, previousOwnerId: employer.ownerId, actorId: actor.userId });
      }
      return this.views.one(await manager.findOneByOrFail(EmployerEntity, { id: employerId }));
    });
  }

  /**
   * ACCOUNTMANAGER: becomes the owner (naming anyone else is reserved for a beheerder).
   * ADMIN: names the owner, an active accountmanager.
   */
  private async ownerForNewEmployer(actor: Actor, requested: string | null): Promise<string> {
    const manager: EntityManager = this.dataSource.manager;
    if (actor.role === Role.ACCOUNTMANAGER) {
      if (requested && requested !== actor.userId) {
        throw new ForbiddenError('Alleen een beheerder kan een werkgever aan een andere accountmanager toewijzen');
      }
      return actor.userId;
    }
    if (actor.role !== Role.ADMIN) throw new ForbiddenError();
    if (!requested) throw new ValidationError('Kies de accountmanager die eigenaar wordt', 'ownerId');
    await assertActiveAccountManager(manager, requested, 'ownerId');
    return requested;
  }
}
