import { CandidateSearchDoc, VACANCY_SEARCH_STATUSES, VacancySearchDoc } from './documents';
import { CandidateSearchQuery, OVERLAP_LEVELS, VacancySearchQuery } from './query';

/**
 * Guards of the port's inputs. Documents and queries are built by code (the indexer, the matching
 * pipeline), never typed by a user, so a bad one is a programming error: RangeError naming the field.
 */

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function check(ok: boolean, what: string, id?: string): void {
  if (!ok) throw new RangeError(`Invalid search ${id ? `document ${id}` : 'query'}: ${what}`);
}

function checkPoint(lat: unknown, lon: unknown, id?: string): void {
  check(finite(lat) && lat >= -90 && lat <= 90, `lat must be a number in [-90, 90], got ${String(lat)}`, id);
  check(finite(lon) && lon >= -180 && lon <= 180, `lon must be a number in [-180, 180], got ${String(lon)}`, id);
}

const isDateNumber = (x: unknown): boolean => finite(x) && Number.isInteger(x) && x >= 10000101 && x <= 99991231;

export function validateCandidateDoc(d: CandidateSearchDoc): void {
  check(typeof d.id === 'string' && d.id.length > 0, 'id must be a non-empty string');
  checkPoint(d.lat, d.lon, d.id);
  check(finite(d.reachKm) && d.reachKm >= 0, 'reachKm must be a finite number ≥ 0', d.id);
  check(finite(d.hoursMin) && finite(d.hoursMax), 'hoursMin and hoursMax must be numbers', d.id);
  check(d.loonwaarde === null || finite(d.loonwaarde), 'loonwaarde must be a number or null', d.id);
  check(isDateNumber(d.availableFrom), 'availableFrom must be a yyyymmdd number', d.id);
  for (const f of ['occupationIds', 'iscoUnitGroups', 'iscoMinorGroups', 'skillIds'] as const) {
    check(Array.isArray(d[f]), `${f} must be an array`, d.id);
  }
  check(typeof d.text === 'string', 'text must be a string', d.id);
}

export function validateVacancyDoc(d: VacancySearchDoc): void {
  check(typeof d.id === 'string' && d.id.length > 0, 'id must be a non-empty string');
  checkPoint(d.lat, d.lon, d.id);
  check(finite(d.hoursMin) && finite(d.hoursMax), 'hoursMin and hoursMax must be numbers', d.id);
  check(d.minLoonwaarde === null || finite(d.minLoonwaarde), 'minLoonwaarde must be a number or null', d.id);
  check(d.startDate === null || isDateNumber(d.startDate), 'startDate must be a yyyymmdd number or null', d.id);
  check((VACANCY_SEARCH_STATUSES as readonly string[]).includes(d.status), `unknown status ${d.status}`, d.id);
  check(typeof d.occupationId === 'string' && d.occupationId.length > 0, 'occupationId must be a non-empty string', d.id);
  check(Array.isArray(d.skillIds), 'skillIds must be an array', d.id);
  check(typeof d.text === 'string', 'text must be a string', d.id);
}

export function validateQuery(q: CandidateSearchQuery | VacancySearchQuery): void {
  if (q.geo) {
    checkPoint(q.geo.lat, q.geo.lon);
    const r = q.geo.radiusKm;
    check(r === undefined || (typeof r === 'number' && r >= 0 && !Number.isNaN(r)), `radiusKm must be ≥ 0, got ${String(r)}`);
    const f = 'reachFraction' in q.geo ? q.geo.reachFraction : undefined;
    check(f === undefined || (finite(f) && f > 0 && f <= 1), `reachFraction must be in (0, 1], got ${String(f)}`);
  }
  if (q.hours) check(finite(q.hours.min) && finite(q.hours.max), 'hours.min and hours.max must be numbers');
  const weights = q.overlap?.skillWeights;
  if (weights !== undefined) {
    check(weights.length === (q.overlap?.skillIds?.length ?? 0), 'overlap.skillWeights needs one weight per skill id');
    for (const w of weights) check(finite(w) && w >= 0, `skill weights must be finite numbers ≥ 0, got ${String(w)}`);
  }
  for (const l of q.levels ?? []) check((OVERLAP_LEVELS as readonly string[]).includes(l), `unknown level ${l}`);
  check(q.offset === undefined || (Number.isInteger(q.offset) && q.offset >= 0), 'offset must be an integer ≥ 0');
  check(q.limit === undefined || (Number.isInteger(q.limit) && q.limit >= 0), 'limit must be an integer ≥ 0');
}
