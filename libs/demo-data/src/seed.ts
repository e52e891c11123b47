import { DataSource } from 'typeorm';
import { PasswordHasher } from '@wsp/auth';
import { allocatePseudonyms } from '@wsp/candidates';
import { Role, todayIn } from '@wsp/common';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccount } from './accounts';
import { DEFAULT_SEED, DEMO_COUNTS, DemoCounts, generateDemoDataset } from './dataset';
import { employerId } from './employers';
import { insertDemoDataset } from './insert';
import { Seed } from './random';
import { loadReferenceSample, SqlRunner } from './reference';
import { HAAGLANDEN, RegionDefinition } from './region';

export interface SeedOptions {
  /** Progress messages (no personal data). */
  log?: (message: string) => void;
  /** Same seed (and reference date), same data, ids included. */
  seed?: Seed;
  /** Reference date YYYY-MM-DD; default: today in `timeZone`. */
  today?: string;
  /** Default Europe/Amsterdam. */
  timeZone?: string;
  region?: RegionDefinition;
  /** Default DEMO_COUNTS (150 employers, 300 vacancies, 600 candidates). */
  counts?: Partial<DemoCounts>;
  /** Write the vacancies' and candidates' outbox events (default true). */
  outboxEvents?: boolean;
  /**
   * HMAC key of the candidates' BSN hashes; pass the application's BSN_HMAC_KEY when one is set.
   * Default: the development default of @wsp/config (INSECURE_DEV_BSN_HMAC_KEY).
   */
  bsnHmacKey?: string;
}

export interface SeedResult {
  /** False when the demo data was already there (every run after the first). */
  created: boolean;
  accounts: { role: string; email: string; password: string }[];
  /** Rows inserted per table (only when created). */
  rows?: Record<string, number>;
}

/** Serialises concurrent seeders (two launchers on one database): pg_advisory_xact_lock key. */
const SEED_LOCK_KEY = 0x5e3d_0001;

/**
 * Seeded when the demo EMPLOYER login or the demo employer exists: both are inserted in the one
 * transaction of the seed, so they are there only when the whole seed committed.
 */
async function isSeeded(db: SqlRunner, seed: Seed): Promise<boolean> {
  const rows = (await db.query(
    `SELECT EXISTS (SELECT 1 FROM users WHERE email = $1) OR EXISTS (SELECT 1 FROM employers WHERE id = $2) AS seeded`,
    [demoAccount(Role.EMPLOYER).email, employerId(seed, 0)],
  )) as { seeded: boolean }[];
  return rows[0]?.seeded === true;
}

/** Demo users that exist already (e.g. staff logins of an earlier version of the seed), by e-mail. */
async function existingUserIds(db: SqlRunner): Promise<Map<string, string>> {
  const rows = (await db.query(`SELECT email, id FROM users WHERE email LIKE '%@demo.wsp.nl'`)) as { email: string; id: string }[];
  return new Map(rows.map((r) => [r.email, r.id]));
}

/**
 * Creates the demo data once, in one transaction: accounts, employers with their history,
 * vacancies and candidates (with consultants and job coaches). Later calls change nothing and return the same accounts with created=false.
 * Never run against a real deployment.
 */
export async function seedDemoData(ds: DataSource, opts: SeedOptions = {}): Promise<SeedResult> {
  const log = opts.log ?? (() => undefined);
  const seed = opts.seed ?? DEFAULT_SEED;
  const accounts = DEMO_ACCOUNTS.map(({ role, email, password }) => ({ role, email, password }));
  if (await isSeeded(ds.manager, seed)) return { created: false, accounts };

  const started = Date.now();
  // argon2 is deliberately slow: one hash for every demo user.
  const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
  const today = opts.today ?? todayIn(opts.timeZone ?? 'Europe/Amsterdam');
  const rows = await ds.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    if (await isSeeded(manager, seed)) return null;
    const sample = await loadReferenceSample(manager, opts.region ?? HAAGLANDEN);
    // The candidates' scheme, under its lock until commit: K-000001... on an empty table.
    const pseudonyms = await allocatePseudonyms(manager, opts.counts?.candidates ?? DEMO_COUNTS.candidates);
    const generatedAt = Date.now();
    const dataset = generateDemoDataset(sample, {
      seed, today, region: opts.region, counts: opts.counts, passwordHash, outboxEvents: opts.outboxEvents,
      existingUserIds: await existingUserIds(manager), bsnHmacKey: opts.bsnHmacKey, pseudonyms,
    });
    const generateMs = Date.now() - generatedAt;
    const insertedAt = Date.now();
    const counts = await insertDemoDataset(manager, dataset);
    log(`demo data: generated in ${generateMs} ms, inserted in ${Date.now() - insertedAt} ms (reference date ${today})`);
    return counts;
  });
  if (!rows) return { created: false, accounts };
  log(`demo data: ${Object.entries(rows).map(([table, n]) => `${n} ${table}`).join(', ')} in ${Date.now() - started} ms`);
  return { created: true, accounts, rows };
}
