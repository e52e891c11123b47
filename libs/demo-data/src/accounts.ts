import { Role } from '@wsp/common';
import { deterministicUuid, Seed } from './random';
import { UserRow } from './rows';

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
  displayName: string;
}

/** Shared by every demo login; printed by the launcher and listed in the README. */
export const DEMO_PASSWORD = 'wsp-demo-wachtwoord';

/** Exactly one login per role, for the launcher banner and the README. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: Role.ADMIN, email: 'admin@demo.wsp.nl', password: DEMO_PASSWORD, displayName: 'Demo Beheerder' },
  { role: Role.ACCOUNTMANAGER, email: 'accountmanager@demo.wsp.nl', password: DEMO_PASSWORD, displayName: 'Demo Accountmanager' },
  { role: Role.CONSULTANT, email: 'consultant@demo.wsp.nl', password: DEMO_PASSWORD, displayName: 'Demo Consulent' },
  { role: Role.JOBCOACH, email: 'jobcoach@demo.wsp.nl', password: DEMO_PASSWORD, displayName: 'Demo Jobcoach' },
  { role: Role.EMPLOYER, email: 'werkgever@demo.wsp.nl', password: DEMO_PASSWORD, displayName: 'Demo Werkgever' },
];

export const demoAccount = (role: Role): DemoAccount => {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return account;
};

/**
 * Accountmanagers of the WSP with their territory (GM codes): employers are owned by the
 * accountmanager of their municipality. The demo accountmanager has the largest one.
 */
export interface AccountmanagerPlan {
  email: string;
  displayName: string;
  municipalityCodes: readonly string[];
}

export const ACCOUNTMANAGERS: readonly AccountmanagerPlan[] = [
  { email: demoAccount(Role.ACCOUNTMANAGER).email, displayName: demoAccount(Role.ACCOUNTMANAGER).displayName, municipalityCodes: ['GM0518', 'GM0603', 'GM1916'] },
  { email: 'accountmanager.westland@demo.wsp.nl', displayName: 'Accountmanager Westland', municipalityCodes: ['GM1783', 'GM1842'] },
  { email: 'accountmanager.delft@demo.wsp.nl', displayName: 'Accountmanager Delft', municipalityCodes: ['GM0503', 'GM1926'] },
  { email: 'accountmanager.zoetermeer@demo.wsp.nl', displayName: 'Accountmanager Zoetermeer', municipalityCodes: ['GM0637', 'GM0629'] },
];

/** An owner for generated employers: a user id and the municipalities it covers. */
export interface OwnerRef {
  id: string;
  municipalityCodes: readonly string[];
}

export interface PlannedUsers {
  users: UserRow[];
  /** Accountmanagers, the demo one first. */
  owners: OwnerRef[];
  byRole: Record<Role, string>;
}

export const userId = (seed: Seed, email: string): string => deterministicUuid(seed, 'user', email);

/**
 * The demo users: one per role (DEMO_ACCOUNTS) and the other accountmanagers, all with the same
 * password hash. The EMPLOYER user is linked to `demoEmployerId`.
 */
export function planUsers(seed: Seed, passwordHash: string, demoEmployerId: string): PlannedUsers {
  const users: UserRow[] = [];
  const add = (email: string, displayName: string, role: Role, employerId: string | null): string => {
    const id = userId(seed, email);
    users.push({ id, email, passwordHash, displayName, role, employerId, active: true });
    return id;
  };
  const byRole = {} as Record<Role, string>;
  for (const a of DEMO_ACCOUNTS) {
    if (a.role === Role.ACCOUNTMANAGER) continue;
    byRole[a.role] = add(a.email, a.displayName, a.role, a.role === Role.EMPLOYER ? demoEmployerId : null);
  }
  const owners = ACCOUNTMANAGERS.map((am) => ({
    id: add(am.email, am.displayName, Role.ACCOUNTMANAGER, null),
    municipalityCodes: am.municipalityCodes,
  }));
  byRole[Role.ACCOUNTMANAGER] = owners[0].id;
  return { users, owners, byRole };
}
