import type { LksCalculationResult } from './lks-calculator';
import { LksRoute } from './lks-input';

/** € 1.224,11: Dutch notation, computed by hand so that it does not depend on ICU data. */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}

/** 32 → "32", 32.5 → "32,5", 23.5 → "23,5". */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

/** A short Dutch explanation of an LKS calculation, step by step, for accountmanagers and employers. */
export function explainLks(r: Omit<LksCalculationResult, 'explanation'>, shareOfBaseCents: number): string {
  const parts: string[] = [];
  const indexed = r.wmlReferenceDate === r.startDate ? 'startdatum' : `1 januari ${r.wmlReferenceDate.slice(0, 4)}`;
  parts.push(
    `Minimumloon (21 jaar en ouder) op ${r.wmlReferenceDate} (${indexed}; een lopende loonkostensubsidie volgt het minimumloon alleen per 1 januari): ` +
      `${formatEuro(r.wmlMonthlyCents)} per maand, geldend vanaf ${r.wmlEffectiveFrom}.`,
  );
  if (r.youthWagePercentage !== null && r.youthWagePercentage !== 100) {
    parts.push(`Minimumjeugdloon ${r.age} jaar: ${formatNumber(r.youthWagePercentage)}% = ${formatEuro(r.minimumWageMonthlyCents)}.`);
  }
  parts.push(`Met ${formatNumber(r.holidayAllowancePercentage)}% vakantiebijslag is de basis ${formatEuro(r.baseAmountCents)}.`);

  if (r.route === LksRoute.FORFAITAIR) {
    parts.push(
      `Forfaitaire route zonder loonwaardebepaling: ${formatNumber(r.subsidyPercentage)}% van de basis = ${formatEuro(shareOfBaseCents)} ` +
        `(alleen in de eerste 6 maanden, tot en met ${r.forfaitLastDay}).`,
    );
  } else if (r.capApplied) {
    parts.push(
      `Loonwaarde ${r.loonwaardePercentage}%: het verschil van ${100 - (r.loonwaardePercentage ?? 0)}% is meer dan het maximum, ` +
        `dus ${formatNumber(r.subsidyPercentage)}% van de basis = ${formatEuro(shareOfBaseCents)}.`,
    );
  } else {
    parts.push(`Loonwaarde ${r.loonwaardePercentage}%: subsidie ${formatNumber(r.subsidyPercentage)}% van de basis = ${formatEuro(shareOfBaseCents)}.`);
  }

  const hours = formatNumber(r.subsidisedHoursPerWeek);
  const capNote =
    r.subsidisedHoursPerWeek < r.contractHoursPerWeek
      ? ` (${formatNumber(r.contractHoursPerWeek)} contracturen, begrensd op de voltijdse werkweek van ${hours} uur)`
      : '';
  parts.push(`Naar rato van ${hours} van ${r.normativeHoursPerWeek} uur per week${capNote}: ${formatEuro(r.subsidyBeforeEmployerChargesCents)}.`);
  parts.push(
    `Plus ${formatNumber(r.employerChargesPercentage)}% vergoeding werkgeverslasten: loonkostensubsidie ${formatEuro(r.monthlyAmountCents)} per maand.`,
  );

  if (r.employerCost) {
    const c = r.employerCost;
    parts.push(
      `Loonkosten bij een brutoloon van ${formatEuro(c.grossMonthlyWageCents)}: ${formatEuro(c.wageCostsCents)} ` +
        `(met vakantiebijslag en ${formatNumber(r.employerChargesPercentage)}% werkgeverslasten als schatting); ` +
        `netto kosten voor de werkgever na subsidie ${formatEuro(c.netCostCents)} per maand.`,
    );
  }
  return parts.join(' ');
}
