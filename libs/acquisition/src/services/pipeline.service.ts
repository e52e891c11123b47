import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ConflictError, ConnectionShape, PageArgs, paginate, ValidationError } from '@wsp/common';
import { ContactMomentEntity } from '../entities/contact-moment.entity';
import { EmployerStageChangeEntity } from '../entities/employer-stage-change.entity';
import { EmployerEntity, PipelineStage } from '../entities/employer.entity';
import { decideStageMove, hasReason } from '../domain/pipeline';
import { MoveEmployerStageInput } from '../graphql/crm.inputs';
import { EmployerAccessService } from './employer-access.service';
import { EmployerView, EmployerViewBuilder } from './employer-view';

/** Moves employers through the acquisition pipeline (rules: domain/pipeline.ts). */
@Injectable()
export class PipelineService {
  private readonly logger = new Logger('Acquisition');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EmployerAccessService,
    private readonly views: EmployerViewBuilder,
  ) {}

  /**
   * One move, in one transaction: the employer row is locked (SELECT ... FOR UPDATE), the caller's
   * `fromStage` must still be the current stage (else CONFLICT: someone moved it meanwhile), the
   * rule table decides, then the stage and its history row are written together. Two concurrent
   * moves from the same stage therefore never both apply.
   */
  async move(actor: Actor, input: MoveEmployerStageInput): Promise<EmployerView> {
    const reason = hasReason(input.reason) ? (input.reason as string).trim() : null;
    const moved = await this.dataSource.transaction(async (manager) => {
      const employer = await this.access.getEmployerForManagement(actor, input.employerId, { manager, lock: true });
      if (employer.stage !== input.fromStage) {
        throw new ConflictError('De fase van deze werkgever is intussen gewijzigd; vernieuw de gegevens', {
          field: 'fromStage',
          currentStage: employer.stage,
        });
      }
      const hasContactMoment = await manager.exists(ContactMomentEntity, { where: { employerId: employer.id } });
      const decision = decideStageMove(employer.stage, input.toStage, { hasContactMoment, reason });
      if (!decision.allowed) throw new ValidationError(decision.message, decision.field, { refusal: decision.refusal });

      const result = await manager
        .createQueryBuilder()
        .update(EmployerEntity)
        .set({ stage: input.toStage, lostReason: input.toStage === PipelineStage.LOST ? reason : null })
        .where('id = :id AND version = :version', { id: employer.id, version: employer.version })
        .execute();
      // Cannot happen under the row lock; kept as a guard should the lock ever be removed.
      if (result.affected !== 1) throw new ConflictError('De werkgever is intussen gewijzigd; probeer het opnieuw');
      await manager.insert(EmployerStageChangeEntity, {
        employerId: employer.id,
        fromStage: employer.stage,
        toStage: input.toStage,
        reason,
        changedById: actor.userId,
      });
      return manager.findOneByOrFail(EmployerEntity, { id: employer.id });
    });
    this.logger.log({
      msg: 'employer stage moved',
      employerId: moved.id,
      fromStage: input.fromStage,
      toStage: input.toStage,
      actorId: actor.userId,
    });
    return this.views.one(moved);
  }

  /** Stage history of an employer in chronological order (caller checked CRM access). */
  history(employerId: string, page: PageArgs): Promise<ConnectionShape<EmployerStageChangeEntity>> {
    const qb = this.dataSource
      .getRepository(EmployerStageChangeEntity)
      .createQueryBuilder('s')
      .where('s.employerId = :employerId', { employerId })
      .orderBy('s.changedAt', 'ASC')
      .addOrderBy('s.id', 'ASC');
    return paginate(qb, page);
  }
}
