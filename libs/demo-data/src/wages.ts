/**
 * Wettelijk minimumuurloon (21 jaar en ouder), in eurocents, by the date it took effect. Since
 * 2024 the Wet minimumloon en minimumvakantiebijslag sets an hourly minimum (art. 8 WML), indexed
 * every 1 January and 1 July (art. 14 WML). Source: Rijksoverheid, "Bedragen minimumloon".
 * The table ends at the last published amount; generated wages keep a margin above it (see below),
 * so a later indexation does not put demo wages under the minimum.
 */
export const MINIMUM_HOURLY_WAGE_CENTS: readonly { from: string; cents: number }[] = [
  { from: '2024-01-01', cents: 1327 },
  { from: '2024-07-01', cents: 1368 },
  { from: '2025-01-01', cents: 1406 },
  { from: '2025-07-01', cents: 1440 },
  { from: '2026-01-01', cents: 1471 },
];

/** The minimum hourly wage in force on `isoDate` (the earliest known one before 2024). */
export function minimumHourlyWageCents(isoDate: string): number {
  let cents = MINIMUM_HOURLY_WAGE_CENTS[0].cents;
  for (const step of MINIMUM_HOURLY_WAGE_CENTS) if (step.from <= isoDate) cents = step.cents;
  return cents;
}

/** Average weeks per month (52 / 12): monthly pay = hourly wage × hours per week × 52 / 12. */
export const WEEKS_PER_MONTH = 52 / 12;

/** Gross monthly minimum wage for `hoursPerWeek`, rounded up to whole cents. */
export function minimumMonthlyWageCents(isoDate: string, hoursPerWeek: number): number {
  return Math.ceil(minimumHourlyWageCents(isoDate) * hoursPerWeek * WEEKS_PER_MONTH);
}

/**
 * Lowest generated hourly wage as a factor of the minimum wage: entry-level CAO scales (schoonmaak,
 * horeca, retail) start a few percent above WML; the margin also covers the next indexation.
 */
export const MIN_WAGE_FACTOR = 1.05;

/** Monthly wage in cents for an hourly factor of the minimum, rounded up to whole euros × 10. */
export function monthlyWageCents(isoDate: string, hoursPerWeek: number, factor: number): number {
  const cents = minimumHourlyWageCents(isoDate) * Math.max(factor, MIN_WAGE_FACTOR) * hoursPerWeek * WEEKS_PER_MONTH;
  return Math.ceil(cents / 1000) * 1000;
}
