import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EmployerDemandEntity, EmployerEntity } from '@wsp/acquisition';
import { Actor, Clock, todayIn, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { recordEvents } from '@wsp/events';
import { ReferenceDataService } from '@wsp/reference-data';
import { VacancyChangeKind, VacancyEntity, VacancyStatus } from './entities';
import { assertCanManage, employerForNewVacancy } from './domain/vacancy-access';
import { diffVacancy, FieldChanges, matchingAspects } from './domain/vacancy-diff';
import { normalizeSkills, VacancyFields } from './domain/vacancy-fields';
import { assertEditable } from './domain/vacancy-lifecycle';
import { applyPatch, assertClosingDateNotPast, assertValidVacancyFields, VacancyPatch } from './domain/vacancy-rules';
import { CreateVacancyInput, UpdateVacancyInput } from './graphql/vacancy.inputs';
import { assertVersion, fieldsOf, findVacancy, isUuid, loadSkills, lockVacancy, recordHistory, replaceSkills, vacancyEvent } from './vacancy-journal';

/** Creating and editing the content of vacancies (status moves: VacancyLifecycleService). */
@Injectable()
export class VacancyWriteService {
  private readonly logger = new Logger('VacancyWrite');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new DRAFT vacancy with a CREATED history row. Drafts are not matched: no event. */
  async create(actor: Actor, input: CreateVacancyInput): Promise<VacancyEntity> {
    const employerId = employerForNewVacancy(actor, input.employerId);
    const employer = isUuid(employerId) ? await this.dataSource.getRepository(EmployerEntity).findOneBy({ id: employerId }) : null;
    if (!employer) throw new ValidationError('Onbekende werkgever', 'employerId');

    const givenSkills = input.skills ?? [];
    if (input.prefillSkillsFromOccupation && givenSkills.length > 0) {
      throw new ValidationError('Geef vaardigheden op of neem ze over van het beroep, niet allebei', 'prefillSkillsFromOccupation');
    }
    const fields: VacancyFields = {
      title: input.title.trim(),
      description: input.description.trim(),
      occupationId: input.occupationId,
      skills: normalizeSkills(givenSkills),
      educationLevel: input.educationLevel ?? null,
      drivingLicenceRequired: input.drivingLicenceRequired ?? false,
      hoursMin: input.hoursMin,
      hoursMax: input.hoursMax,
      contractType: input.contractType,
      startDate: input.startDate ?? null,
      closingDate: input.closingDate ?? null,
      wageMinCents: input.wageMinCents ?? null,
      wageMaxCents: input.wageMaxCents ?? null,
      postcode: input.postcode != null ? await this.pc4(input.postcode) : employer.postcode,
      numberOfPlaces: input.numberOfPlaces ?? 1,
      demandId: input.demandId ?? null,
      openToLks: input.openToLks ?? false,
      minLoonwaarde: input.minLoonwaarde ?? null,
      proefplaatsPossible: input.proefplaatsPossible ?? false,
      jobcarvingPossible: input.jobcarvingPossible ?? false,
      beschut: input.beschut ?? false,
    };
    assertValidVacancyFields(fields);
    await this.checkReferences(fields, employerId, null);
    if (input.prefillSkillsFromOccupation) {
      // ESCO's essential and optional skills of the occupation, as a starting point to edit.
      fields.skills = normalizeSkills(await this.referenceData.skillsOfOccupation(fields.occupationId));
    }

    const id = await this.dataSource.transaction(async (manager) => {
      const { skills, ...columns } = fields;
      const inserted = await manager.insert(VacancyEntity, { ...columns, employerId, status: VacancyStatus.DRAFT, createdById: actor.userId });
      const vacancyId = (inserted.identifiers[0] as { id: string }).id;
      await replaceSkills(manager, vacancyId, skills);
      await recordHistory(manager, [vacancyId], { kind: VacancyChangeKind.CREATED, toStatus: VacancyStatus.DRAFT, changedById: actor.userId });
      return vacancyId;
    });
    this.logger.log({ msg: 'vacancy created', vacancyId: id, employerId });
    return this.dataSource.getRepository(VacancyEntity).findOneByOrFail({ id });
  }

  /**
   * Edits a DRAFT or OPEN vacancy. For an OPEN vacancy every change is kept in the history and,
   * when it touches what matching looks at, a `vacancy.changed` event names the aspects. Drafts
   * are work in progress: neither history nor events. A stale expectedVersion is a CONFLICT.
   */
  async update(actor: Actor, input: UpdateVacancyInput): Promise<VacancyEntity> {
    const { id, expectedVersion, ...rest } = input;
    const patch: VacancyPatch = {
      ...rest,
      title: typeof rest.title === 'string' ? rest.title.trim() : rest.title,
      description: typeof rest.description === 'string' ? rest.description.trim() : rest.description,
      // null clears the skills (same as an empty list)
      skills: rest.skills === undefined ? undefined : normalizeSkills(rest.skills ?? []),
    };

    // Validate against the current state first, so that invalid input never opens a write.
    const current = await findVacancy(this.dataSource.manager, id);
    assertCanManage(actor, current.employerId);
    assertVersion(current, expectedVersion);
    assertEditable(current.status);
    if (typeof patch.postcode === 'string') patch.postcode = await this.pc4(patch.postcode);
    const before = fieldsOf(current, await loadSkills(this.dataSource.manager, id));
    const after = applyPatch(before, patch);
    const changes = diffVacancy(before, after);
    if (Object.keys(changes).length === 0) return current;
    await this.validateChange(current, after, changes);

    await this.dataSource.transaction(async (manager) => {
      const vacancy = await lockVacancy(manager, id);
      assertCanManage(actor, vacancy.employerId);
      assertVersion(vacancy, expectedVersion);
      assertEditable(vacancy.status);
      if (vacancy.status !== current.status) await this.validateChange(vacancy, after, changes);

      const { skills, ...columns } = after;
      // Always an UPDATE (also for skill-only changes) so the version moves on.
      await manager.update(VacancyEntity, { id }, columns);
      if (changes.skills) await replaceSkills(manager, id, skills);
      if (vacancy.status === VacancyStatus.OPEN) {
        await recordHistory(manager, [id], { kind: VacancyChangeKind.UPDATED, changes, changedById: actor.userId });
        const aspects = matchingAspects(changes);
        if (aspects.length) await recordEvents(manager, [vacancyEvent('vacancy.changed', vacancy, { changedFields: aspects })]);
      }
    });
    this.logger.log({ msg: 'vacancy updated', vacancyId: id, fields: Object.keys(changes) });
    return this.dataSource.getRepository(VacancyEntity).findOneByOrFail({ id });
  }

  private async pc4(postcode: string): Promise<string> {
    return (await this.referenceData.resolvePostcode(postcode, 'postcode')).pc4;
  }

  private async validateChange(vacancy: VacancyEntity, after: VacancyFields, changes: FieldChanges): Promise<void> {
    assertValidVacancyFields(after);
    if (vacancy.status === VacancyStatus.OPEN && changes.closingDate) {
      assertClosingDateNotPast(after.closingDate, todayIn(this.config.timeZone, this.clock.now()));
    }
    await this.checkReferences(after, vacancy.employerId, changes);
  }

  /**
   * Validates the references of `fields` against reference data and acquisition; with `changes`
   * only the changed ones. The postcode has already been resolved to a known PC4 (`pc4`).
   */
  private async checkReferences(fields: VacancyFields, employerId: string, changes: FieldChanges | null): Promise<void> {
    const changed = (f: keyof VacancyFields) => changes === null || f in changes;
    if (changed('occupationId')) await this.referenceData.assertOccupationExists(fields.occupationId, 'occupationId');
    if (changed('skills') && fields.skills.length) {
      await this.referenceData.assertSkillsExist(
        fields.skills.map((s) => s.skillId),
        'skills',
      );
    }
    if (changed('demandId') && fields.demandId) {
      const demand = await this.dataSource.getRepository(EmployerDemandEntity).findOneBy({ id: fields.demandId });
      if (!demand || demand.employerId !== employerId) {
        throw new ValidationError('Deze werkgeversvraag hoort niet bij de werkgever van de vacature', 'demandId');
      }
    }
  }
}
