import { Role, WSP_STAFF } from '@wsp/common';

/** Public reference data: every logged-in role may read it. */
export const REFERENCE_DATA_READERS: Role[] = [...WSP_STAFF, Role.EMPLOYER];
