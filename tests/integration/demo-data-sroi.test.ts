/**
 * The demo seed's SROI data on PostgreSQL, through the API as the demo logins see it: twelve
 * contracts in their situations (on track, behind, ending with a gap, fulfilled, overdue with a
 * penalty, below the threshold, not started), realisations whose stored value is what libs/sroi
 * computes (its sync job finds nothing to revalue), the demo employer seeing its own two contracts
 * only, and the demo accountmanager, SROI coordinator of Den Haag, seeing the work list's alerts.
 */
import { DataSource } from 'typeorm';
import { Role, todayIn } from '@wsp/common';
import { DEMO_ACCOUNTS, DEMO_COUNTS, loadSroiTables, SeedResult, seedDemoData, SROI_DEMO_CONTRACTS, SROI_DEMO_REGION_CODE, SroiScenario } from '@wsp/demo-data';
import {
  countedMonths,
  SroiAlertKind,
  SroiCategory,
  SroiContractStatus,
  SroiPlacementSync,
  SroiRealisationKind,
  valueActivity,
  valuePerson,
  valuePurchase,
} from '@wsp/sroi';
import { expectErrorCode, GqlResult, TestApi } from '@wsp/testing/api';

// The API values as of its clock: seed with the same day.
const TODAY = todayIn('Europe/Amsterdam');
const SEED_OPTIONS = { seed: 'integration-sroi', today: TODAY };
const SROI_TABLES = ['sroi_contracts', 'sroi_realisations', 'sroi_realisation_changes', 'sroi_coordinators'];

const CONTRACTS = `{ sroiContracts(first: 20) { totalCount nodes {
  id reference municipalityCode contractorId contractValueCents obligationCents belowThreshold psoDiscountPercentage realisedCents pendingCents
  remainingCents status penaltyDue penaltyCents startDate endDate realisations(first: 1) { totalCount } } } }`;
const CONTRACT = `query($id: ID!) { sroiContract(id: $id) { id contractorId status realisations(first: 50) { totalCount nodes { id status history { toStatus } } } } }`;
const ALERTS = `query($mine: Boolean) { sroiAlerts(mine: $mine, first: 100) { totalCount nodes { kind contractId municipalityCode realisationId pendingDays } } }`;
const ACCEPT = `mutation($input: AcceptSroiRealisationInput!) { acceptSroiRealisation(input: $input) { id status decidedById } }`;

interface ContractNode {
  id: string;
  reference: string;
  municipalityCode: string;
  contractorId: string;
  contractValueCents: number;
  obligationCents: number;
  belowThreshold: boolean;
  psoDiscountPercentage: number | null;
  status: SroiContractStatus;
  penaltyDue: boolean;
  startDate: string;
  endDate: string;
  realisations: { totalCount: number };
}

const count = async (ds: DataSource, sql: string, params: unknown[] = []): Promise<number> => Number((await ds.query(sql, params))[0].n);

function ok<T>(res: GqlResult<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

describe('demo data: SROI on PostgreSQL and over GraphQL', () => {
  let api: TestApi;
  let ds: DataSource;
  let first: SeedResult;
  const tokens = new Map<Role, string>();

  async function login(role: Role): Promise<string> {
    const cached = tokens.get(role);
    if (cached) return cached;
    const a = DEMO_ACCOUNTS.find((x) => x.role === role)!;
    const res = await api.gql<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: a.email, password: a.password },
    });
    const token = ok(res).login.accessToken;
    tokens.set(role, token);
    return token;
  }
  const userId = async (email: string): Promise<string> => (await ds.query<{ id: string }[]>('SELECT id::text AS id FROM users WHERE email = $1', [email]))[0].id;

  beforeAll(async () => {
    api = await TestApi.start();
    ds = api.dataSource;
    const started = Date.now();
    first = await seedDemoData(ds, { ...SEED_OPTIONS, log: (m) => console.log(`[demo-data] ${m}`) });
    console.log(`[demo-data] demo seed with SROI in ${Date.now() - started} ms: ${SROI_TABLES.map((t) => `${first.rows?.[t]} ${t}`).join(', ')}`);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('inserts the SROI rows once, all of them counted; a second seed adds nothing', async () => {
    expect(first.created).toBe(true);
    expect(first.rows!.sroi_contracts).toBe(DEMO_COUNTS.sroiContracts);
    expect(first.rows!.sroi_realisations).toBeGreaterThanOrEqual(40);
    expect(first.rows!.sroi_realisation_changes).toBeGreaterThan(first.rows!.sroi_realisations);
    for (const t of SROI_TABLES) expect(await count(ds, `SELECT count(*) AS n FROM "${t}"`)).toBe(first.rows![t]);
    expect((await seedDemoData(ds, SEED_OPTIONS)).created).toBe(false);
    for (const t of SROI_TABLES) expect(await count(ds, `SELECT count(*) AS n FROM "${t}"`)).toBe(first.rows![t]);
    // Manual realisations only: the seed has no placements.
    expect(await count(ds, `SELECT count(*) AS n FROM sroi_realisations WHERE kind = 'PLACEMENT' OR placement_id IS NOT NULL OR candidate_id IS NOT NULL`)).toBe(0);
    expect(await count(ds, `SELECT count(DISTINCT kind) AS n FROM sroi_realisations`)).toBe(3);
  });

  it('stores for every realisation the value of the @wsp/sroi valuation functions, and the sync job revalues nothing', async () => {
    const [table] = await loadSroiTables(ds.manager, SROI_DEMO_REGION_CODE);
    type Row = { kind: SroiRealisationKind; category: SroiCategory | null; bonuses: string[]; hours: number | null; start: string; end: string | null; amount: number | null;
      activityHours: number | null; value: number; valuedOn: string; contractStart: string; contractEnd: string; tableId: string };
    const rows = await ds.query<Row[]>(
      `SELECT r.kind, r.category, r.bonuses::text[] AS bonuses, r.hours_per_week::float8 AS hours, r.start_date::text AS start, r.end_date::text AS "end",
              r.purchase_amount_cents::bigint::float8 AS amount, r.activity_hours::float8 AS "activityHours", r.value_cents::bigint::float8 AS value,
              r.valued_on::text AS "valuedOn", k.start_date::text AS "contractStart", k.end_date::text AS "contractEnd", k.valuation_table_id::text AS "tableId"
         FROM sroi_realisations r JOIN sroi_contracts k ON k.id = r.contract_id`,
    );
    expect(rows.length).toBe(first.rows!.sroi_realisations);
    for (const r of rows) {
      expect(r.tableId).toBe(table.id);
      const expected =
        r.kind === SroiRealisationKind.SOCIAL_PURCHASE ? valuePurchase(table, r.amount!)
          : r.kind === SroiRealisationKind.OTHER_ACTIVITY ? valueActivity(table, r.activityHours!)
            : valuePerson(table, {
              category: r.category!, hoursPerWeek: r.hours!, bonuses: r.bonuses as never,
              months: countedMonths({ startDate: r.start, endDate: r.end }, { startDate: r.contractStart, endDate: r.contractEnd }, r.valuedOn),
            }).valueCents;
      expect(r.value).toBe(expected);
    }
    const sync = api.app.get(SroiPlacementSync);
    expect(await sync.syncAll(TODAY)).toEqual({ contracts: 0, proposed: 0, revalued: 0 });
    const before = await ds.query(`SELECT md5(string_agg(id::text || value_cents::text || coalesce(months_counted::text, '') || valued_on::text, ',' ORDER BY id)) AS f FROM sroi_realisations`);
    for (const { id } of await ds.query<{ id: string }[]>('SELECT id::text AS id FROM sroi_contracts')) {
      expect(await ds.transaction((tx) => sync.syncContract(tx, id, TODAY))).toEqual({ proposed: 0, revalued: 0 });
    }
    expect(await ds.query(`SELECT md5(string_agg(id::text || value_cents::text || coalesce(months_counted::text, '') || valued_on::text, ',' ORDER BY id)) AS f FROM sroi_realisations`)).toEqual(before);
  });

  it('keeps each realisation’s history as the SROI services write it, decisions by the municipality’s coordinator', async () => {
    const inconsistent = await count(
      ds,
      `SELECT count(*) AS n FROM sroi_realisations r
        WHERE (SELECT count(*) FROM sroi_realisation_changes h WHERE h.realisation_id = r.id) <> CASE WHEN r.status = 'PENDING' THEN 1 ELSE 2 END
           OR NOT EXISTS (SELECT 1 FROM sroi_realisation_changes h WHERE h.realisation_id = r.id AND h.from_status IS NULL AND h.to_status = 'PENDING'
                            AND h.changed_by_id = r.created_by_id AND h.changed_at = r.created_at)
           OR (r.status <> 'PENDING' AND NOT EXISTS (
                 SELECT 1 FROM sroi_realisation_changes h JOIN sroi_contracts k ON k.id = r.contract_id
                   JOIN sroi_coordinators c ON c.municipality_code = k.municipality_code AND c.user_id = h.changed_by_id
                  WHERE h.realisation_id = r.id AND h.from_status = 'PENDING' AND h.to_status = r.status AND h.changed_at = r.decided_at
                    AND h.changed_by_id = r.decided_by_id AND h.reason IS NOT DISTINCT FROM r.status_reason))`,
    );
    expect(inconsistent).toBe(0);
    const demoAm = await userId('accountmanager@demo.wsp.nl');
    expect(await ds.query(`SELECT user_id::text AS u FROM sroi_coordinators WHERE municipality_code = 'GM0518'`)).toEqual([{ u: demoAm }]);
    expect(await count(ds, `SELECT count(DISTINCT user_id) AS n FROM sroi_coordinators WHERE municipality_code <> 'GM0518' AND user_id <> $1`, [demoAm])).toBe(1);
  });

  it('shows the contracts in their situations to an admin', async () => {
    const list = ok(await api.gql<{ sroiContracts: { totalCount: number; nodes: ContractNode[] } }>(CONTRACTS, {}, await login(Role.ADMIN))).sroiContracts;
    expect(list.totalCount).toBe(SROI_DEMO_CONTRACTS.length);
    const byStatus = (s: SroiContractStatus) => list.nodes.filter((c) => c.status === s);
    const scenarios = (s: SroiScenario) => SROI_DEMO_CONTRACTS.filter((p) => p.scenario === s).length;
    expect(byStatus(SroiContractStatus.ON_TRACK).length).toBe(scenarios(SroiScenario.ON_TRACK) + scenarios(SroiScenario.NOT_STARTED));
    expect(byStatus(SroiContractStatus.BEHIND).length).toBe(scenarios(SroiScenario.BEHIND) + scenarios(SroiScenario.ENDING_WITH_GAP));
    expect(byStatus(SroiContractStatus.OVERDUE).filter((c) => c.penaltyDue)).toHaveLength(1);
    expect(byStatus(SroiContractStatus.FULFILLED).filter((c) => c.obligationCents > 0 && c.endDate < TODAY)).toHaveLength(1);
    expect(list.nodes.filter((c) => c.belowThreshold && c.obligationCents === 0)).toHaveLength(scenarios(SroiScenario.BELOW_THRESHOLD));
    expect(list.nodes.filter((c) => c.psoDiscountPercentage !== null).length).toBeGreaterThanOrEqual(2);
    expect(list.nodes.filter((c) => c.startDate > TODAY && c.realisations.totalCount === 0)).toHaveLength(1);
    for (const c of list.nodes) {
      expect(c.contractValueCents).toBeGreaterThanOrEqual(15_000_000);
      expect(c.contractValueCents).toBeLessThanOrEqual(300_000_000);
    }
  });

  it('lets the demo employer see its own two contracts with their realisations, and no other contract', async () => {
    const token = await login(Role.EMPLOYER);
    const employerId = (await ds.query<{ id: string }[]>(`SELECT employer_id::text AS id FROM users WHERE email = 'werkgever@demo.wsp.nl'`))[0].id;
    const own = ok(await api.gql<{ sroiContracts: { totalCount: number; nodes: ContractNode[] } }>(CONTRACTS, {}, token)).sroiContracts;
    expect(own.totalCount).toBe(2);
    for (const c of own.nodes) {
      expect(c.contractorId).toBe(employerId);
      expect(c.municipalityCode).toBe('GM0518');
      expect(c.realisations.totalCount).toBeGreaterThan(0);
      const one = ok(await api.gql<{ sroiContract: { id: string; realisations: { totalCount: number; nodes: { history: unknown[] }[] } } }>(CONTRACT, { id: c.id }, token)).sroiContract;
      expect(one.id).toBe(c.id);
      expect(one.realisations.totalCount).toBe(c.realisations.totalCount);
      for (const r of one.realisations.nodes) expect(r.history.length).toBeGreaterThanOrEqual(1);
    }
    const other = (await ds.query<{ id: string }[]>('SELECT id::text AS id FROM sroi_contracts WHERE contractor_id <> $1 LIMIT 1', [employerId]))[0].id;
    expectErrorCode(await api.gql(CONTRACT, { id: other }, token), 'FORBIDDEN');
  });

  it('gives the demo accountmanager, coordinator of Den Haag, every kind of alert of Den Haag, and the decision there only', async () => {
    const token = await login(Role.ACCOUNTMANAGER);
    const mine = ok(await api.gql<{ sroiAlerts: { totalCount: number; nodes: { kind: SroiAlertKind; municipalityCode: string; realisationId: string | null; pendingDays: number | null }[] } }>(
      ALERTS, { mine: true }, token,
    )).sroiAlerts;
    expect(new Set(mine.nodes.map((a) => a.kind))).toEqual(new Set([SroiAlertKind.ENDING_WITH_GAP, SroiAlertKind.CONTRACT_BEHIND, SroiAlertKind.PENDING_TOO_LONG]));
    expect(new Set(mine.nodes.map((a) => a.municipalityCode))).toEqual(new Set(['GM0518']));
    for (const a of mine.nodes.filter((x) => x.kind === SroiAlertKind.PENDING_TOO_LONG)) expect(a.pendingDays).toBeGreaterThan(30);
    const all = ok(await api.gql<{ sroiAlerts: { totalCount: number; nodes: { municipalityCode: string }[] } }>(ALERTS, {}, token)).sroiAlerts;
    expect(all.totalCount).toBeGreaterThan(mine.totalCount);

    const pendingOf = async (municipality: string, equal: boolean) =>
      (await ds.query<{ id: string }[]>(
        `SELECT r.id::text AS id FROM sroi_realisations r JOIN sroi_contracts k ON k.id = r.contract_id
          WHERE r.status = 'PENDING' AND (k.municipality_code = $1) = $2 ORDER BY r.id LIMIT 1`,
        [municipality, equal],
      ))[0].id;
    const elsewhere = await pendingOf('GM0518', false);
    expectErrorCode(await api.gql(ACCEPT, { input: { id: elsewhere } }, token), 'FORBIDDEN');
    expect(await count(ds, `SELECT count(*) AS n FROM sroi_realisations WHERE id = $1 AND status = 'PENDING'`, [elsewhere])).toBe(1);
    const denHaag = await pendingOf('GM0518', true);
    const accepted = ok(await api.gql<{ acceptSroiRealisation: { status: string; decidedById: string } }>(ACCEPT, { input: { id: denHaag } }, token)).acceptSroiRealisation;
    expect(accepted).toEqual({ id: denHaag, status: 'ACCEPTED', decidedById: await userId('accountmanager@demo.wsp.nl') });
  });
});
