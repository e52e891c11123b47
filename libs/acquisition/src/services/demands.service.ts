import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Clock, ConnectionShape, isIsoDate, NotFoundError, PageArgs, paginate, todayIn, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { ReferenceDataService } from '@wsp/reference-data';
import { DemandStatus, EmployerDemandEntity } from '../entities/employer-demand.entity';
import { canChangeDemandStatus, isFinalDemandStatus } from '../domain/demand-status';
import { CreateEmployerDemandInput, UpdateEmployerDemandInput } from '../graphql/crm.inputs';
import { isUuid } from './access';
import { EmployerAccessService } from './employer-access.service';

/** Werkgeversvragen (employer demands) and their lifecycle (domain/demand-status.ts). */
@Injectable()
export class DemandsService {
  private readonly logger = new Logger('Acquisition');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EmployerAccessService,
    private readonly referenceData: ReferenceDataService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(EmployerDemandEntity);
  }

  /** A demand the actor may read (same rule as its employer). */
  async get(actor: Actor, id: string): Promise<EmployerDemandEntity> {
    const demand = isUuid(id) ? await this.repo.findOneBy({ id }) : null;
    if (!demand) throw new NotFoundError('Werkgeversvraag', id);
    await this.access.getEmployerForActor(actor, demand.employerId);
    return demand;
  }

  /** Demands of an employer the caller may read, newest first. */
  listForEmployer(employerId: string, status: DemandStatus | null | undefined, page: PageArgs): Promise<ConnectionShape<EmployerDemandEntity>> {
    const qb = this.repo.createQueryBuilder('d').where('d.employerId = :employerId', { employerId });
    if (status) qb.andWhere('d.status = :status', { status });
    qb.orderBy('d.createdAt', 'DESC').addOrderBy('d.id', 'ASC');
    return paginate(qb, page);
  }

  async create(actor: Actor, input: CreateEmployerDemandInput): Promise<EmployerDemandEntity> {
    const employer = await this.access.getEmployerForManagement(actor, input.employerId);
    const title = this.title(input.title);
    this.assertStartFrom(input.startFrom);
    if (input.occupationId) await this.referenceData.assertOccupationExists(input.occupationId, 'occupationId');
    const saved = await this.repo.save(
      this.repo.create({
        employerId: employer.id,
        title,
        occupationId: input.occupationId ?? null,
        numberOfPeople: input.numberOfPeople,
        startFrom: input.startFrom,
        status: DemandStatus.OPEN,
        notes: input.notes?.trim() || null,
        createdById: actor.userId,
      }),
    );
    this.logger.log({ msg: 'employer demand created', employerId: employer.id, demandId: saved.id, actorId: actor.userId });
    return saved;
  }

  async update(actor: Actor, id: string, input: UpdateEmployerDemandInput): Promise<EmployerDemandEntity> {
    const current = await this.forManagement(actor, id);
    if (isFinalDemandStatus(current.status)) {
      throw new ValidationError('Een afgeronde of geannuleerde vraag kan niet meer worden gewijzigd', 'id');
    }
    const patch: Partial<Pick<EmployerDemandEntity, 'title' | 'occupationId' | 'numberOfPeople' | 'startFrom' | 'notes'>> = {};
    if (input.title !== undefined) patch.title = this.title(input.title);
    if (input.occupationId !== undefined) {
      if (input.occupationId) await this.referenceData.assertOccupationExists(input.occupationId, 'occupationId');
      patch.occupationId = input.occupationId;
    }
    if (input.numberOfPeople !== undefined) patch.numberOfPeople = input.numberOfPeople;
    if (input.startFrom !== undefined && input.startFrom !== current.startFrom) {
      this.assertStartFrom(input.startFrom);
      patch.startFrom = input.startFrom;
    }
    if (input.notes !== undefined) patch.notes = input.notes?.trim() || null;
    if (Object.keys(patch).length > 0) {
      await this.repo.update({ id }, patch);
      this.logger.log({ msg: 'employer demand updated', employerId: current.employerId, demandId: id, fields: Object.keys(patch), actorId: actor.userId });
    }
    return this.repo.findOneByOrFail({ id });
  }

  /** Status change under a row lock, so that two concurrent changes are judged one after the other. */
  async changeStatus(actor: Actor, id: string, status: DemandStatus): Promise<EmployerDemandEntity> {
    const current = await this.forManagement(actor, id);
    const { updated, from } = await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(EmployerDemandEntity, { where: { id: current.id }, lock: { mode: 'pessimistic_write' } });
      if (!canChangeDemandStatus(locked.status, status)) {
        throw new ValidationError(`Een vraag met status ${locked.status} kan niet naar ${status}`, 'status', { currentStatus: locked.status });
      }
      await manager.update(EmployerDemandEntity, { id: locked.id }, { status });
      return { updated: await manager.findOneByOrFail(EmployerDemandEntity, { id: locked.id }), from: locked.status };
    });
    this.logger.log({ msg: 'employer demand status changed', employerId: current.employerId, demandId: id, from, to: status, actorId: actor.userId });
    return updated;
  }

  private async forManagement(actor: Actor, id: string): Promise<EmployerDemandEntity> {
    const demand = isUuid(id) ? await this.repo.findOneBy({ id }) : null;
    if (!demand) throw new NotFoundError('Werkgeversvraag', id);
    await this.access.getEmployerForManagement(actor, demand.employerId);
    return demand;
  }

  private title(value: string): string {
    const title = value.trim();
    if (!title) throw new ValidationError('Geef de vraag een titel', 'title');
    return title;
  }

  /** A demand starts today or later (a date in the past is a typing error). */
  private assertStartFrom(startFrom: string): void {
    if (!isIsoDate(startFrom)) throw new ValidationError('Ongeldige datum (gebruik JJJJ-MM-DD)', 'startFrom');
    if (startFrom < todayIn(this.config.timeZone, this.clock.now())) {
      throw new ValidationError('De startdatum kan niet in het verleden liggen', 'startFrom');
    }
  }
}
