import { DomainError, Role } from '@wsp/common';
import { assertCanCorrect, assertCanReadContract, assertCanSetObligation, assertIsCoordinator, canReadContract } from './access';
import { validateContractTerms } from './contract-rules';
import { contractAlerts, isPendingTooLong, SroiAlertKind } from './alerts';
import { euros, toCsv } from './csv';
import { SroiContractStatus } from './enums';

const actor = (role: Role, extra: { userId?: string; employerId?: string | null } = {}) => ({ userId: extra.userId ?? 'u1', role, employerId: extra.employerId ?? null });

describe('SROI access rules', () => {
  it('lets employer users read only the contracts of their own employer', () => {
    expect(canReadContract(actor(Role.EMPLOYER, { employerId: 'e1' }), { contractorId: 'e1' })).toBe(true);
    expect(canReadContract(actor(Role.EMPLOYER, { employerId: 'e2' }), { contractorId: 'e1' })).toBe(false);
    expect(canReadContract(actor(Role.EMPLOYER), { contractorId: 'e1' })).toBe(false);
    expect(() => assertCanReadContract(actor(Role.EMPLOYER, { employerId: 'e2' }), { contractorId: 'e1' })).toThrow(DomainError);
    for (const r of [Role.ADMIN, Role.ACCOUNTMANAGER, Role.CONSULTANT, Role.JOBCOACH]) expect(canReadContract(actor(r), { contractorId: 'e1' })).toBe(true);
  });

  it('lets only coordinators of the municipality (and admins) decide', () => {
    expect(() => assertIsCoordinator(actor(Role.ADMIN), 'GM0518', [])).not.toThrow();
    expect(() => assertIsCoordinator(actor(Role.ACCOUNTMANAGER), 'GM0518', ['GM0518'])).not.toThrow();
    expect(() => assertIsCoordinator(actor(Role.ACCOUNTMANAGER), 'GM0518', ['GM0503'])).toThrow(DomainError);
    expect(() => assertIsCoordinator(actor(Role.CONSULTANT), 'GM0518', ['GM0518'])).toThrow(DomainError);
    expect(() => assertIsCoordinator(actor(Role.EMPLOYER, { employerId: 'e1' }), 'GM0518', ['GM0518'])).toThrow(DomainError);
  });

  it('lets only an admin set the obligation explicitly', () => {
    expect(() => assertCanSetObligation(actor(Role.ADMIN))).not.toThrow();
    expect(() => assertCanSetObligation(actor(Role.ACCOUNTMANAGER))).toThrow(DomainError);
  });

  it('lets the candidate’s own consultant correct the category', () => {
    expect(() => assertCanCorrect(actor(Role.CONSULTANT, { userId: 'c1' }), { consultantId: 'c1' })).not.toThrow();
    expect(() => assertCanCorrect(actor(Role.CONSULTANT, { userId: 'c2' }), { consultantId: 'c1' })).toThrow(DomainError);
    expect(() => assertCanCorrect(actor(Role.CONSULTANT, { userId: 'c1' }), null)).toThrow(DomainError);
    expect(() => assertCanCorrect(actor(Role.JOBCOACH), { consultantId: 'u1' })).toThrow(DomainError);
    expect(() => assertCanCorrect(actor(Role.ACCOUNTMANAGER), null)).not.toThrow();
  });
});

describe('alerts', () => {
  const today = '2025-10-01';
  it('flags contracts behind schedule and contracts ending within 90 days with a gap', () => {
    expect(contractAlerts({ status: SroiContractStatus.BEHIND, endDate: '2026-12-31', remainingCents: 1 }, today)).toEqual([SroiAlertKind.CONTRACT_BEHIND]);
    expect(contractAlerts({ status: SroiContractStatus.ON_TRACK, endDate: '2025-12-30', remainingCents: 1 }, today)).toEqual([SroiAlertKind.ENDING_WITH_GAP]);
    expect(contractAlerts({ status: SroiContractStatus.BEHIND, endDate: '2025-12-30', remainingCents: 1 }, today)).toEqual([SroiAlertKind.CONTRACT_BEHIND, SroiAlertKind.ENDING_WITH_GAP]);
    expect(contractAlerts({ status: SroiContractStatus.ON_TRACK, endDate: '2025-12-31', remainingCents: 1 }, today)).toEqual([]); // 91 days
    expect(contractAlerts({ status: SroiContractStatus.FULFILLED, endDate: '2025-12-30', remainingCents: 0 }, today)).toEqual([]);
    expect(contractAlerts({ status: SroiContractStatus.OVERDUE, endDate: '2025-09-30', remainingCents: 5 }, today)).toEqual([]);
  });
  it('flags realisations pending for more than 30 days', () => {
    expect(isPendingTooLong('2025-08-31', today)).toBe(true);
    expect(isPendingTooLong('2025-09-01', today)).toBe(false);
  });
});

describe('csv', () => {
  it('writes RFC 4180 with quoting and euros with two decimals', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], [1, null]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n1,\r\n');
    expect(euros(2_222_222)).toBe('22222.22');
    expect(euros(5)).toBe('0.05');
    expect(euros(0)).toBe('0.00');
  });
});

describe('validateContractTerms', () => {
  const ok = {
    reference: ' DH-2025-017 ',
    description: 'Onderhoud openbare ruimte',
    municipalityCode: 'GM0518',
    contractValueCents: 80_000_000,
    sroiPercentage: 5,
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    psoDiscountPercentage: null,
    penaltyPercentage: 50,
    gracePeriodDays: 90,
    obligationOverrideCents: null,
  };
  it('accepts valid terms and trims the texts', () => {
    expect(validateContractTerms(ok).reference).toBe('DH-2025-017');
  });
  it.each([
    ['reference', { reference: '  ' }],
    ['municipalityCode', { municipalityCode: '0518' }],
    ['contractValueCents', { contractValueCents: 0 }],
    ['contractValueCents', { contractValueCents: 1.5 }],
    ['sroiPercentage', { sroiPercentage: 0 }],
    ['sroiPercentage', { sroiPercentage: 5.125 }],
    ['psoDiscountPercentage', { psoDiscountPercentage: 101 }],
    ['penaltyPercentage', { penaltyPercentage: -1 }],
    ['gracePeriodDays', { gracePeriodDays: 731 }],
    ['startDate', { startDate: '2025-02-30' }],
    ['endDate', { endDate: '2024-12-31' }],
    ['obligationOverrideCents', { obligationOverrideCents: -5 }],
  ])('refuses a bad %s', (field, patch) => {
    try {
      validateContractTerms({ ...ok, ...patch });
      throw new Error('expected a validation error');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).details?.field).toBe(field);
    }
  });
});
