/**
 * Active placements for the hard constraint ACTIVE_PLACEMENT (the demo data has none): a
 * deterministic share of the matchable candidates gets a running proefplaats at some vacancy.
 */
import { Client } from 'pg';

export async function addActivePlacements(url: string, share: number): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `WITH picked AS (
         SELECT c.id AS candidate_id, c.consultant_id, row_number() OVER (ORDER BY md5(c.id::text)) AS k
           FROM candidates c WHERE c.active AND c.visible_for_matching
          ORDER BY md5(c.id::text)
          LIMIT (SELECT ceil(count(*) * $1::float8)::int FROM candidates)
       ), vacancy AS (
         SELECT v.id, v.employer_id, row_number() OVER (ORDER BY v.id) AS k, count(*) OVER () AS n FROM vacancies v
       ), inserted AS (
         INSERT INTO placements (candidate_id, vacancy_id, employer_id, status, proposed_by_id, introduced_at, proefplaats_start_date, version)
         SELECT p.candidate_id, v.id, v.employer_id, 'PROEFPLAATS', p.consultant_id, now() - interval '20 days', current_date - 10, 1
           FROM picked p JOIN vacancy v ON v.k = 1 + (p.k % v.n)
         RETURNING 1
       )
       SELECT count(*)::int AS n FROM inserted`,
      [share],
    );
    await client.query('ANALYZE placements');
    return rows[0].n;
  } finally {
    await client.end();
  }
}
