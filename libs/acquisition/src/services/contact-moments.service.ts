import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Actor, Clock, ConflictError, ConnectionShape, ForbiddenError, NotFoundError, PageArgs, paginate, Role, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { ContactMomentEntity } from '../entities/contact-moment.entity';
import { EmployerContactEntity } from '../entities/employer-contact.entity';
import { validateContactMomentTiming } from '../domain/next-action';
import { RecordContactMomentInput } from '../graphql/crm.inputs';
import { canManageEmployer, isUuid } from './access';
import { EmployerAccessService } from './employer-access.service';
import { assertActiveActionAssignee } from './staff-users';

/**
 * Contact moments with their next actions. Recording a contact moment never changes the
 * employer's pipeline stage (not even the first one while PROSPECT): stage moves are always
 * explicit, see PipelineService. A recorded contact moment does unlock skipping stages ahead.
 */
@Injectable()
export class ContactMomentsService {
  private readonly logger = new Logger('Acquisition');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EmployerAccessService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async record(actor: Actor, input: RecordContactMomentInput): Promise<ContactMomentEntity> {
    const employer = await this.access.getEmployerForManagement(actor, input.employerId);
    validateContactMomentTiming(input, this.clock.now(), this.config.timeZone);
    const nextAction = input.nextAction?.trim() || null;
    const outcome = input.outcome.trim();
    if (!outcome) throw new ValidationError('Beschrijf de uitkomst van het contact', 'outcome');
    const manager = this.dataSource.manager;
    if (input.contactPersonId) {
      const belongs = await manager.exists(EmployerContactEntity, { where: { id: input.contactPersonId, employerId: employer.id } });
      if (!belongs) throw new ValidationError('Deze contactpersoon hoort niet bij deze werkgever', 'contactPersonId');
    }
    let assigneeId: string | null = null;
    if (nextAction) {
      assigneeId = input.nextActionAssigneeId ?? employer.ownerId;
      if (input.nextActionAssigneeId) await assertActiveActionAssignee(manager, assigneeId, 'nextActionAssigneeId');
    }
    const saved = await manager.save(
      manager.create(ContactMomentEntity, {
        employerId: employer.id,
        type: input.type,
        occurredAt: input.occurredAt,
        contactPersonId: input.contactPersonId ?? null,
        outcome,
        nextAction,
        nextActionDueOn: nextAction ? (input.nextActionDueOn ?? null) : null,
        nextActionAssigneeId: assigneeId,
        nextActionCompletedAt: null,
        recordedById: actor.userId,
      }),
    );
    this.logger.log({
      msg: 'contact moment recorded',
      employerId: employer.id,
      contactMomentId: saved.id,
      type: saved.type,
      hasNextAction: nextAction !== null,
      actorId: actor.userId,
    });
    return saved;
  }

  /**
   * Marks a next action done. Allowed for its assignee, the employer's owner and ADMIN. The
   * conditional update makes a double completion a CONFLICT instead of overwriting the time.
   */
  async completeNextAction(actor: Actor, contactMomentId: string): Promise<ContactMomentEntity> {
    const repo = this.dataSource.getRepository(ContactMomentEntity);
    const moment = isUuid(contactMomentId) ? await repo.findOneBy({ id: contactMomentId }) : null;
    if (!moment) throw new NotFoundError('Contactmoment', contactMomentId);
    const employer = await this.access.getEmployerForActor(actor, moment.employerId);
    const isAssignee = actor.role === Role.ACCOUNTMANAGER && moment.nextActionAssigneeId === actor.userId;
    if (!isAssignee && !canManageEmployer(actor, employer)) throw new ForbiddenError();
    if (!moment.nextAction) throw new ValidationError('Dit contactmoment heeft geen vervolgactie', 'contactMomentId');
    const result = await repo.update({ id: moment.id, nextActionCompletedAt: IsNull() }, { nextActionCompletedAt: this.clock.now() });
    if (result.affected !== 1) throw new ConflictError('Deze vervolgactie is al afgerond');
    this.logger.log({ msg: 'next action completed', employerId: moment.employerId, contactMomentId: moment.id, actorId: actor.userId });
    return repo.findOneByOrFail({ id: moment.id });
  }

  /** Contact moments of an employer, newest first (caller checked CRM access). */
  listForEmployer(employerId: string, page: PageArgs): Promise<ConnectionShape<ContactMomentEntity>> {
    const qb = this.dataSource
      .getRepository(ContactMomentEntity)
      .createQueryBuilder('c')
      .where('c.employerId = :employerId', { employerId })
      .orderBy('c.occurredAt', 'DESC')
      .addOrderBy('c.id', 'ASC');
    return paginate(qb, page);
  }
}
