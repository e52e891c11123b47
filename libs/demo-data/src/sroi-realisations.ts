import { daysBetween, maxDate, minDate } from '@wsp/common';
import {
  SroiBonus,
  SroiCategory,
  SroiRealisationKind,
  SroiRealisationStatus,
  valueActivity,
  personValueOn,
  valuePurchase,
} from '@wsp/sroi';
import { ACCEPT_REASONS, ACTIVITIES, EMPLOYMENT_DESCRIPTIONS, PURCHASE_SUBJECTS, REJECT_REASONS, SOCIAL_SUPPLIERS } from './catalog/sroi-texts';
import { deterministicUuid, Rng, Seed } from './random';
import { SroiTableSample } from './reference';
import { SroiContractRow, SroiRealisationChangeRow, SroiRealisationRow } from './rows';
import { addDays, addMinutes, dutchTime, isoDateOf, officeMinute } from './time';

/**
 * Realisations of one demo contract, written as libs/sroi writes them: the value from the
 * valuation functions of @wsp/sroi, a history row for the recording (null → PENDING) and one for
 * the coordinator's decision (PENDING → ACCEPTED | REJECTED). Person-based ones (EMPLOYMENT) are
 * valued as of the reference date, as the sync job leaves them (rejected ones as of their
 * recording, which the job skips); invoices and activities keep the value of their recording day.
 */

/** How much one status of a contract should add up to (eurocents), and with which kinds. */
export interface RealisationBucket {
  status: SroiRealisationStatus;
  minCents: number;
  maxCents: number;
  /** PENDING: the first one is pending for more than 30 days (the work list's alert). */
  oldPending?: boolean;
  kinds?: readonly SroiRealisationKind[];
}

export interface RealisationInput {
  seed: Seed;
  today: string;
  contract: SroiContractRow;
  table: SroiTableSample;
  buckets: readonly RealisationBucket[];
  /** Also one rejected realisation. */
  rejected: boolean;
  recorderId: string;
  coordinatorId: string;
}

const KIND_WEIGHTS: readonly (readonly [SroiRealisationKind, number])[] = [
  [SroiRealisationKind.EMPLOYMENT, 50], [SroiRealisationKind.SOCIAL_PURCHASE, 30], [SroiRealisationKind.OTHER_ACTIVITY, 20],
];

/** BBL students above all (issue 5: "bijvoorbeeld BBL-leerlingen"), then people with a benefit. */
const EMPLOYMENT_CATEGORIES: readonly (readonly [SroiCategory, number])[] = [
  [SroiCategory.BBL_LEVEL_1_2, 25], [SroiCategory.BBL_LEVEL_3_PLUS, 15], [SroiCategory.PARTICIPATIEWET, 20], [SroiCategory.BANENAFSPRAAK, 12],
  [SroiCategory.WW, 10], [SroiCategory.WIA, 5], [SroiCategory.NO_BENEFIT, 5], [SroiCategory.INTERN_MBO_HBO, 4], [SroiCategory.INTERN_VSO_PRO, 4],
];

const BBL = new Set([SroiCategory.BBL_LEVEL_1_2, SroiCategory.BBL_LEVEL_3_PLUS]);
const INTERN = new Set([SroiCategory.INTERN_MBO_HBO, SroiCategory.INTERN_VSO_PRO]);
const AGE_ELIGIBLE = new Set([SroiCategory.PARTICIPATIEWET, SroiCategory.WW, SroiCategory.WIA, SroiCategory.NO_BENEFIT]);

type Draft = {
  kind: SroiRealisationKind;
  status: SroiRealisationStatus;
  recordedOn: string;
  valueCents: number;
  valuedOn: string;
  category: SroiCategory | null;
  bonuses: SroiBonus[];
  hoursPerWeek: number | null;
  startDate: string;
  endDate: string | null;
  monthsCounted: number | null;
  purchaseAmountCents: number | null;
  supplierName: string | null;
  invoiceReference: string | null;
  activityHours: number | null;
  description: string | null;
};


/** A day in [from, to] (from when the range is empty). */
function dayIn(r: Rng, from: string, to: string): string {
  return to <= from ? from : addDays(from, r.int(0, daysBetween(from, to)));
}

export function generateRealisations(r: Rng, input: RealisationInput): { realisations: SroiRealisationRow[]; changes: SroiRealisationChangeRow[] } {
  const { today, contract, table } = input;
  // Recorded once the contract was in the system and had started; decided ones at least 5 days ago.
  const firstDay = maxDate(addDays(isoDateOf(contract.createdAt), 1), contract.startDate);
  const decidedUntil = maxDate(firstDay, minDate(addDays(today, -5), addDays(contract.endDate, 45)));
  const recordingDay = (status: SroiRealisationStatus, old: boolean): string => {
    if (status !== SroiRealisationStatus.PENDING) return dayIn(r, firstDay, minDate(decidedUntil, today));
    if (old && firstDay <= addDays(today, -31)) return dayIn(r, maxDate(firstDay, addDays(today, -80)), addDays(today, -31));
    return dayIn(r, minDate(maxDate(firstDay, addDays(today, -25)), today), today);
  };
  /** Invoice or activity day: in the contract period, not after the recording. */
  const itemDay = (recordedOn: string) => dayIn(r, maxDate(contract.startDate, addDays(recordedOn, -90)), minDate(recordedOn, contract.endDate));

  const base = (kind: SroiRealisationKind, status: SroiRealisationStatus, recordedOn: string): Draft => ({
    kind, status, recordedOn, valueCents: 0, valuedOn: recordedOn, category: null, bonuses: [], hoursPerWeek: null, startDate: recordedOn, endDate: null,
    monthsCounted: null, purchaseAmountCents: null, supplierName: null, invoiceReference: null, activityHours: null, description: null,
  });

  const employment = (status: SroiRealisationStatus, recordedOn: string, room: number): Draft | null => {
    const categories = EMPLOYMENT_CATEGORIES.filter(([c]) => table.categories.has(c));
    if (categories.length === 0) return null;
    const category = r.weightedEntry(categories);
    const latestStart = minDate(contract.endDate, maxDate(contract.startDate, addDays(recordedOn, -14)));
    const startDate = dayIn(r, maxDate(contract.startDate, addDays(recordedOn, -420)), minDate(latestStart, recordedOn));
    let endDate: string | null = null;
    if (INTERN.has(category)) endDate = addDays(startDate, r.int(60, 150));
    else if (r.chance(0.2)) endDate = addDays(startDate, r.int(90, 365));
    if (endDate !== null && endDate > today && !INTERN.has(category)) endDate = null;
    let hoursPerWeek = BBL.has(category) ? r.pick([32, 36, 38]) : INTERN.has(category) ? r.pick([16, 24, 32]) : 2 * r.int(8, 18);
    const bonuses: SroiBonus[] = [];
    if (category === SroiCategory.WIA && r.chance(0.4)) bonuses.push(SroiBonus.ARBEIDSBEPERKING);
    if (AGE_ELIGIBLE.has(category) && r.chance(0.15)) bonuses.push(SroiBonus.AGE);
    bonuses.sort();
    // Rejected ones keep the value of their recording (the sync job skips them); the others are valued today.
    const asOf = status === SroiRealisationStatus.REJECTED ? recordedOn : today;
    const value = () => personValueOn(table, contract, { category, hoursPerWeek, startDate, endDate, bonuses }, asOf);
    let v = value();
    if (v.valueCents > room) {
      hoursPerWeek = Math.max(8, Math.floor(hoursPerWeek / 2));
      v = value();
    }
    if (v.valueCents > room || v.valueCents === 0) return null;
    return {
      ...base(SroiRealisationKind.EMPLOYMENT, status, recordedOn), category, bonuses, hoursPerWeek, startDate, endDate,
      monthsCounted: v.monthsCounted, valueCents: v.valueCents, valuedOn: asOf, description: r.pick(EMPLOYMENT_DESCRIPTIONS[category] ?? ['Dienstverband bij de opdrachtnemer']),
    };
  };

  const purchase = (status: SroiRealisationStatus, recordedOn: string, minCents: number, maxCents: number): Draft | null => {
    if (table.purchaseCountPercent <= 0) return null;
    // The invoice amount whose counted value lies in [min, max]: the counted share of the amount (100 or 50 %).
    const target = r.int(Math.max(1, minCents), Math.max(1, maxCents));
    let amount = Math.ceil((target * 100) / table.purchaseCountPercent);
    while (amount > 1 && valuePurchase(table, amount) > maxCents) amount -= 1;
    const valueCents = valuePurchase(table, amount);
    if (valueCents < minCents || valueCents > maxCents) return null;
    const day = itemDay(recordedOn);
    return {
      ...base(SroiRealisationKind.SOCIAL_PURCHASE, status, recordedOn), startDate: day, purchaseAmountCents: amount, valueCents,
      supplierName: r.pick(SOCIAL_SUPPLIERS), invoiceReference: r.chance(0.9) ? `F${day.slice(0, 4)}-${String(r.int(1, 9999)).padStart(4, '0')}` : null,
      description: r.chance(0.8) ? r.pick(PURCHASE_SUBJECTS) : null,
    };
  };

  const activity = (status: SroiRealisationStatus, recordedOn: string, minCents: number, maxCents: number): Draft | null => {
    const hourly = table.activityHourlyValueCents;
    if (hourly <= 0) return null;
    const what = r.pick(ACTIVITIES);
    const value = (h: number) => (h > 0 && h <= 10_000 ? valueActivity(table, h) : Infinity);
    // Half hours within what the bucket still takes; hundredths of an hour when no half hour fits.
    let h = r.int(what.hours[0] * 2, what.hours[1] * 2) / 2;
    if (value(h) > maxCents) h = Math.floor((maxCents * 2) / hourly) / 2;
    if (value(h) < minCents || !(h > 0)) h = Math.ceil((minCents * 2) / hourly) / 2;
    if (value(h) > maxCents) h = Math.ceil((minCents * 100) / hourly) / 100;
    const valueCents = value(h);
    if (valueCents < minCents || valueCents > maxCents) return null;
    return { ...base(SroiRealisationKind.OTHER_ACTIVITY, status, recordedOn), startDate: itemDay(recordedOn), activityHours: h, valueCents, description: what.description };
  };

  const drafts: Draft[] = [];
  for (const b of input.buckets) {
    if (b.maxCents <= 0 || b.minCents > b.maxCents) continue;
    const kinds = KIND_WEIGHTS.filter(([k]) => !b.kinds || b.kinds.includes(k));
    let sum = 0;
    let count = 0;
    const add = (d: Draft | null) => {
      if (!d) return;
      drafts.push(d);
      sum += d.valueCents;
      count += 1;
    };
    const day = () => recordingDay(b.status, b.status === SroiRealisationStatus.PENDING && (count === 0 ? b.oldPending === true : r.chance(0.3)));
    for (let attempt = 0; attempt < 10 && sum < b.minCents; attempt++) {
      const room = b.maxCents - sum;
      const kind = r.weightedEntry(kinds);
      if (kind === SroiRealisationKind.EMPLOYMENT) add(employment(b.status, day(), room));
      else if (kind === SroiRealisationKind.SOCIAL_PURCHASE) add(purchase(b.status, day(), Math.min(room, 150_000), Math.min(room, 2_500_000)));
      else add(activity(b.status, day(), 1, room));
    }
    // Close the gap: invoices of at most €30,000, the last one (or an activity) landing within the bucket.
    const closeWithActivity = !kinds.some(([k]) => k === SroiRealisationKind.SOCIAL_PURCHASE);
    for (let guard = 0; guard < 20 && sum < b.minCents; guard++) {
      const gapMin = b.minCents - sum;
      const gapMax = b.maxCents - sum;
      if (closeWithActivity || gapMax < 100_000) add(activity(b.status, day(), gapMin, gapMax));
      else if (gapMin > 3_000_000) add(purchase(b.status, day(), 1_000_000, 3_000_000));
      else add(purchase(b.status, day(), gapMin, gapMax));
    }
  }
  if (input.rejected) {
    const recordedOn = recordingDay(SroiRealisationStatus.REJECTED, false);
    const kind = r.weightedEntry(KIND_WEIGHTS);
    const status = SroiRealisationStatus.REJECTED;
    const d = kind === SroiRealisationKind.EMPLOYMENT ? employment(status, recordedOn, Number.MAX_SAFE_INTEGER)
      : kind === SroiRealisationKind.SOCIAL_PURCHASE ? purchase(status, recordedOn, 150_000, 1_500_000)
        : activity(status, recordedOn, 1, Number.MAX_SAFE_INTEGER);
    if (d) drafts.push(d);
  }
  return toRows(r, input, drafts);
}

/** Rows in recording order, with the timestamps and history of recording and decision. */
function toRows(r: Rng, input: RealisationInput, drafts: Draft[]): { realisations: SroiRealisationRow[]; changes: SroiRealisationChangeRow[] } {
  const { seed, today, contract } = input;
  const ordered = drafts.map((d, i) => ({ d, i })).sort((a, b) => (a.d.recordedOn < b.d.recordedOn ? -1 : a.d.recordedOn > b.d.recordedOn ? 1 : a.i - b.i)).map((x) => x.d);
  const realisations: SroiRealisationRow[] = [];
  const changes: SroiRealisationChangeRow[] = [];
  ordered.forEach((d, k) => {
    const id = deterministicUuid(seed, 'sroi-realisation', `${contract.id}/${k}`);
    let createdAt = dutchTime(d.recordedOn, officeMinute(r));
    if (createdAt <= contract.createdAt) createdAt = addMinutes(contract.createdAt, r.int(10, 120));
    const decided = d.status !== SroiRealisationStatus.PENDING;
    let decidedAt: Date | null = null;
    let reason: string | null = null;
    if (decided) {
      const day = maxDate(d.recordedOn, minDate(addDays(d.recordedOn, r.int(2, 25)), addDays(today, -1)));
      decidedAt = dutchTime(day, officeMinute(r));
      if (decidedAt <= createdAt) decidedAt = addMinutes(createdAt, r.int(30, 240));
      const kind = d.kind as keyof typeof REJECT_REASONS;
      reason = d.status === SroiRealisationStatus.REJECTED ? r.pick(REJECT_REASONS[kind]) : r.chance(0.3) ? r.pick(ACCEPT_REASONS[kind]) : null;
    }
    // The sync job revalued a person-based realisation (not rejected) recorded before today: one more update.
    const revalued = d.kind === SroiRealisationKind.EMPLOYMENT && d.status !== SroiRealisationStatus.REJECTED && d.recordedOn < today;
    const revaluedAt = revalued ? dutchTime(today, 5) : null;
    const updatedAt = [createdAt, decidedAt, revaluedAt].reduce<Date>((a, b) => (b !== null && b > a ? b : a), createdAt);
    realisations.push({
      id, contractId: contract.id, kind: d.kind, status: d.status, placementId: null, candidateId: null, category: d.category, derivedCategory: null,
      bonuses: d.bonuses, hoursPerWeek: d.hoursPerWeek, startDate: d.startDate, endDate: d.endDate, monthsCounted: d.monthsCounted,
      purchaseAmountCents: d.purchaseAmountCents, supplierName: d.supplierName, invoiceReference: d.invoiceReference, activityHours: d.activityHours,
      description: d.description, valueCents: d.valueCents, valuedOn: d.valuedOn, pendingSince: createdAt, statusReason: reason,
      decidedById: decided ? input.coordinatorId : null, decidedAt, createdById: input.recorderId, createdAt, updatedAt,
      version: 1 + (decided ? 1 : 0) + (revalued ? 1 : 0),
    });
    // As RealisationsService writes them: the recording, then the decision.
    const person = d.kind === SroiRealisationKind.EMPLOYMENT;
    changes.push({
      id: deterministicUuid(seed, 'sroi-realisation-change', `${id}/0`), realisationId: id, fromStatus: null, toStatus: SroiRealisationStatus.PENDING,
      fromCategory: null, toCategory: person ? d.category : null, reason: person ? 'Dienstverband vastgelegd' : 'Vastgelegd', changedById: input.recorderId, changedAt: createdAt,
    });
    if (decided) {
      changes.push({
        id: deterministicUuid(seed, 'sroi-realisation-change', `${id}/1`), realisationId: id, fromStatus: SroiRealisationStatus.PENDING, toStatus: d.status,
        fromCategory: d.category, toCategory: d.category, reason, changedById: input.coordinatorId, changedAt: decidedAt!,
      });
    }
  });
  return { realisations, changes };
}
