import { SECTORS } from './catalog/sectors';
import { capitalise } from './catalog/names';
import { Rng } from './random';
import { OccupationSample } from './reference';

/** The catalog's jobs resolved to occupations of the reference data, per SBI section. */
export interface JobPool {
  bySection: Map<string, { occupations: OccupationSample[]; weights: number[] }>;
  /** Every resolved occupation with its summed weight: the fallback for a section without jobs. */
  all: { occupations: OccupationSample[]; weights: number[] };
}

export function buildJobPool(occupations: readonly OccupationSample[]): JobPool {
  const byKey = new Map(occupations.map((o) => [`${o.iscoGroup}|${o.labelNl}`, o]));
  const bySection = new Map<string, { occupations: OccupationSample[]; weights: number[] }>();
  const total = new Map<string, { occupation: OccupationSample; weight: number }>();
  for (const sector of SECTORS) {
    const entry = { occupations: [] as OccupationSample[], weights: [] as number[] };
    for (const [iscoGroup, label, weight] of sector.jobs) {
      const occupation = byKey.get(`${iscoGroup}|${label}`);
      if (!occupation) continue;
      entry.occupations.push(occupation);
      entry.weights.push(weight);
      const sum = total.get(occupation.id) ?? { occupation, weight: 0 };
      sum.weight += weight;
      total.set(occupation.id, sum);
    }
    if (entry.occupations.length) bySection.set(sector.section, entry);
  }
  if (total.size === 0) throw new Error('none of the catalog occupations is in the reference data');
  const all = [...total.values()];
  return { bySection, all: { occupations: all.map((t) => t.occupation), weights: all.map((t) => t.weight) } };
}

export function pickOccupation(rng: Rng, pool: JobPool, section: string): OccupationSample {
  const entry = pool.bySection.get(section) ?? pool.all;
  return rng.weighted(entry.occupations, entry.weights);
}

/**
 * A vacancy title from the ESCO Dutch label: capitalised, and "medewerker groenvoorziening/
 * medewerkster groenvoorziening" shortened to its first form when that form has several words.
 */
export function jobTitle(labelNl: string): string {
  const slash = labelNl.indexOf('/');
  const first = slash > 0 ? labelNl.slice(0, slash).trim() : labelNl;
  return capitalise(slash > 0 && first.includes(' ') ? first : labelNl);
}
