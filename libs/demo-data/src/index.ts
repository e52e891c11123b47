import { DataSource } from 'typeorm';
import { PasswordHasher, UserEntity } from '@wsp/auth';
import { Role } from '@wsp/common';

/**
 * Demo data for the local launcher (`npm start`). Never run against a real deployment.
 *
 * TODO(demo-data): this is the platform stub: it only creates one login per WSP staff role. The
 * demo-data generator replaces it with employers, vacancies and the rest, and adds the EMPLOYER
 * account (a user of role EMPLOYER needs an employer row, which this stub does not create).
 */
export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
  displayName: string;
}

/** Shared by every demo login; printed by the launcher and listed in the README. */
export const DEMO_PASSWORD = 'wsp-demo-wachtwoord';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: Role.ADMIN, email: 'admin@demo.wsp.nl', password: DEMO_PASSWORD, displayName: 'Demo Beheerder' },
  { role: Role.ACCOUNTMANAGER, email: 'accountmanager@demo.wsp.nl', password: DEMO_PASSWORD, displayName: 'Demo Accountmanager' },
  { role: Role.CONSULTANT, email: 'consultant@demo.wsp.nl', password: DEMO_PASSWORD, displayName: 'Demo Consulent' },
  { role: Role.JOBCOACH, email: 'jobcoach@demo.wsp.nl', password: DEMO_PASSWORD, displayName: 'Demo Jobcoach' },
];

export interface SeedOptions {
  /** Progress messages (no personal data). */
  log?: (message: string) => void;
}

export interface SeedResult {
  /** False when the demo data was already there (every run after the first). */
  created: boolean;
  accounts: { role: string; email: string; password: string }[];
}

/** Creates the demo data once; later calls change nothing and return the same accounts. */
export async function seedDemoData(ds: DataSource, opts: SeedOptions = {}): Promise<SeedResult> {
  const hasher = new PasswordHasher();
  const accounts = DEMO_ACCOUNTS.map(({ role, email, password }) => ({ role, email, password }));
  const created = await ds.transaction(async (manager) => {
    const users = manager.getRepository(UserEntity);
    let inserted = 0;
    for (const account of DEMO_ACCOUNTS) {
      if (await users.exists({ where: { email: account.email } })) continue;
      await users.insert({
        email: account.email,
        passwordHash: await hasher.hash(account.password),
        displayName: account.displayName,
        role: account.role,
        employerId: null,
        active: true,
      });
      inserted++;
    }
    return inserted > 0;
  });
  opts.log?.(created ? 'demo data created' : 'demo data already present');
  return { created, accounts };
}
