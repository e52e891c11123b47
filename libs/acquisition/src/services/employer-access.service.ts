import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, ForbiddenError, NotFoundError } from '@wsp/common';
import { EmployerEntity } from '../entities/employer.entity';
import { canManageEmployer, canReadEmployer, CRM_ROLES, isUuid } from './access';

/**
 * Loads employers with the ownership checks applied. Reused by other contexts (vacancies) that
 * attach data to an employer.
 */
@Injectable()
export class EmployerAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * An employer the actor may read: every employer for WSP staff, only their own for an EMPLOYER
   * user (FORBIDDEN otherwise, checked before existence so that ids cannot be probed).
   */
  async getEmployerForActor(actor: Actor, employerId: string, manager?: EntityManager): Promise<EmployerEntity> {
    if (!canReadEmployer(actor, employerId)) throw new ForbiddenError();
    return this.load(employerId, manager ?? this.dataSource.manager, false);
  }

  /**
   * An employer the actor may change: ADMIN, or the ACCOUNTMANAGER who owns it. With `lock` (inside
   * a transaction) the row is read with SELECT ... FOR UPDATE, serialising concurrent changes.
   */
  async getEmployerForManagement(
    actor: Actor,
    employerId: string,
    opts: { manager?: EntityManager; lock?: boolean } = {},
  ): Promise<EmployerEntity> {
    if (!CRM_ROLES.includes(actor.role)) throw new ForbiddenError();
    const employer = await this.load(employerId, opts.manager ?? this.dataSource.manager, opts.lock ?? false);
    if (!canManageEmployer(actor, employer)) {
      throw new ForbiddenError('Alleen de eigenaar van deze werkgever of een beheerder kan dit wijzigen');
    }
    return employer;
  }

  private async load(employerId: string, manager: EntityManager, lock: boolean): Promise<EmployerEntity> {
    if (!isUuid(employerId)) throw new NotFoundError('Werkgever', employerId);
    const employer = await manager.findOne(EmployerEntity, {
      where: { id: employerId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!employer) throw new NotFoundError('Werkgever', employerId);
    return employer;
  }
}
