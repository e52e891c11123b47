import { Role } from '@wsp/common';
import { userId } from './accounts';
import { slug } from './catalog/names';
import { Seed } from './random';
import { PostcodeSample } from './reference';
import { RegionDefinition } from './region';
import { UserRow } from './rows';

/**
 * Consultants (klantmanagers) and job coaches for the generated candidates. Each municipality
 * carries out the Participatiewet for its own residents (art. 7), so a candidate's consultant
 * works for the candidate's municipality; a caseload is about CONSULTANT_CASELOAD candidates.
 * Job coaches work region-wide with about JOBCOACH_CASELOAD candidates each. The demo CONSULTANT
 * login is the first consultant of the largest municipality, the demo JOBCOACH the first coach.
 * The others are logins too (same password), so that any caseload can be looked at.
 */

export const CONSULTANT_CASELOAD = 100;
export const JOBCOACH_CASELOAD = 40;
/** Expected share of candidates with a job coach (see candidates.ts: jobCoachChance). */
export const EXPECTED_COACHED_SHARE = 0.27;

export interface CaseworkerPlan {
  /** Consultant ids per GM code; the demo consultant is first in its municipality. */
  consultantsByMunicipality: Map<string, string[]>;
  /** Every consultant id (demo first), for candidates outside every planned municipality. */
  consultants: string[];
  /** Job coach ids, demo first. */
  jobCoaches: string[];
  /** Users to insert besides the demo logins. */
  users: UserRow[];
}

/** Inhabitants per municipality of the sample (inhabited PC4s only). */
export function municipalityPopulation(postcodes: readonly PostcodeSample[]): Map<string, number> {
  const population = new Map<string, number>();
  for (const p of postcodes) if (p.population > 0) population.set(p.municipalityCode, (population.get(p.municipalityCode) ?? 0) + p.population);
  return population;
}

export function planCaseworkers(
  input: {
    seed: Seed;
    passwordHash: string;
    region: RegionDefinition;
    postcodes: readonly PostcodeSample[];
    demoConsultantId: string;
    demoJobCoachId: string;
  },
  candidates: number,
): CaseworkerPlan {
  const population = municipalityPopulation(input.postcodes);
  const total = [...population.values()].reduce((a, b) => a + b, 0);
  const names = new Map(input.region.municipalities.map((m) => [m.code, m.displayName]));
  // Largest first (then by code), so that the demo consultant works for the largest municipality.
  const order = [...population.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const users: UserRow[] = [];
  const add = (email: string, displayName: string, role: Role): string => {
    const id = userId(input.seed, email);
    users.push({ id, email, passwordHash: input.passwordHash, displayName, role, employerId: null, active: true });
    return id;
  };

  const consultantsByMunicipality = new Map<string, string[]>();
  const consultants: string[] = [input.demoConsultantId];
  if (candidates > 0 && total > 0) {
    order.forEach(([code, people], index) => {
      const n = Math.max(1, Math.round((candidates * people) / total / CONSULTANT_CASELOAD));
      const name = names.get(code) ?? code;
      const ids: string[] = [];
      for (let k = 1; k <= n; k++) {
        if (index === 0 && k === 1) ids.push(input.demoConsultantId);
        else ids.push(add(`klantmanager.${slug(name)}.${k}@demo.wsp.nl`, `Klantmanager ${name}${n > 1 ? ` ${k}` : ''}`, Role.CONSULTANT));
      }
      consultantsByMunicipality.set(code, ids);
      consultants.push(...ids.filter((id) => id !== input.demoConsultantId));
    });
  }

  const jobCoaches: string[] = [input.demoJobCoachId];
  const coaches = Math.max(1, Math.round((candidates * EXPECTED_COACHED_SHARE) / JOBCOACH_CASELOAD));
  for (let k = 2; k <= coaches; k++) jobCoaches.push(add(`jobcoach.${k}@demo.wsp.nl`, `Jobcoach ${k}`, Role.JOBCOACH));
  return { consultantsByMunicipality, consultants, jobCoaches, users };
}
