import { computeObligation } from './obligation';

const base = { contractValueCents: 80_000_000, sroiPercentage: 5, psoDiscountPercentage: null, thresholdCents: 20_000_000, overrideCents: null };

describe('computeObligation (value × percentage × (1 − PSO discount), threshold, admin override)', () => {
  it('gives €40,000 for a contract of €800,000 at 5%', () => {
    expect(computeObligation(base)).toEqual({ obligationCents: 4_000_000, formulaCents: 4_000_000, belowThreshold: false, overridden: false });
  });

  it('applies the PSO discount and rounds half up once', () => {
    expect(computeObligation({ ...base, psoDiscountPercentage: 10 }).obligationCents).toBe(3_600_000);
    // 333,333.33 × 5.25% × (1 − 12.5%) = 15,312.4999… → 15,312.50
    expect(computeObligation({ ...base, contractValueCents: 33_333_333, sroiPercentage: 5.25, psoDiscountPercentage: 12.5 }).obligationCents).toBe(1_531_250);
  });

  it('has no obligation below the threshold, but exactly at it', () => {
    expect(computeObligation({ ...base, contractValueCents: 19_999_999 })).toMatchObject({ obligationCents: 0, belowThreshold: true, formulaCents: 1_000_000 });
    expect(computeObligation({ ...base, contractValueCents: 20_000_000 })).toMatchObject({ obligationCents: 1_000_000, belowThreshold: false });
  });

  it('uses an explicit obligation set by an admin, also below the threshold', () => {
    expect(computeObligation({ ...base, contractValueCents: 10_000_000, overrideCents: 750_000 })).toMatchObject({ obligationCents: 750_000, belowThreshold: true, overridden: true });
    expect(computeObligation({ ...base, overrideCents: 0 }).obligationCents).toBe(0);
  });

  it('follows a different threshold from the table', () => {
    expect(computeObligation({ ...base, thresholdCents: 100_000_000 }).obligationCents).toBe(0);
  });
});
