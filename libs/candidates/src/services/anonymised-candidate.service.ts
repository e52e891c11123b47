import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, EducationLevel, todayIn } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { LksStatus } from '../entities/candidate.entity';
import { AnonymisedCandidate, buildAnonymisedCandidate } from '../domain/anonymised';
import { isUuid } from './candidate-store';

interface Row {
  id: string;
  pseudonym: string;
  municipalityName: string;
  dateOfBirth: string | null;
  skillsKnown: boolean;
  educationLevel: EducationLevel | null;
  hoursMin: number;
  hoursMax: number;
  drivingLicence: boolean;
  lksStatus: LksStatus;
  currentLoonwaarde: number | null;
  doelgroepregister: boolean;
  occupationLabels: string[];
  skillLabels: string[];
}

/**
 * Anonymised profiles for employers and accountmanagers (through matches). Reads only the
 * columns the pure builder may use; callers decide who may see which candidate (for example only
 * candidates visible for matching).
 */
@Injectable()
export class AnonymisedCandidateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forCandidates(ids: readonly string[]): Promise<Map<string, AnonymisedCandidate>> {
    const wanted = [...new Set(ids)].filter(isUuid);
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.query<Row[]>(
      `SELECT c.id, c.pseudonym, m.name AS "municipalityName", to_char(c.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
              c.skills_known AS "skillsKnown", c.education_level AS "educationLevel", c.hours_min AS "hoursMin",
              c.hours_max AS "hoursMax", c.driving_licence AS "drivingLicence", c.lks_status AS "lksStatus",
              c.current_loonwaarde AS "currentLoonwaarde", c.doelgroepregister,
              ARRAY(SELECT o.label_nl FROM candidate_occupations co JOIN esco_occupations o ON o.id = co.occupation_id
                     WHERE co.candidate_id = c.id) AS "occupationLabels",
              ARRAY(SELECT s.label_en FROM candidate_skills cs JOIN esco_skills s ON s.id = cs.skill_id
                     WHERE cs.candidate_id = c.id) AS "skillLabels"
         FROM candidates c
         JOIN postcodes p ON p.pc4 = c.home_postcode
         JOIN municipalities m ON m.code = p.municipality_code
        WHERE c.id = ANY($1::uuid[])`,
      [wanted],
    );
    const today = todayIn(this.config.timeZone, this.clock.now());
    return new Map(rows.map((r) => [r.id, buildAnonymisedCandidate(r, today)]));
  }

  async forCandidate(id: string): Promise<AnonymisedCandidate | null> {
    return (await this.forCandidates([id])).get(id) ?? null;
  }
}
