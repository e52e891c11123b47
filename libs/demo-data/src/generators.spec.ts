import { PipelineStage } from '@wsp/acquisition';
import { Role } from '@wsp/common';
import { VacancyChangeKind, VacancyStatus } from '@wsp/vacancies';
import { planUsers } from './accounts';
import { DEMO_COUNTS, DemoDataset, generateDemoDataset } from './dataset';
import { dueBucket, stagePath } from './employer-history';
import { generateEmployers } from './employers';
import { buildJobPool, jobTitle } from './jobs';
import { deterministicUuid, Rng } from './random';
import { OccupationSkillSample, ReferenceSample } from './reference';
import { HAAGLANDEN } from './region';
import { dutchTime, isoDateOf } from './time';
import { minimumMonthlyWageCents } from './wages';

const TODAY = '2026-03-15';
const START_OF_TODAY = dutchTime(TODAY, 0);
const dayOf = isoDateOf;

/** A small in-memory stand-in for the reference tables. */
function sample(): ReferenceSample {
  const postcodes = [
    ['2511', 'GM0518', 'Den Haag', 5000], ['2564', 'GM0518', 'Den Haag', 9000], ['2599', 'GM0518', 'Den Haag', 0],
    ['2611', 'GM0503', 'Delft', 3000], ['2671', 'GM1783', 'Naaldwijk', 4000], ['2691', 'GM1783', "'s-Gravenzande", 2500],
    ['2712', 'GM0637', 'Zoetermeer', 3000], ['2282', 'GM0603', 'Rijswijk', 2000], ['2241', 'GM0629', 'Wassenaar', 1000],
    ['2265', 'GM1916', 'Leidschendam', 2000], ['2631', 'GM1926', 'Nootdorp', 1500], ['2636', 'GM1842', 'Schipluiden', 800],
  ].map(([pc4, municipalityCode, place, population]) => ({ pc4: pc4 as string, municipalityCode: municipalityCode as string, place: place as string, population: population as number }));
  const occupations = [
    ['9112', 'schoonmaker gebouwen'], ['9412', 'keukenhulp'], ['5131', 'ober/serveerster'], ['9214', 'tuinbouwmedewerker'],
    ['9333', 'magazijnmedewerker'], ['5223', 'winkelmedewerker'], ['6113', 'medewerker groenvoorziening/medewerkster groenvoorziening'],
    ['5321', 'zorghulp'], ['9313', 'opperman bouw'], ['9329', 'productiemedewerker'],
  ].map(([iscoGroup, labelNl], i) => ({ id: deterministicUuid('test', 'occupation', i), iscoGroup, labelNl }));
  const occupationSkills = new Map<string, OccupationSkillSample[]>();
  occupations.forEach((o, i) => {
    occupationSkills.set(o.id, Array.from({ length: 9 }, (_, k) => ({ skillId: deterministicUuid('test', 'skill', `${i}/${k}`), essential: k < 5 })));
  });
  return { postcodes, occupations, occupationSkills };
}

const generate = (seed: string | number = 'spec') => generateDemoDataset(sample(), { seed, today: TODAY, passwordHash: 'hash' });

describe('demo dataset generation (pure)', () => {
  let d: DemoDataset;
  beforeAll(() => {
    d = generate();
  });

  it('is deterministic: the same seed gives the same rows and ids, another seed other ones', () => {
    expect(JSON.stringify(generate())).toBe(JSON.stringify(d));
    const other = generate('another');
    expect(other.acquisition.employers[5].id).not.toBe(d.acquisition.employers[5].id);
    expect(other.acquisition.employers.map((e) => e.kvkNumber)).not.toEqual(d.acquisition.employers.map((e) => e.kvkNumber));
  });

  it('keeps employer i the same whatever the number of employers', () => {
    const s = sample();
    const owners = planUsers('spec', 'hash', 'x').owners;
    const ctx = { seed: 'spec', region: HAAGLANDEN, postcodes: s.postcodes, owners, jobs: buildJobPool(s.occupations), today: TODAY };
    const small = generateEmployers(Rng.from('spec'), ctx, 10);
    const large = generateEmployers(Rng.from('spec'), ctx, 30);
    expect(large.employers.slice(0, 10)).toEqual(small.employers);
  });

  it('creates the demo size with one account per role and extra accountmanagers', () => {
    expect(d.acquisition.employers).toHaveLength(DEMO_COUNTS.employers);
    expect(d.vacancies.vacancies).toHaveLength(DEMO_COUNTS.vacancies);
    const roles = [...d.staffUsers, ...d.employerUsers].map((u) => u.role);
    for (const role of Object.values(Role)) expect(roles).toContain(role);
    expect(roles.filter((r) => r === Role.ACCOUNTMANAGER).length).toBeGreaterThan(1);
    expect(d.employerUsers).toHaveLength(1);
  });

  it('places employers in inhabited postcodes of the region, with unique 8-digit KvK numbers and several sectors', () => {
    const inhabited = new Set(sample().postcodes.filter((p) => p.population > 0).map((p) => p.pc4));
    const employers = d.acquisition.employers;
    for (const e of employers) expect(inhabited.has(e.postcode)).toBe(true);
    for (const v of d.vacancies.vacancies) expect(inhabited.has(v.postcode)).toBe(true);
    expect(new Set(employers.map((e) => e.kvkNumber)).size).toBe(employers.length);
    for (const e of employers) expect(e.kvkNumber).toMatch(/^[0-9]{8}$/);
    expect(new Set(employers.map((e) => e.name)).size).toBe(employers.length);
    expect(new Set(employers.map((e) => e.sbiSection)).size).toBeGreaterThanOrEqual(8);
    // Glasshouses are in Westland.
    const agri = employers.filter((e) => e.sbiSection === 'A');
    expect(agri.filter((e) => ['2671', '2691', '2636', '2631'].includes(e.postcode)).length).toBeGreaterThan(agri.length / 2);
  });

  it('gives every employer a stage history that starts at PROSPECT and ends in its stage', () => {
    const byEmployer = new Map<string, typeof d.acquisition.stageChanges>();
    for (const c of d.acquisition.stageChanges) byEmployer.set(c.employerId, [...(byEmployer.get(c.employerId) ?? []), c]);
    for (const e of d.acquisition.employers) {
      const changes = byEmployer.get(e.id)!;
      expect(changes[0].fromStage).toBeNull();
      expect(changes[0].toStage).toBe(PipelineStage.PROSPECT);
      for (let k = 1; k < changes.length; k++) {
        expect(changes[k].fromStage).toBe(changes[k - 1].toStage);
        expect(changes[k].changedAt.getTime()).toBeGreaterThan(changes[k - 1].changedAt.getTime());
      }
      expect(changes[changes.length - 1].toStage).toBe(e.stage);
      expect(changes[changes.length - 1].changedAt.getTime()).toBeLessThan(START_OF_TODAY.getTime());
      expect(e.lostReason !== null).toBe(e.stage === PipelineStage.LOST);
      expect(e.version).toBe(changes.length);
      if (e.stage !== PipelineStage.LOST) expect(changes.map((c) => c.toStage)).toEqual(stagePath(e.stage));
    }
  });

  it('records contact moments in the past, and open next actions due today, overdue and later for the demo accountmanager', () => {
    const owner = d.staffUsers.find((u) => u.email === 'accountmanager@demo.wsp.nl')!;
    const contactsOf = new Map(d.acquisition.contacts.map((c) => [c.id, c.employerId]));
    for (const m of d.acquisition.contactMoments) {
      expect(m.occurredAt.getTime()).toBeLessThan(START_OF_TODAY.getTime());
      if (m.contactPersonId) expect(contactsOf.get(m.contactPersonId)).toBe(m.employerId);
      if (m.nextActionCompletedAt) expect(m.nextActionCompletedAt.getTime()).toBeGreaterThan(m.occurredAt.getTime());
    }
    const open = d.acquisition.contactMoments.filter((m) => m.nextActionAssigneeId === owner.id && m.nextActionDueOn && !m.nextActionCompletedAt);
    const buckets = open.map((m) => dueBucket(m.nextActionDueOn!, TODAY));
    for (const b of ['today', 'overdue', 'future'] as const) expect(buckets.filter((x) => x === b).length).toBeGreaterThanOrEqual(2);
    // The demo accountmanager owns the most employers (Den Haag, Rijswijk, Leidschendam-Voorburg).
    const owned = d.acquisition.employers.filter((e) => e.ownerId === owner.id).length;
    expect(owned).toBeGreaterThan(DEMO_COUNTS.employers / 3);
  });

  it('draws vacancy skills from the real relations of the vacancy occupation, essential ones marked', () => {
    const s = sample();
    const occupationOf = new Map(d.vacancies.vacancies.map((v) => [v.id, v.occupationId]));
    for (const skill of d.vacancies.skills) {
      const relation = s.occupationSkills.get(occupationOf.get(skill.vacancyId)!)!.find((r) => r.skillId === skill.skillId);
      expect(relation).toBeDefined();
      expect(skill.essential).toBe(relation!.essential);
    }
    for (const v of d.vacancies.vacancies) {
      const own = d.vacancies.skills.filter((k) => k.vacancyId === v.id);
      expect(own.filter((k) => k.essential).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps vacancies consistent with their status, wages at or above the minimum wage for the hours', () => {
    const employerStage = new Map(d.acquisition.employers.map((e) => [e.id, e.stage]));
    const statuses = new Set<VacancyStatus>();
    for (const v of d.vacancies.vacancies) {
      statuses.add(v.status);
      expect([PipelineStage.ACTIVE, PipelineStage.AGREEMENT]).toContain(employerStage.get(v.employerId));
      expect(v.hoursMin).toBeGreaterThanOrEqual(1);
      expect(v.hoursMin).toBeLessThanOrEqual(v.hoursMax);
      expect(v.hoursMax).toBeLessThanOrEqual(60);
      expect(v.wageMinCents!).toBeGreaterThanOrEqual(minimumMonthlyWageCents(TODAY, v.hoursMax));
      expect(v.wageMinCents!).toBeLessThanOrEqual(v.wageMaxCents!);
      if (v.minLoonwaarde !== null) expect(v.openToLks).toBe(true);
      expect(v.createdAt.getTime()).toBeLessThan(START_OF_TODAY.getTime());
      expect(v.title).toBe(jobTitle(sample().occupations.find((o) => o.id === v.occupationId)!.labelNl));
      if (v.status === VacancyStatus.DRAFT) expect(v.openedAt).toBeNull();
      else expect(v.openedAt!.getTime()).toBeGreaterThan(v.createdAt.getTime());
      if (v.status === VacancyStatus.OPEN) {
        expect(v.closedAt).toBeNull();
        if (v.closingDate) expect(v.closingDate >= TODAY).toBe(true);
      }
      if (v.status === VacancyStatus.EXPIRED) expect(v.closingDate! < TODAY).toBe(true);
      if (v.closedAt) {
        expect(v.closedAt.getTime()).toBeGreaterThan(v.openedAt!.getTime());
        expect(v.closedAt.getTime()).toBeLessThan(START_OF_TODAY.getTime());
      }
      if (v.status === VacancyStatus.CLOSED) expect(v.statusReason).toBeTruthy();
    }
    expect([...statuses].sort()).toEqual(Object.values(VacancyStatus).sort());
    const open = d.vacancies.vacancies.filter((v) => v.status === VacancyStatus.OPEN).length;
    expect(open / d.vacancies.vacancies.length).toBeGreaterThan(0.5);
  });

  it('writes a history per vacancy that starts with CREATED and ends in its status, with outbox events for matching', () => {
    const byVacancy = new Map<string, typeof d.vacancies.changes>();
    for (const c of d.vacancies.changes) byVacancy.set(c.vacancyId, [...(byVacancy.get(c.vacancyId) ?? []), c]);
    for (const v of d.vacancies.vacancies) {
      const changes = byVacancy.get(v.id)!;
      expect(changes[0]).toMatchObject({ kind: VacancyChangeKind.CREATED, fromStatus: null, toStatus: VacancyStatus.DRAFT });
      const moves = changes.filter((c) => c.kind === VacancyChangeKind.STATUS);
      let status = VacancyStatus.DRAFT;
      for (const m of moves) {
        expect(m.fromStatus).toBe(status);
        status = m.toStatus!;
      }
      expect(status).toBe(v.status);
      for (let k = 1; k < changes.length; k++) expect(changes[k].changedAt.getTime()).toBeGreaterThanOrEqual(changes[k - 1].changedAt.getTime());
      expect(v.version).toBe(changes.length);
      expect(v.updatedAt).toEqual(changes[changes.length - 1].changedAt);
      const events = d.vacancies.events.filter((e) => e.aggregateId === v.id).map((e) => e.type);
      expect(events.includes('vacancy.opened')).toBe(v.openedAt !== null);
    }
  });

  it('dates everything before the reference date, vacancies after their employer reached its stage and after their demand', () => {
    const before = (at: Date | null) => expect(at === null || at.getTime() < START_OF_TODAY.getTime()).toBe(true);
    const a = d.acquisition;
    for (const e of a.employers) [e.createdAt, e.updatedAt].forEach(before);
    for (const c of a.contacts) before(c.createdAt);
    for (const m of a.contactMoments) [m.occurredAt, m.createdAt, m.nextActionCompletedAt].forEach(before);
    for (const x of a.demands) [x.createdAt, x.updatedAt].forEach(before);
    for (const c of d.vacancies.changes) before(c.changedAt);
    for (const e of d.vacancies.events) before(e.occurredAt);
    const employers = new Map(a.employers.map((e) => [e.id, e]));
    const demands = new Map(a.demands.map((x) => [x.id, x]));
    for (const v of d.vacancies.vacancies) {
      expect(dayOf(v.createdAt) >= dayOf(employers.get(v.employerId)!.updatedAt)).toBe(true);
      if (v.demandId) expect(dayOf(v.createdAt) >= dayOf(demands.get(v.demandId)!.createdAt)).toBe(true);
    }
    expect(d.vacancies.vacancies.filter((v) => v.demandId).length).toBeGreaterThan(0);
  });

  it('links the EMPLOYER login to an ACTIVE employer with OPEN vacancies', () => {
    const user = d.employerUsers[0];
    const employer = d.acquisition.employers.find((e) => e.id === user.employerId)!;
    expect(employer.stage).toBe(PipelineStage.ACTIVE);
    const own = d.vacancies.vacancies.filter((v) => v.employerId === employer.id);
    expect(own.filter((v) => v.status === VacancyStatus.OPEN).length).toBeGreaterThanOrEqual(3);
    expect(new Set(own.map((v) => v.status))).toEqual(new Set([VacancyStatus.OPEN, VacancyStatus.DRAFT, VacancyStatus.FILLED, VacancyStatus.CLOSED]));
    expect(own.some((v) => v.createdById === user.id)).toBe(true);
  });

  it('reuses the ids of demo users that already exist instead of inserting them again', () => {
    const existing = new Map([['accountmanager@demo.wsp.nl', '00000000-0000-4000-8000-000000000001']]);
    const again = generateDemoDataset(sample(), { seed: 'spec', today: TODAY, passwordHash: 'hash', existingUserIds: existing });
    expect(again.staffUsers.map((u) => u.email)).not.toContain('accountmanager@demo.wsp.nl');
    expect(again.acquisition.employers[0].ownerId).toBe('00000000-0000-4000-8000-000000000001');
  });

  it('generates benchmark sizes quickly (1,000 employers, 5,000 vacancies)', () => {
    const started = Date.now();
    const big = generateDemoDataset(sample(), { seed: 'bench', today: TODAY, passwordHash: 'hash', counts: { employers: 1000, vacancies: 5000 } });
    const ms = Date.now() - started;
    expect(big.vacancies.vacancies).toHaveLength(5000);
    expect(new Set(big.acquisition.employers.map((e) => e.kvkNumber)).size).toBe(1000);
    expect(ms).toBeLessThan(15_000);
  });

  it('shortens ESCO labels with a gendered second form into a title', () => {
    expect(jobTitle('medewerker groenvoorziening/medewerkster groenvoorziening')).toBe('Medewerker groenvoorziening');
    expect(jobTitle('ober/serveerster')).toBe('Ober/serveerster');
    expect(jobTitle('keukenhulp')).toBe('Keukenhulp');
  });
});
