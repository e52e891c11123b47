import { deterministicUuid, Rng, Seed } from './random';
import { documentReference } from './catalog/candidate-texts';
import { OccupationSkillSample } from './reference';
import { CandidateRow, CandidateSkillRow, IdentityConsentRow } from './rows';
import { addDays, dutchTime, isoDateOf, officeMinute } from './time';

/** Skills and consents shared by the candidate generator and the demo scenarios. */

/** `k` distinct items in random order (all of them, shuffled, when k ≥ length); no copy of a long list. */
export function pickDistinct<T>(r: Rng, items: readonly T[], k: number): T[] {
  if (k >= items.length) return r.shuffle(items);
  const chosen: number[] = [];
  while (chosen.length < k) {
    const i = Math.floor(r.next() * items.length);
    if (!chosen.includes(i)) chosen.push(i);
  }
  return chosen.map((i) => items[i]);
}

/** A subset of the occupations' real skills: 3–8 essential and 0–4 optional ones per occupation. */
export function pickCandidateSkills(
  r: Rng,
  candidateId: string,
  occupationIds: readonly string[],
  split: ReadonlyMap<string, { essential: string[]; optional: string[] }>,
): CandidateSkillRow[] {
  const skills = new Set<string>();
  for (const id of occupationIds) {
    const s = split.get(id);
    if (!s) continue;
    for (const skill of pickDistinct(r, s.essential, r.int(3, 8))) skills.add(skill);
    for (const skill of pickDistinct(r, s.optional, r.int(0, 4))) skills.add(skill);
  }
  return [...skills].slice(0, 300).map((skillId) => ({ candidateId, skillId }));
}

export function splitSkills(occupationSkills: ReadonlyMap<string, readonly OccupationSkillSample[]>): Map<string, { essential: string[]; optional: string[] }> {
  const out = new Map<string, { essential: string[]; optional: string[] }>();
  for (const [id, relations] of occupationSkills) {
    out.set(id, { essential: relations.filter((s) => s.essential).map((s) => s.skillId), optional: relations.filter((s) => !s.essential).map((s) => s.skillId) });
  }
  return out;
}

/** A signed consent to share the identity with one employer, recorded by the consultant. */
export function identityConsent(r: Rng, ctx: { seed: Seed; today: string }, c: CandidateRow, employerId: string, index: number): IdentityConsentRow {
  const createdDate = isoDateOf(c.createdAt);
  const yesterday = addDays(ctx.today, -1);
  const grantedOn = [addDays(ctx.today, -r.int(2, 30)), createdDate].sort()[1];
  const on = grantedOn > yesterday ? yesterday : grantedOn;
  const at = dutchTime(on, officeMinute(r));
  return {
    id: deterministicUuid(ctx.seed, 'identity-consent', index),
    candidateId: c.id,
    employerId,
    grantedOn: on,
    documentReference: documentReference(Number(on.slice(0, 4)), r.int(1, 999_999)),
    recordedById: c.consultantId,
    revokedAt: null,
    revokedById: null,
    createdAt: at.getTime() > c.createdAt.getTime() ? at : new Date(c.createdAt.getTime() + 10 * 60_000),
  };
}
