import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isIsoDate } from '@wsp/common';
import { recordEvents } from '@wsp/events';
import { VacancyChangeKind, VacancyStatus } from './entities';
import { VACANCY_TRANSITIONS } from './domain/vacancy-lifecycle';
import { recordHistory, vacancyEvent } from './vacancy-journal';

export const EXPIRY_REASON = 'Sluitingsdatum verstreken';

/**
 * The scheduled OPEN → EXPIRED move (worker job `vacancy.expire`). One UPDATE ... WHERE
 * status = 'OPEN' claims the due vacancies and returns them; history rows (changedBy null: the
 * system) and `vacancy.expired` events follow in the same transaction. A concurrent or repeated
 * run blocks on the claimed rows and then finds them no longer OPEN, so every vacancy expires,
 * and is recorded, exactly once.
 */
@Injectable()
export class VacancyExpiryService {
  private readonly logger = new Logger('VacancyExpiry');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Expires OPEN vacancies whose closing date is before `today` (YYYY-MM-DD); returns how many. */
  async expireDue(today: string): Promise<number> {
    if (!isIsoDate(today)) throw new Error(`expireDue needs a YYYY-MM-DD date, got ${today}`);
    // The transition table is the source of truth; fail loudly if someone removes this move.
    if (VACANCY_TRANSITIONS[VacancyStatus.OPEN][VacancyStatus.EXPIRED]?.by !== 'SYSTEM') {
      throw new Error('OPEN → EXPIRED is not a system transition');
    }
    const expired = await this.dataSource.transaction(async (manager) => {
      // A CTE so that the driver returns the rows (a bare UPDATE ... RETURNING comes back as [rows, count]).
      const rows = await manager.query<{ id: string; employer_id: string }[]>(
        `WITH expired AS (
           UPDATE vacancies
              SET status = 'EXPIRED', closed_at = now(), status_reason = $2, updated_at = now(), version = version + 1
            WHERE status = 'OPEN' AND closing_date < $1::date
        RETURNING id, employer_id)
         SELECT id, employer_id FROM expired ORDER BY id`,
        [today, EXPIRY_REASON],
      );
      await recordHistory(
        manager,
        rows.map((r) => r.id),
        { kind: VacancyChangeKind.STATUS, fromStatus: VacancyStatus.OPEN, toStatus: VacancyStatus.EXPIRED, reason: EXPIRY_REASON, changedById: null },
      );
      await recordEvents(
        manager,
        rows.map((r) => vacancyEvent('vacancy.expired', { id: r.id, employerId: r.employer_id }, { fromStatus: VacancyStatus.OPEN })),
      );
      return rows.length;
    });
    this.logger.log({ msg: 'vacancies expired', today, expired });
    return expired;
  }
}
