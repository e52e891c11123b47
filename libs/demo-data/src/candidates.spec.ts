import { ageOn, BenefitType, LksStatus, MatchingScope, MobilityMode, passesElfproef } from '@wsp/candidates';
import { EducationLevel, Role } from '@wsp/common';
import { INSECURE_DEV_BSN_HMAC_KEY } from '@wsp/config';
import { VacancyStatus } from '@wsp/vacancies';
import { dateOfBirthFor, drawAge, parseAgeBands, ageWeights } from './ages';
import { fictionalBsn } from './bsn';
import { candidateName, emailPart, personalEmail } from './catalog/person-names';
import { DemoDataset, generateDemoDataset } from './dataset';
import { deterministicUuid, Rng } from './random';
import { OccupationSkillSample, ReferenceSample } from './reference';
import { dutchTime } from './time';

const TODAY = '2026-03-15';
const START_OF_TODAY = dutchTime(TODAY, 0).getTime();

/** A small stand-in for the reference tables, with age bands for some PC4s. */
function sample(): ReferenceSample {
  const postcodes = [
    ['2511', 'GM0518', 'Den Haag', 9000], ['2564', 'GM0518', 'Den Haag', 12000], ['2599', 'GM0518', 'Den Haag', 0],
    ['2611', 'GM0503', 'Delft', 5000], ['2671', 'GM1783', 'Naaldwijk', 4000], ['2712', 'GM0637', 'Zoetermeer', 5000],
    ['2282', 'GM0603', 'Rijswijk', 3000], ['2241', 'GM0629', 'Wassenaar', 1000], ['2265', 'GM1916', 'Leidschendam', 2500],
    ['2631', 'GM1926', 'Nootdorp', 1500], ['2636', 'GM1842', 'Schipluiden', 800],
  ].map(([pc4, municipalityCode, place, population]) => ({ pc4: pc4 as string, municipalityCode: municipalityCode as string, place: place as string, population: population as number }));
  const occupations = [
    ['9112', 'schoonmaker gebouwen'], ['9412', 'keukenhulp'], ['5131', 'ober/serveerster'], ['9214', 'tuinbouwmedewerker'],
    ['9333', 'magazijnmedewerker'], ['5223', 'winkelmedewerker'], ['5321', 'zorghulp'], ['9329', 'productiemedewerker'],
  ].map(([iscoGroup, labelNl], i) => ({ id: deterministicUuid('test', 'occupation', i), iscoGroup, labelNl }));
  const occupationSkills = new Map<string, OccupationSkillSample[]>();
  occupations.forEach((o, i) => {
    occupationSkills.set(o.id, Array.from({ length: 20 }, (_, k) => ({ skillId: deterministicUuid('test', 'skill', `${i}/${k}`), essential: k < 10 })));
  });
  // 2712 (Zoetermeer) has only people of 60-64 in this sample: its candidates are 60-64.
  const ageBands = new Map<string, number[]>([
    ['2511', [500, 900, 1200, 1100, 900, 800, 700, 700, 600, 500, 400]],
    ['2712', [0, 0, 0, 0, 0, 0, 0, 0, 0, 1000, 0]],
  ]);
  return { postcodes, occupations, occupationSkills, ageBands };
}

const generate = (seed = 'spec', extra: Partial<Parameters<typeof generateDemoDataset>[1]> = {}) =>
  generateDemoDataset(sample(), { seed, today: TODAY, passwordHash: 'hash', ...extra });

const share = (n: number, of: number) => n / of;

describe('candidate generation (pure)', () => {
  let d: DemoDataset;
  beforeAll(() => {
    d = generate();
  });

  it('is deterministic: same seed, same rows and ids; another seed, other candidates', () => {
    expect(JSON.stringify(generate().candidates)).toBe(JSON.stringify(d.candidates));
    const other = generate('another');
    expect(other.candidates.candidates[0].id).not.toBe(d.candidates.candidates[0].id);
    expect(other.candidates.candidates.map((c) => c.homePostcode)).not.toEqual(d.candidates.candidates.map((c) => c.homePostcode));
  });

  it('leaves the employers and vacancies as they were without candidates (a forked stream)', () => {
    const none = generate('spec', { counts: { candidates: 0 } });
    expect(none.candidates.candidates).toHaveLength(0);
    expect(JSON.stringify(none.acquisition)).toBe(JSON.stringify(d.acquisition));
    expect(JSON.stringify(none.vacancies)).toBe(JSON.stringify(d.vacancies));
  });

  it('creates 600 candidates with unique ids, pseudonyms K-000001.., client numbers and BSN hashes', () => {
    const c = d.candidates.candidates;
    expect(c).toHaveLength(600);
    expect(new Set(c.map((x) => x.id)).size).toBe(600);
    expect(c.map((x) => x.pseudonym)).toEqual(c.map((_, i) => `K-${String(i + 1).padStart(6, '0')}`));
    const refs = c.map((x) => x.externalRef).filter((r) => r !== null);
    expect(new Set(refs).size).toBe(refs.length);
    for (const r of refs) expect(r).toMatch(/^[0-9]{4}-[0-9]{7}$/);
    const hashes = c.map((x) => x.bsnHash).filter((h) => h !== null);
    expect(hashes.length).toBeGreaterThan(550);
    expect(new Set(hashes).size).toBe(hashes.length);
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{64}$/);
    // Given pseudonyms are used in order; another key gives other hashes.
    const given = generate('spec', { pseudonyms: c.map((_, i) => `K-${String(i + 1001).padStart(6, '0')}`), bsnHmacKey: 'another-key-that-is-long-enough-000' });
    expect(given.candidates.candidates[0].pseudonym).toBe('K-001001');
    expect(given.candidates.candidates[0].bsnHash).not.toBe(c[0].bsnHash);
    expect(generate('spec', { bsnHmacKey: INSECURE_DEV_BSN_HMAC_KEY }).candidates.candidates[0].bsnHash).toBe(c[0].bsnHash);
  });

  it('houses candidates in inhabited postcodes by population, aged 18-66 by the PC4 age bands', () => {
    const s = sample();
    const inhabited = new Map(s.postcodes.filter((p) => p.population > 0).map((p) => [p.pc4, p]));
    const c = d.candidates.candidates;
    for (const x of c) {
      expect(inhabited.has(x.homePostcode)).toBe(true);
      const age = ageOn(x.dateOfBirth!, TODAY);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(66);
      if (x.homePostcode === '2712') expect(age >= 60 && age <= 64).toBe(true);
    }
    // Den Haag holds 21,000 of 43,800 inhabitants.
    const denHaag = c.filter((x) => inhabited.get(x.homePostcode)!.municipalityCode === 'GM0518').length;
    expect(share(denHaag, c.length)).toBeGreaterThan(0.38);
    expect(share(denHaag, c.length)).toBeLessThan(0.58);
    expect(c.some((x) => x.homePostcode === '2712')).toBe(true);
  });

  it('draws skills from the relations of the wished occupations; about 10 % without known skills', () => {
    const s = sample();
    const wished = new Map<string, string[]>();
    for (const o of d.candidates.occupations) wished.set(o.candidateId, [...(wished.get(o.candidateId) ?? []), o.occupationId]);
    const pool = new Set(d.vacancies.vacancies.map((v) => v.occupationId));
    const skillsOf = new Map<string, string[]>();
    for (const k of d.candidates.skills) skillsOf.set(k.candidateId, [...(skillsOf.get(k.candidateId) ?? []), k.skillId]);
    for (const c of d.candidates.candidates) {
      const occupations = wished.get(c.id)!;
      expect(occupations.length).toBeGreaterThanOrEqual(1);
      expect(occupations.length).toBeLessThanOrEqual(3);
      for (const o of occupations) expect(s.occupations.some((x) => x.id === o)).toBe(true);
      const allowed = new Set(occupations.flatMap((o) => s.occupationSkills.get(o)!.map((r) => r.skillId)));
      const skills = skillsOf.get(c.id) ?? [];
      for (const k of skills) expect(allowed.has(k)).toBe(true);
      expect(new Set(skills).size).toBe(skills.length);
      if (!c.skillsKnown) expect(skills).toHaveLength(0);
      else expect(skills.length).toBeGreaterThanOrEqual(3);
    }
    // The same pool as the vacancies: most wished occupations are asked for somewhere.
    const asked = d.candidates.occupations.filter((o) => pool.has(o.occupationId)).length;
    expect(share(asked, d.candidates.occupations.length)).toBeGreaterThan(0.8);
    const unknown = d.candidates.candidates.filter((c) => !c.skillsKnown).length;
    expect(share(unknown, 600)).toBeGreaterThan(0.05);
    expect(share(unknown, 600)).toBeLessThan(0.16);
  });

  it('keeps the loonwaarde history consistent: current = latest, dated before today, LKS only below 100 %', () => {
    const byCandidate = new Map<string, typeof d.candidates.assessments>();
    for (const a of d.candidates.assessments) byCandidate.set(a.candidateId, [...(byCandidate.get(a.candidateId) ?? []), a]);
    let assessed = 0;
    const buckets = { below20: 0, mid: 0, above80: 0 };
    for (const c of d.candidates.candidates) {
      const history = byCandidate.get(c.id) ?? [];
      expect(history.length).toBeLessThanOrEqual(3);
      if (history.length === 0) {
        expect(c.currentLoonwaarde).toBeNull();
        expect(c.lksStatus).toBe(LksStatus.NONE);
        continue;
      }
      assessed++;
      const sorted = [...history].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
      expect(new Set(history.map((a) => a.assessedOn)).size).toBe(history.length);
      expect(c.currentLoonwaarde).toBe(sorted[sorted.length - 1].percentage);
      for (const a of history) {
        expect(a.assessedOn < TODAY).toBe(true);
        expect(a.createdAt.getTime()).toBeLessThan(START_OF_TODAY);
        expect(a.createdAt.getTime()).toBeGreaterThan(c.createdAt.getTime());
        expect(a.recordedById).toBe(c.consultantId);
        if (a.nextReassessmentOn) expect(a.nextReassessmentOn > a.assessedOn).toBe(true);
        expect(a.method).toBeTruthy();
        expect(a.assessor).toBeTruthy();
      }
      const lw = c.currentLoonwaarde!;
      if (lw >= 100) expect(c.lksStatus).toBe(LksStatus.NONE);
      if (c.beschutIndication) expect(lw).toBeLessThan(20);
      if (lw < 20) buckets.below20++;
      else if (lw <= 80) buckets.mid++;
      else buckets.above80++;
    }
    expect(share(assessed, 600)).toBeGreaterThan(0.55);
    expect(buckets.mid).toBeGreaterThan(buckets.above80 + buckets.below20);
    expect(buckets.above80).toBeGreaterThan(10);
    expect(buckets.below20).toBeGreaterThan(10);
    const lks = d.candidates.candidates.filter((c) => c.currentLoonwaarde !== null && c.currentLoonwaarde < 100);
    expect(share(lks.filter((c) => c.lksStatus !== LksStatus.NONE).length, lks.length)).toBeGreaterThan(0.8);
    expect(d.candidates.candidates.filter((c) => c.zorg).length).toBeGreaterThan(3);
    expect(d.candidates.candidates.filter((c) => c.beschutIndication).length).toBeGreaterThan(3);
    expect(d.candidates.candidates.filter((c) => c.doelgroepregister).length).toBeGreaterThan(30);
  });

  it('makes exactly the candidates with an unrevoked matching consent visible, about 80 %', () => {
    const consents = new Map<string, typeof d.candidates.matchingConsents>();
    for (const m of d.candidates.matchingConsents) consents.set(m.candidateId, [...(consents.get(m.candidateId) ?? []), m]);
    for (const c of d.candidates.candidates) {
      const own = consents.get(c.id) ?? [];
      const open = own.filter((m) => m.revokedAt === null);
      expect(open.length).toBeLessThanOrEqual(1);
      expect(c.visibleForMatching).toBe(open.length === 1);
      for (const m of own) {
        expect(m.grantedOn < TODAY).toBe(true);
        expect(m.createdAt.getTime()).toBeGreaterThan(c.createdAt.getTime());
        if (m.revokedAt) {
          expect(m.revokedAt.getTime()).toBeGreaterThan(m.createdAt.getTime());
          expect(m.revokedAt.getTime()).toBeLessThan(START_OF_TODAY);
        }
        if (m.scope === MatchingScope.REGION) expect(m.municipalityCodes).toEqual([]);
        else expect(m.municipalityCodes.length).toBeGreaterThan(0);
      }
      expect(c.updatedAt.getTime()).toBeGreaterThanOrEqual(c.createdAt.getTime());
      expect(c.updatedAt.getTime()).toBeLessThan(START_OF_TODAY);
      expect(c.waitingSince < TODAY).toBe(true);
    }
    const visible = d.candidates.candidates.filter((c) => c.visibleForMatching).length;
    expect(share(visible, 600)).toBeGreaterThan(0.72);
    expect(share(visible, 600)).toBeLessThan(0.88);
  });

  it('writes profiles that the candidates context accepts: travel reason, hours, mobility, licence, education', () => {
    const c = d.candidates.candidates;
    for (const x of c) {
      expect(x.maxTravelReason === null).toBe(x.maxTravelMinutes === 90);
      expect(x.maxTravelMinutes).toBeGreaterThanOrEqual(5);
      expect(x.maxTravelMinutes).toBeLessThanOrEqual(240);
      expect(x.hoursMin).toBeGreaterThanOrEqual(0);
      expect(x.hoursMin).toBeLessThanOrEqual(x.hoursMax);
      expect(x.hoursMax).toBeLessThanOrEqual(60);
      expect(x.mobility.length).toBeGreaterThan(0);
      if (x.mobility.includes(MobilityMode.CAR)) expect(x.drivingLicence).toBe(true);
      if (x.email) expect(x.email).toMatch(/^[a-z0-9.]+@[a-z]+\.example$/);
      if (x.phone) expect(x.phone).toMatch(/^06-[0-9]{8}$/);
      expect(x.firstName.trim()).toBe(x.firstName);
      expect(x.lastName.trim()).toBe(x.lastName);
    }
    expect(share(c.filter((x) => x.maxTravelMinutes === 90).length, c.length)).toBeGreaterThan(0.55);
    const licence = share(c.filter((x) => x.drivingLicence).length, c.length);
    expect(licence).toBeGreaterThan(0.25);
    expect(licence).toBeLessThan(0.45);
    const partTime = share(c.filter((x) => x.hoursMax <= 32).length, c.length);
    expect(partTime).toBeGreaterThan(0.5);
    const low = [EducationLevel.NONE, EducationLevel.PRIMARY, EducationLevel.VSO_PRO, EducationLevel.VMBO, EducationLevel.MBO_1, EducationLevel.MBO_2];
    expect(share(c.filter((x) => x.educationLevel !== null && low.includes(x.educationLevel)).length, c.length)).toBeGreaterThan(0.6);
    expect(share(c.filter((x) => x.benefitType === BenefitType.PARTICIPATIEWET).length, c.length)).toBeGreaterThan(0.6);
    expect(new Set(c.map((x) => x.benefitType)).size).toBeGreaterThanOrEqual(4);
    expect(c.some((x) => x.availableFrom > TODAY) && c.some((x) => x.availableFrom <= TODAY)).toBe(true);
  });

  it('gives the demo consultant about 100 candidates and the demo job coach about 40, with reassessments due', () => {
    const consultant = d.staffUsers.find((u) => u.email === 'consultant@demo.wsp.nl')!;
    const coach = d.staffUsers.find((u) => u.email === 'jobcoach@demo.wsp.nl')!;
    const c = d.candidates.candidates;
    const own = c.filter((x) => x.consultantId === consultant.id);
    expect(own.length).toBeGreaterThan(60);
    expect(own.length).toBeLessThan(160);
    // The demo consultant works for Den Haag, the largest municipality.
    for (const x of own) expect(['2511', '2564']).toContain(x.homePostcode);
    const coached = c.filter((x) => x.jobCoachId === coach.id);
    expect(coached.length).toBeGreaterThan(20);
    expect(coached.length).toBeLessThan(70);
    const consultants = d.staffUsers.filter((u) => u.role === Role.CONSULTANT);
    expect(consultants.length).toBeGreaterThan(3);
    for (const x of c) expect(consultants.some((u) => u.id === x.consultantId)).toBe(true);
    const latest = new Map(d.candidates.assessments.map((a) => [a.candidateId, a]));
    const due = (ids: string[]) => {
      const dates = ids.map((id) => latest.get(id)?.nextReassessmentOn).filter((x): x is string => !!x);
      return { overdue: dates.filter((x) => x < TODAY).length, soon: dates.filter((x) => x >= TODAY && x <= '2026-04-14').length };
    };
    for (const group of [own, coached]) {
      const { overdue, soon } = due(group.map((x) => x.id));
      expect(overdue).toBeGreaterThanOrEqual(2);
      expect(soon).toBeGreaterThanOrEqual(3);
    }
  });

  it('introduces a few of the demo consultant\'s candidates to the demo employer, for an occupation it has open', () => {
    const consultant = d.staffUsers.find((u) => u.email === 'consultant@demo.wsp.nl')!;
    const employerId = d.employerUsers[0].employerId!;
    const open = new Set(d.vacancies.vacancies.filter((v) => v.employerId === employerId && v.status === VacancyStatus.OPEN).map((v) => v.occupationId));
    const intros = d.candidates.identityConsents.filter((i) => i.employerId === employerId);
    expect(intros).toHaveLength(4);
    for (const i of intros) {
      const c = d.candidates.candidates.find((x) => x.id === i.candidateId)!;
      expect(c.consultantId).toBe(consultant.id);
      expect(c.visibleForMatching).toBe(true);
      expect(i.recordedById).toBe(consultant.id);
      expect(i.revokedAt).toBeNull();
      expect(i.documentReference).toMatch(/^DMS-\d{4}-\d{6}$/);
      expect(i.grantedOn < TODAY).toBe(true);
      const wished = d.candidates.occupations.filter((o) => o.candidateId === c.id).map((o) => o.occupationId);
      expect(wished.some((o) => open.has(o))).toBe(true);
    }
    expect(new Set(d.candidates.identityConsents.map((i) => i.id)).size).toBe(d.candidates.identityConsents.length);
  });

  it('writes the outbox events the services would have written, or none', () => {
    const types = new Set(d.candidates.events.map((e) => e.type));
    expect([...types].sort()).toEqual(['candidate.changed', 'candidate.loonwaarde_assessed', 'candidate.visibility_changed']);
    expect(d.candidates.events.filter((e) => e.type === 'candidate.changed')).toHaveLength(600);
    for (const e of d.candidates.events) expect(e.occurredAt.getTime()).toBeLessThan(START_OF_TODAY);
    expect(generate('spec', { outboxEvents: false }).candidates.events).toHaveLength(0);
  });
});

describe('candidate building blocks', () => {
  it('generates unique BSNs that pass the elfproef', () => {
    const taken = new Set<string>();
    const rng = Rng.from('bsn');
    for (let i = 0; i < 5000; i++) expect(passesElfproef(fictionalBsn(rng, taken))).toBe(true);
    expect(taken.size).toBe(5000);
  });

  it('reads the age bands of the CBS file, skipping suppressed figures', () => {
    const csv = '"postcode","leeftijd","inwoners","inwoners_man","inwoners_vrouw"\n2511,"15-19",100,50,50\n2511,"20-24",200,100,100\n2511,"0-4",999,1,1\n1044,"20-24",NA,NA,NA\n';
    const bands = parseAgeBands(csv);
    expect(bands.get('2511')).toEqual([100, 200, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(bands.has('1044')).toBe(false);
    const rng = Rng.from('age');
    for (let i = 0; i < 200; i++) {
      const age = drawAge(rng, ageWeights(bands.get('2511')));
      expect(age >= 18 && age <= 24).toBe(true);
    }
  });

  it('dates a birth so that the age on the reference date is the one drawn (leap days included)', () => {
    const rng = Rng.from('dob');
    for (const today of ['2026-03-15', '2028-02-29', '2027-03-01', '2026-12-31']) {
      for (let age = 18; age <= 66; age++) expect(ageOn(dateOfBirthFor(rng, age, today), today)).toBe(age);
    }
  });

  it('builds fictional names and e-mail addresses from name parts', () => {
    const rng = Rng.from('names');
    const names = Array.from({ length: 500 }, (_, i) => candidateName(rng, i % 2 ? 'F' : 'M'));
    expect(new Set(names.map((n) => `${n.first} ${n.last}`)).size).toBeGreaterThan(400);
    for (const n of names) {
      expect(n.first).toMatch(/^\S/);
      expect(n.last.length).toBeGreaterThan(1);
      expect(personalEmail(rng, n, 1990)).toMatch(/^[a-z0-9.]+@[a-z]+\.example$/);
    }
    expect(emailPart("van 't Hof")).toBe('vanthof');
    expect(emailPart('Yılmaz')).toBe('yilmaz');
  });
});
