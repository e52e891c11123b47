import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ConnectionShape, decodeCursor, MAX_PAGE_SIZE, PageArgs, toConnection, ValidationError } from '@wsp/common';
import { ContactMomentEntity } from '../entities/contact-moment.entity';
import { EmployerDemandEntity } from '../entities/employer-demand.entity';
import { EmployerStageChangeEntity } from '../entities/employer-stage-change.entity';
import { TimelineEntry, TimelineKind } from '../graphql/crm.models';

interface TimelineRow {
  kind: TimelineKind;
  id: string;
  at: Date;
}

/**
 * The timeline of an employer: contact moments (at = occurredAt), stage changes (at = changedAt)
 * and demand creations (at = createdAt), oldest first. Ties are broken by kind and id so that
 * pages are stable. Paginated in SQL; only the rows of one page are loaded.
 */
@Injectable()
export class TimelineService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Caller checked CRM access to the employer. */
  async forEmployer(employerId: string, page: PageArgs): Promise<ConnectionShape<TimelineEntry>> {
    const limit = page.first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new ValidationError(`first moet tussen 1 en ${MAX_PAGE_SIZE} liggen`, 'first');
    }
    const offset = page.after ? decodeCursor(page.after) + 1 : 0;
    const union = `
      SELECT '${TimelineKind.CONTACT_MOMENT}' AS kind, id, occurred_at AS at FROM contact_moments WHERE employer_id = $1
      UNION ALL
      SELECT '${TimelineKind.STAGE_CHANGE}', id, changed_at FROM employer_stage_changes WHERE employer_id = $1
      UNION ALL
      SELECT '${TimelineKind.DEMAND_CREATED}', id, created_at FROM employer_demands WHERE employer_id = $1`;
    const [rows, counts] = await Promise.all([
      this.dataSource.query<TimelineRow[]>(`SELECT kind, id, at FROM (${union}) t ORDER BY at, kind, id LIMIT $2 OFFSET $3`, [
        employerId,
        limit,
        offset,
      ]),
      this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM (${union}) t`, [employerId]),
    ]);
    const idsOf = (kind: TimelineKind) => rows.filter((r) => r.kind === kind).map((r) => r.id);
    const [moments, changes, demands] = await Promise.all([
      this.byIds(ContactMomentEntity, idsOf(TimelineKind.CONTACT_MOMENT)),
      this.byIds(EmployerStageChangeEntity, idsOf(TimelineKind.STAGE_CHANGE)),
      this.byIds(EmployerDemandEntity, idsOf(TimelineKind.DEMAND_CREATED)),
    ]);
    const entries = rows.map((row): TimelineEntry => {
      const at = new Date(row.at);
      switch (row.kind) {
        case TimelineKind.CONTACT_MOMENT:
          return { kind: row.kind, id: row.id, at, contactMoment: moments.get(row.id) as ContactMomentEntity };
        case TimelineKind.STAGE_CHANGE:
          return { kind: row.kind, id: row.id, at, stageChange: changes.get(row.id) as EmployerStageChangeEntity };
        case TimelineKind.DEMAND_CREATED:
          return { kind: row.kind, id: row.id, at, demand: demands.get(row.id) as EmployerDemandEntity };
      }
    });
    return toConnection(entries, counts[0]?.total ?? 0, offset);
  }

  private async byIds<T extends { id: string }>(
    entity: new () => T,
    ids: string[],
  ): Promise<Map<string, T>> {
    if (ids.length === 0) return new Map();
    const found = await this.dataSource.getRepository(entity).findBy({ id: In(ids) } as never);
    return new Map(found.map((e) => [e.id, e]));
  }
}
