import { isIsoDate, ValidationError } from '@wsp/common';
import { WAGE_MAX_CENTS } from '../lks/employer-cost';
import { HOURS_MAX } from '../lks/lks-input';

/** Pure checks of the plain (non-instrument) fields of arrangement inputs. */

export function isoDate(value: unknown, field: string): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', field);
  return value;
}

export function assertDates(startDate: string, endDate: string | null, field = 'endDate'): void {
  if (endDate !== null && endDate < startDate) throw new ValidationError('De einddatum ligt vóór de startdatum', field);
}

export function contractHours(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > HOURS_MAX) {
    throw new ValidationError(`Het aantal uren per week ligt tussen 0 en ${HOURS_MAX}`, field);
  }
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) throw new ValidationError('Geef de uren in hoogstens twee decimalen', field);
  return Math.round(value * 100) / 100;
}

export function monthlyWage(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > WAGE_MAX_CENTS) {
    throw new ValidationError(`Het brutomaandloon is een bedrag in eurocent van 1 tot en met ${WAGE_MAX_CENTS}`, field);
  }
  return value;
}

export function jobcarving(role: { title: string; description: string }, field = 'jobcarvingRole'): { title: string; description: string } {
  const title = role.title.trim();
  const description = role.description.trim();
  if (!title) throw new ValidationError('Geef de functie een naam', `${field}.title`);
  if (!description) throw new ValidationError('Beschrijf de taken van de jobcarvingfunctie', `${field}.description`);
  return { title, description };
}

export function optionalNotes(value: string | null | undefined): string | null {
  const s = value?.trim();
  return s ? s : null;
}
