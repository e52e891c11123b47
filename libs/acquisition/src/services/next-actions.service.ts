import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock, ConnectionShape, PageArgs, paginate, todayIn } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { ContactMomentEntity } from '../entities/contact-moment.entity';
import { EmployerEntity } from '../entities/employer.entity';
import { ActionsFilter, actionsFilterSql, classifyNextAction, NextActionStatus } from '../domain/next-action';
import { ContactMomentType } from '../entities/contact-moment.entity';

export interface NextActionView {
  contactMomentId: string;
  employerId: string;
  employerName: string;
  action: string;
  dueOn: string;
  status: NextActionStatus;
  assigneeId: string;
  contactMomentType: ContactMomentType;
  occurredAt: Date;
}

/** Open next actions per assignee, judged against today in the WSP's time zone. */
@Injectable()
export class NextActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  today(): string {
    return todayIn(this.config.timeZone, this.clock.now());
  }

  /** Open actions of `assigneeId` matching `filter`, earliest due date first. */
  async openActions(assigneeId: string, filter: ActionsFilter, page: PageArgs): Promise<ConnectionShape<NextActionView>> {
    const today = this.today();
    const qb = this.dataSource
      .getRepository(ContactMomentEntity)
      .createQueryBuilder('c')
      .where('c.nextActionAssigneeId = :assigneeId', { assigneeId })
      .andWhere('c.nextAction IS NOT NULL')
      .andWhere('c.nextActionCompletedAt IS NULL');
    const dueCondition = actionsFilterSql('c.nextActionDueOn', filter);
    if (dueCondition) qb.andWhere(dueCondition, { today });
    qb.orderBy('c.nextActionDueOn', 'ASC').addOrderBy('c.occurredAt', 'ASC').addOrderBy('c.id', 'ASC');
    const result = await paginate(qb, page);

    const employerIds = [...new Set(result.nodes.map((c) => c.employerId))];
    const employers = employerIds.length
      ? await this.dataSource.getRepository(EmployerEntity).find({ where: { id: In(employerIds) }, select: { id: true, name: true } })
      : [];
    const names = new Map(employers.map((e) => [e.id, e.name]));
    const toView = (c: ContactMomentEntity): NextActionView => ({
      contactMomentId: c.id,
      employerId: c.employerId,
      employerName: names.get(c.employerId) ?? '',
      action: c.nextAction as string,
      dueOn: c.nextActionDueOn as string,
      status: classifyNextAction(c.nextActionDueOn as string, today),
      assigneeId: c.nextActionAssigneeId as string,
      contactMomentType: c.type,
      occurredAt: c.occurredAt,
    });
    const nodes = result.nodes.map(toView);
    return { ...result, nodes, edges: result.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
  }
}
