import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '@wsp/auth';
import { Clock, todayIn } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { ReferenceDataService } from '@wsp/reference-data';
import { CandidateEntity } from '../entities/candidate.entity';
import { AnonymisedCandidate } from '../domain/anonymised';
import { Doelgroep, doelgroepOn } from '../domain/doelgroep';
import { AnonymisedCandidateService } from '../services/anonymised-candidate.service';
import { AssessmentWithCurrent, LoonwaardeService } from '../services/loonwaarde.service';
import { CANDIDATE_READERS } from './candidate.resolver';
import {
  AnonymisedCandidateModel,
  CandidateHomeAreaModel,
  CandidateModel,
  CandidateOccupationModel,
  CandidateSkillModel,
  LoonwaardeAssessmentModel,
} from './candidate.models';

/**
 * Derived and linked fields of a Candidate. The parent was already authorised by the operation
 * that returned it; none of these fields is identifying.
 */
@Resolver(() => CandidateModel)
export class CandidateFieldsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
    private readonly loonwaarde: LoonwaardeService,
    private readonly anonymisedProfiles: AnonymisedCandidateService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Roles(...CANDIDATE_READERS)
  @ResolveField(() => Doelgroep, { nullable: true, description: 'Afgeleid van de actuele loonwaarde (of ZORG); null = onbekend' })
  doelgroep(@Parent() c: CandidateEntity): Doelgroep | null {
    return doelgroepOn(c.currentLoonwaarde, c.zorg, todayIn(this.config.timeZone, this.clock.now()));
  }

  @Roles(...CANDIDATE_READERS)
  @ResolveField(() => CandidateHomeAreaModel, { description: 'Woonplaats en gemeente van de PC4' })
  homeArea(@Parent() c: CandidateEntity): Promise<CandidateHomeAreaModel> {
    return this.referenceData.resolvePostcode(c.homePostcode, 'homePostcode');
  }

  @Roles(...CANDIDATE_READERS)
  @ResolveField(() => [CandidateOccupationModel], { description: 'Gewenste beroepen (ESCO)' })
  wishedOccupations(@Parent() c: CandidateEntity): Promise<CandidateOccupationModel[]> {
    return this.dataSource.query<CandidateOccupationModel[]>(
      `SELECT o.id, o.concept_uri AS "conceptUri", o.label_nl AS "labelNl", o.isco_group AS "iscoGroup"
         FROM candidate_occupations co JOIN esco_occupations o ON o.id = co.occupation_id
        WHERE co.candidate_id = $1 ORDER BY o.label_nl, o.id`,
      [c.id],
    );
  }

  @Roles(...CANDIDATE_READERS)
  @ResolveField(() => [CandidateSkillModel], { nullable: true, description: 'Vaardigheden (ESCO); null = nog niet vastgelegd, [] = vastgelegd: geen' })
  async skills(@Parent() c: CandidateEntity): Promise<CandidateSkillModel[] | null> {
    if (!c.skillsKnown) return null;
    return this.dataSource.query<CandidateSkillModel[]>(
      `SELECT s.id, s.concept_uri AS "conceptUri", s.label_en AS "labelEn"
         FROM candidate_skills cs JOIN esco_skills s ON s.id = cs.skill_id
        WHERE cs.candidate_id = $1 ORDER BY s.label_en, s.id`,
      [c.id],
    );
  }

  @Roles(...CANDIDATE_READERS)
  @ResolveField(() => LoonwaardeAssessmentModel, { nullable: true, description: 'De actuele loonwaardevaststelling' })
  currentLoonwaardeAssessment(@Parent() c: CandidateEntity): Promise<AssessmentWithCurrent | null> {
    return this.loonwaarde.current(c.id);
  }

  @Roles(...CANDIDATE_READERS)
  @ResolveField(() => AnonymisedCandidateModel, { description: 'Wat werkgevers en accountmanagers van deze kandidaat zien' })
  async anonymised(@Parent() c: CandidateEntity): Promise<AnonymisedCandidate> {
    const profile = await this.anonymisedProfiles.forCandidate(c.id);
    if (!profile) throw new Error(`anonymised profile missing for candidate ${c.id}`);
    return profile;
  }
}
