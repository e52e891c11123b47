import { DemandStatus } from '../entities/employer-demand.entity';

/**
 * Lifecycle of a werkgeversvraag (WSP policy): OPEN → IN_PROGRESS → FULFILLED, and CANCELLED from
 * OPEN or IN_PROGRESS. FULFILLED and CANCELLED are final; a final demand is no longer edited.
 */
const NEXT: Readonly<Record<DemandStatus, readonly DemandStatus[]>> = {
  [DemandStatus.OPEN]: [DemandStatus.IN_PROGRESS, DemandStatus.CANCELLED],
  [DemandStatus.IN_PROGRESS]: [DemandStatus.FULFILLED, DemandStatus.CANCELLED],
  [DemandStatus.FULFILLED]: [],
  [DemandStatus.CANCELLED]: [],
};

export function canChangeDemandStatus(from: DemandStatus, to: DemandStatus): boolean {
  return NEXT[from].includes(to);
}

export function isFinalDemandStatus(status: DemandStatus): boolean {
  return NEXT[status].length === 0;
}
