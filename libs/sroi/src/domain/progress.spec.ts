import { SroiContractStatus as S, SroiRealisationKind as K, SroiRealisationStatus as R } from './enums';
import { computeProgress, ProgressInput } from './progress';

const contract: Omit<ProgressInput, 'today' | 'totals'> = {
  obligationCents: 4_000_000,
  startDate: '2025-01-01',
  endDate: '2026-12-31',
  gracePeriodDays: 90,
  penaltyPercentage: 50,
  purchaseCapPercent: null,
};
const t = (kind: K, status: R, valueCents: number) => ({ kind, status, valueCents });

describe('computeProgress', () => {
  it('is FULFILLED by the worked Haaglanden case: 22,222.22 + 12,500 + 5,277.78 = 40,000', () => {
    const p = computeProgress({
      ...contract,
      today: '2025-10-01',
      totals: [t(K.PLACEMENT, R.ACCEPTED, 2_222_222), t(K.EMPLOYMENT, R.ACCEPTED, 1_250_000), t(K.SOCIAL_PURCHASE, R.ACCEPTED, 527_778)],
    });
    expect(p).toMatchObject({ realisedCents: 4_000_000, pendingCents: 0, remainingCents: 0, status: S.FULFILLED, penaltyDue: false, penaltyCents: 0 });
  });

  it('keeps pending and rejected out of the realised value; pending counts in the forecast', () => {
    const p = computeProgress({
      ...contract,
      today: '2025-12-31', // 365 of 730 days
      totals: [t(K.PLACEMENT, R.ACCEPTED, 1_000_000), t(K.OTHER_ACTIVITY, R.PENDING, 500_000), t(K.SOCIAL_PURCHASE, R.REJECTED, 9_999_999)],
    });
    expect(p).toMatchObject({ realisedCents: 1_000_000, pendingCents: 500_000, remainingCents: 3_000_000 });
    expect(p.elapsedFraction).toBe(0.5);
    expect(p.expectedToDateCents).toBe(2_000_000);
    expect(p.forecastCents).toBe(3_000_000);
    expect(p.status).toBe(S.BEHIND);
  });

  it('is ON_TRACK when the linear forecast reaches the obligation, and before the start', () => {
    const onTrack = computeProgress({ ...contract, today: '2025-12-31', totals: [t(K.PLACEMENT, R.ACCEPTED, 2_000_000)] });
    expect(onTrack).toMatchObject({ forecastCents: 4_000_000, status: S.ON_TRACK });
    const early = computeProgress({ ...contract, today: '2024-12-01', totals: [] });
    expect(early).toMatchObject({ elapsedFraction: 0, forecastCents: 0, status: S.ON_TRACK, expectedToDateCents: 0 });
  });

  it('is OVERDUE after the end date; the penalty is due only after the grace period', () => {
    const totals = [t(K.PLACEMENT, R.ACCEPTED, 3_000_000)];
    const inGrace = computeProgress({ ...contract, today: '2027-03-31', totals });
    expect(inGrace).toMatchObject({ status: S.OVERDUE, graceEndsOn: '2027-03-31', penaltyDue: false, penaltyCents: 0, forecastCents: 3_000_000, elapsedFraction: 1 });
    const after = computeProgress({ ...contract, today: '2027-04-01', totals });
    expect(after).toMatchObject({ status: S.OVERDUE, penaltyDue: true, remainingCents: 1_000_000, penaltyCents: 500_000 });
    // On the last day the contract is still running.
    expect(computeProgress({ ...contract, today: '2026-12-31', totals }).status).toBe(S.BEHIND);
  });

  it('treats a contract without obligation as fulfilled', () => {
    expect(computeProgress({ ...contract, obligationCents: 0, today: '2027-06-01', totals: [] })).toMatchObject({ status: S.FULFILLED, remainingCents: 0, penaltyCents: 0 });
  });

  it('caps counted sociale inkoop at the table’s percentage of the obligation', () => {
    const p = computeProgress({
      ...contract,
      purchaseCapPercent: 50,
      today: '2025-06-01',
      totals: [t(K.SOCIAL_PURCHASE, R.ACCEPTED, 1_500_000), t(K.SOCIAL_PURCHASE, R.PENDING, 1_000_000), t(K.PLACEMENT, R.PENDING, 100)],
    });
    expect(p).toMatchObject({ realisedCents: 1_500_000, pendingCents: 500_100, purchaseOverCapCents: 0 });
    const over = computeProgress({ ...contract, purchaseCapPercent: 50, today: '2025-06-01', totals: [t(K.SOCIAL_PURCHASE, R.ACCEPTED, 2_500_000)] });
    expect(over).toMatchObject({ realisedCents: 2_000_000, purchaseOverCapCents: 500_000, remainingCents: 2_000_000 });
  });
});
