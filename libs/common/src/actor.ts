/** Roles of the platform's users. */
export enum Role {
  ADMIN = 'ADMIN',
  ACCOUNTMANAGER = 'ACCOUNTMANAGER',
  /** klantmanager: keeps candidate profiles */
  CONSULTANT = 'CONSULTANT',
  /** job coach of the leerwerkbedrijf */
  JOBCOACH = 'JOBCOACH',
  /** a user working for one employer */
  EMPLOYER = 'EMPLOYER',
}

/** The authenticated user on whose behalf a service call runs. Services enforce ownership with it. */
export interface Actor {
  userId: string;
  role: Role;
  /** Set for role EMPLOYER only: the one employer this user works for. */
  employerId: string | null;
}

export const WSP_STAFF: readonly Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER, Role.CONSULTANT, Role.JOBCOACH];
