import { EntityManager } from 'typeorm';
import { recordEvents } from '@wsp/events';

/**
 * The event that asks matching to re-score a vacancy because an input of the SROI score component
 * changed (the region's setting, or a contract of its employer). Matching re-indexes and re-matches
 * the vacancy (libs/matching domain/triggers.ts); the nightly FULL run catches slower drift, such as
 * an obligation that fills up through accepted realisations.
 */
export const SROI_RESCORE_EVENT = 'vacancy.sroi_scoring_changed';

/** Records the event for the open vacancies of contractors of contracts valued with a table of `regionCode`. */
export async function rescoreRegion(manager: EntityManager, regionCode: string, reason: string): Promise<number> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT DISTINCT v.id::text FROM vacancies v
       JOIN sroi_contracts k ON k.contractor_id = v.employer_id
       JOIN sroi_valuation_tables t ON t.id = k.valuation_table_id
      WHERE v.status = 'OPEN' AND t.region_code = $1
      ORDER BY 1`,
    [regionCode],
  );
  return record(manager, rows, reason);
}

/** Records the event for the open vacancies of one contractor, when a region of its contracts has the component on. */
export async function rescoreContractor(manager: EntityManager, contractorId: string, reason: string): Promise<number> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT v.id::text FROM vacancies v
      WHERE v.status = 'OPEN' AND v.employer_id = $1
        AND EXISTS (SELECT 1 FROM sroi_contracts k JOIN sroi_valuation_tables t ON t.id = k.valuation_table_id
                      JOIN sroi_region_settings s ON s.region_code = t.region_code
                     WHERE k.contractor_id = $1 AND s.matching_component_enabled)
      ORDER BY 1`,
    [contractorId],
  );
  return record(manager, rows, reason);
}

async function record(manager: EntityManager, rows: readonly { id: string }[], reason: string): Promise<number> {
  await recordEvents(
    manager,
    rows.map((r) => ({ aggregateType: 'vacancy', aggregateId: r.id, type: SROI_RESCORE_EVENT, payload: { reason } })),
  );
  return rows.length;
}
