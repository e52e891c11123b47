import { Role } from '@wsp/common';
import {
  computeObligation,
  computeProgress,
  contractAlerts,
  countedMonths,
  isPendingTooLong,
  SroiAlertKind,
  SroiContractStatus,
  SroiRealisationKind,
  SroiRealisationStatus,
  valueActivity,
  valuePerson,
  valuePurchase,
} from '@wsp/sroi';
import { planUsers } from './accounts';
import { DemoDataset, generateDemoDataset } from './dataset';
import { employerId } from './employers';
import { deterministicUuid } from './random';
import { OccupationSkillSample, ReferenceSample, SroiTableSample } from './reference';
import { HAAGLANDEN } from './region';
import { SroiContractRow, SroiRealisationRow } from './rows';
import { SROI_DEMO_CONTRACTS, SroiScenario } from './sroi';
import { isoDateOf } from './time';
import { HAAGLANDEN_TABLE } from '../../sroi/src/domain/test-tables';

/** The Haaglanden table as migration SeedSroiValuationTables inserts it. */
const TABLE: SroiTableSample = { ...HAAGLANDEN_TABLE, id: deterministicUuid('test', 'sroi-table', 0), effectiveFrom: '2023-07-01' };

function sample(): ReferenceSample {
  const postcodes = [
    ['2511', 'GM0518', 'Den Haag', 5000], ['2564', 'GM0518', 'Den Haag', 9000], ['2611', 'GM0503', 'Delft', 3000], ['2671', 'GM1783', 'Naaldwijk', 4000],
    ['2712', 'GM0637', 'Zoetermeer', 3000], ['2282', 'GM0603', 'Rijswijk', 2000], ['2265', 'GM1916', 'Leidschendam', 2000],
  ].map(([pc4, municipalityCode, place, population]) => ({ pc4: pc4 as string, municipalityCode: municipalityCode as string, place: place as string, population: population as number }));
  const occupations = [['9112', 'schoonmaker gebouwen'], ['9412', 'keukenhulp'], ['9313', 'opperman bouw'], ['9333', 'magazijnmedewerker']]
    .map(([iscoGroup, labelNl], i) => ({ id: deterministicUuid('test', 'occupation', i), iscoGroup, labelNl }));
  const occupationSkills = new Map<string, OccupationSkillSample[]>();
  occupations.forEach((o, i) => occupationSkills.set(o.id, Array.from({ length: 6 }, (_, k) => ({ skillId: deterministicUuid('test', 'skill', `${i}/${k}`), essential: k < 3 }))));
  return { postcodes, occupations, occupationSkills, sroiTables: [TABLE] };
}

const COUNTS = { employers: 150, vacancies: 40, candidates: 60 };
const generate = (seed: string, today: string, extra: Partial<ReferenceSample> = {}) =>
  generateDemoDataset({ ...sample(), ...extra }, { seed, today, passwordHash: 'hash', counts: COUNTS, outboxEvents: false });

/** What libs/sroi computes for a stored realisation on its `valuedOn`. */
function expectedValue(c: SroiContractRow, r: SroiRealisationRow): number {
  if (r.kind === SroiRealisationKind.SOCIAL_PURCHASE) return valuePurchase(TABLE, r.purchaseAmountCents!);
  if (r.kind === SroiRealisationKind.OTHER_ACTIVITY) return valueActivity(TABLE, r.activityHours!);
  const months = countedMonths({ startDate: r.startDate!, endDate: r.endDate }, c, r.valuedOn);
  return valuePerson(TABLE, { category: r.category!, hoursPerWeek: r.hoursPerWeek!, months, bonuses: r.bonuses }).valueCents;
}

function progressOf(d: DemoDataset, c: SroiContractRow, today: string) {
  const { obligationCents, belowThreshold } = computeObligation({
    contractValueCents: c.contractValueCents, sroiPercentage: c.sroiPercentage, psoDiscountPercentage: c.psoDiscountPercentage,
    thresholdCents: TABLE.obligationThresholdCents, overrideCents: c.obligationOverrideCents,
  });
  const own = d.sroi.realisations.filter((r) => r.contractId === c.id);
  const p = computeProgress({
    obligationCents, startDate: c.startDate, endDate: c.endDate, today, gracePeriodDays: c.gracePeriodDays, penaltyPercentage: c.penaltyPercentage,
    purchaseCapPercent: null, totals: own.map((r) => ({ kind: r.kind, status: r.status, valueCents: r.valueCents })),
  });
  return { ...p, belowThreshold, own, alerts: contractAlerts({ status: p.status, endDate: c.endDate, remainingCents: p.remainingCents }, today) };
}

describe('demo SROI data (pure)', () => {
  const TODAY = '2026-03-15';
  let d: DemoDataset;
  beforeAll(() => {
    d = generate('spec', TODAY);
  });

  it('is deterministic (ids included) and leaves the other contexts unchanged', () => {
    expect(JSON.stringify(generate('spec', TODAY).sroi)).toBe(JSON.stringify(d.sroi));
    expect(generate('other', TODAY).sroi.contracts[0].id).not.toBe(d.sroi.contracts[0].id);
    const without = generate('spec', TODAY, { sroiTables: undefined });
    expect(without.sroi).toEqual({ contracts: [], realisations: [], changes: [], coordinators: [] });
    expect(JSON.stringify(without.candidates)).toBe(JSON.stringify(d.candidates));
    expect(JSON.stringify(without.vacancies)).toBe(JSON.stringify(d.vacancies));
  });

  it('writes twelve contracts of Haaglanden municipalities, two of them with the demo employer as contractor', () => {
    const contracts = d.sroi.contracts;
    expect(contracts).toHaveLength(SROI_DEMO_CONTRACTS.length);
    const codes = new Set(HAAGLANDEN.municipalities.map((m) => m.code));
    const employers = new Set(d.acquisition.employers.map((e) => e.id));
    for (const c of contracts) {
      expect(codes.has(c.municipalityCode)).toBe(true);
      expect(employers.has(c.contractorId)).toBe(true);
      expect(c.contractValueCents).toBeGreaterThanOrEqual(15_000_000);
      expect(c.contractValueCents).toBeLessThanOrEqual(300_000_000);
      expect(c.sroiPercentage).toBe(5);
      expect(c.valuationTableId).toBe(TABLE.id);
      expect(c.endDate >= c.startDate).toBe(true);
      expect(isoDateOf(c.createdAt) <= TODAY).toBe(true);
    }
    expect(contracts.filter((c) => c.contractorId === employerId('spec', 0))).toHaveLength(2);
    expect(new Set(contracts.map((c) => `${c.municipalityCode}/${c.reference}`)).size).toBe(contracts.length);
    expect(contracts.filter((c) => c.contractValueCents < TABLE.obligationThresholdCents)).toHaveLength(2);
    expect(contracts.filter((c) => c.psoDiscountPercentage !== null).length).toBeGreaterThanOrEqual(2);
    const kinds = new Set(d.sroi.realisations.map((r) => r.kind));
    expect([...kinds].sort()).toEqual([SroiRealisationKind.EMPLOYMENT, SroiRealisationKind.OTHER_ACTIVITY, SroiRealisationKind.SOCIAL_PURCHASE]);
    expect(new Set(d.sroi.realisations.map((r) => r.status)).size).toBe(3);
  });

  it.each(['2026-03-15', '2026-11-22', '2025-01-31', '2027-07-04'])('puts every contract in its scenario on %s, for several seeds', (today) => {
    for (const seed of ['spec', 'wsp-demo-1', 'integration', 7]) {
      const data = generate(String(seed), today);
      expect(data.sroi.contracts).toHaveLength(SROI_DEMO_CONTRACTS.length);
      data.sroi.contracts.forEach((c, i) => {
        const plan = SROI_DEMO_CONTRACTS[i];
        const p = progressOf(data, c, today);
        const label = `${seed} ${today} #${i} ${plan.scenario}`;
        const expected: Record<SroiScenario, () => boolean> = {
          [SroiScenario.ON_TRACK]: () => p.status === SroiContractStatus.ON_TRACK && p.alerts.length === 0,
          [SroiScenario.BEHIND]: () => p.status === SroiContractStatus.BEHIND,
          [SroiScenario.ENDING_WITH_GAP]: () => p.status === SroiContractStatus.BEHIND && p.alerts.includes(SroiAlertKind.ENDING_WITH_GAP),
          [SroiScenario.FULFILLED]: () => p.status === SroiContractStatus.FULFILLED && c.endDate < today && p.obligationCents > 0,
          [SroiScenario.OVERDUE_PAST_GRACE]: () => p.status === SroiContractStatus.OVERDUE && p.penaltyDue && p.penaltyCents > 0,
          [SroiScenario.BELOW_THRESHOLD]: () => p.belowThreshold && p.obligationCents === 0 && p.status === SroiContractStatus.FULFILLED,
          [SroiScenario.NOT_STARTED]: () => c.startDate > today && p.own.length === 0,
        };
        expect([label, expected[plan.scenario]()]).toEqual([label, true]);
        if (plan.oldPending) {
          const old = p.own.filter((r) => r.status === SroiRealisationStatus.PENDING && isPendingTooLong(isoDateOf(r.pendingSince), today));
          expect([label, old.length > 0]).toEqual([label, true]);
        }
      });
    }
  });

  it('stores the value libs/sroi computes for every realisation, on its valuation day', () => {
    const byId = new Map(d.sroi.contracts.map((c) => [c.id, c]));
    expect(d.sroi.realisations.length).toBeGreaterThan(30);
    for (const r of d.sroi.realisations) {
      const c = byId.get(r.contractId)!;
      expect(r.valueCents).toBe(expectedValue(c, r));
      const person = r.kind === SroiRealisationKind.EMPLOYMENT;
      // Person-based ones as of today (the sync job's state), rejected ones and the others as recorded.
      expect(r.valuedOn).toBe(person && r.status !== SroiRealisationStatus.REJECTED ? TODAY : isoDateOf(r.createdAt));
      if (person) {
        expect(r.monthsCounted).toBe(Math.round(valuePerson(TABLE, { category: r.category!, hoursPerWeek: r.hoursPerWeek!, months: countedMonths(r as { startDate: string; endDate: string | null }, c, r.valuedOn), bonuses: r.bonuses }).monthsCounted * 10_000) / 10_000);
        expect(r.startDate! <= isoDateOf(r.createdAt)).toBe(true);
        expect(r.startDate! <= c.endDate).toBe(true);
      } else {
        expect(r.startDate! >= c.startDate && r.startDate! <= c.endDate && r.startDate! <= isoDateOf(r.createdAt)).toBe(true);
      }
    }
  });

  it('records a history as RealisationsService does, decided by the municipality coordinator', () => {
    const users = planUsers('spec', 'hash', employerId('spec', 0));
    const demoAm = users.byRole[Role.ACCOUNTMANAGER];
    const coordinators = new Map(d.sroi.coordinators.map((k) => [k.municipalityCode, k.userId]));
    expect(coordinators.get('GM0518')).toBe(demoAm);
    expect(new Set([...coordinators].filter(([code]) => code !== 'GM0518').map(([, u]) => u))).toEqual(new Set([users.owners[2].id]));
    for (const k of d.sroi.coordinators) expect(k.assignedById).toBe(users.byRole[Role.ADMIN]);
    const contracts = new Map(d.sroi.contracts.map((c) => [c.id, c]));
    for (const r of d.sroi.realisations) {
      const c = contracts.get(r.contractId)!;
      const history = d.sroi.changes.filter((h) => h.realisationId === r.id);
      const decided = r.status !== SroiRealisationStatus.PENDING;
      expect(history).toHaveLength(decided ? 2 : 1);
      expect(history[0]).toMatchObject({ fromStatus: null, toStatus: SroiRealisationStatus.PENDING, changedById: r.createdById, changedAt: r.createdAt });
      expect(r.pendingSince).toEqual(r.createdAt);
      expect(r.createdAt > c.createdAt).toBe(true);
      expect(r.createdById).not.toBe(coordinators.get(c.municipalityCode));
      if (decided) {
        expect(history[1]).toMatchObject({ fromStatus: SroiRealisationStatus.PENDING, toStatus: r.status, changedById: r.decidedById, changedAt: r.decidedAt, reason: r.statusReason });
        expect(r.decidedById).toBe(coordinators.get(c.municipalityCode));
        expect(r.decidedAt! > r.createdAt).toBe(true);
        expect(isoDateOf(r.decidedAt!) < TODAY).toBe(true);
        if (r.status === SroiRealisationStatus.REJECTED) expect(r.statusReason).toBeTruthy();
      } else {
        expect([r.decidedAt, r.decidedById, r.statusReason]).toEqual([null, null, null]);
      }
    }
  });
});
