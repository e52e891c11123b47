import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isIsoDate, NotFoundError, ValidationError } from '@wsp/common';
import { MatchPreviewProfile } from '@wsp/matching';
import { ReferenceDataService } from '@wsp/reference-data';
import { assertHours, assertLoonwaarde, normalizeSkills } from '@wsp/vacancies';
import { SroiDraftVacancyInput } from '../graphql/draft.inputs';

export interface DraftProfile {
  profile: MatchPreviewProfile;
  occupationLabel: string;
}

/**
 * A draft vacancy (not saved) checked with the rules of a real vacancy (libs/vacancies: hours 1-60
 * with min ≤ max, Arbeidstijdenwet art. 5:7; minimum loonwaarde only with LKS, Participatiewet
 * art. 10d; unique skills) and the reference data (the ESCO occupation and skills exist, the PC4
 * exists: its centroid is the work location, defaulting to the contractor's address), turned into
 * the matching profile of job `match.preview`. Reads reference data only; writes nothing.
 */
@Injectable()
export class DraftProfileBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
  ) {}

  async build(contractorId: string, draft: SroiDraftVacancyInput): Promise<DraftProfile> {
    assertHours(draft.hoursMin, draft.hoursMax);
    const openToLks = draft.openToLks ?? false;
    const minLoonwaarde = draft.minLoonwaarde ?? null;
    assertLoonwaarde(openToLks, minLoonwaarde);
    const startDate = draft.startDate ?? null;
    if (startDate !== null && !isIsoDate(startDate)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', 'startDate');
    const skills = normalizeSkills(draft.skills ?? []);
    if (new Set(skills.map((s) => s.skillId)).size !== skills.length) throw new ValidationError('Een vaardigheid staat er meer dan eens in', 'skills');

    const occupation = await this.referenceData.requireOccupation(draft.occupationId, 'occupationId');
    if (skills.length > 0) await this.referenceData.assertSkillsExist(skills.map((s) => s.skillId), 'skills');
    const place = await this.referenceData.resolvePostcode(draft.postcode ?? (await this.contractorPostcode(contractorId)), 'postcode');

    return {
      profile: {
        occupation: { id: occupation.id, iscoGroup: occupation.iscoGroup },
        location: { lat: place.latitude, lon: place.longitude },
        hoursMin: draft.hoursMin,
        hoursMax: draft.hoursMax,
        startDate,
        drivingLicenceRequired: draft.drivingLicenceRequired ?? false,
        educationLevel: draft.educationLevel ?? null,
        essentialSkillIds: skills.filter((s) => s.essential).map((s) => s.skillId),
        optionalSkillIds: skills.filter((s) => !s.essential).map((s) => s.skillId),
        openToLks,
        minLoonwaarde,
        beschut: draft.beschut ?? false,
      },
      occupationLabel: occupation.labelNl,
    };
  }

  private async contractorPostcode(contractorId: string): Promise<string> {
    const [row] = await this.dataSource.query<{ postcode: string }[]>('SELECT postcode FROM employers WHERE id = $1', [contractorId]);
    if (!row) throw new NotFoundError('Werkgever', contractorId);
    return row.postcode;
  }
}
