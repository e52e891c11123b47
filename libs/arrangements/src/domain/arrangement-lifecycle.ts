import { ConflictError, ValidationError } from '@wsp/common';

/** DRAFT → PROPOSED → AGREED → ACTIVE → ENDED, with history (issue 4). */
export enum ArrangementStatus {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  AGREED = 'AGREED',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

/** Who may make a move: the owning accountmanager (or an admin), the employer, or the system. */
export type ArrangementMover = 'OWNER' | 'EMPLOYER' | 'SYSTEM';

export interface ArrangementTransition {
  from: ArrangementStatus;
  to: ArrangementStatus;
  by: readonly ArrangementMover[];
  reasonRequired: boolean;
  event: string;
}

/**
 * Every allowed move (WSP werkproces arrangementen). Pairs not listed are refused.
 *   DRAFT    → PROPOSED  the accountmanager proposes it to the employer
 *   PROPOSED → AGREED    the employer accepts (or the accountmanager records a signed acceptance)
 *   PROPOSED → DRAFT     the employer declines (reason required) or the accountmanager withdraws it
 *   AGREED   → ACTIVE    it starts: by the accountmanager, or by the system when a placement under it is confirmed
 *   any open → ENDED     ended or cancelled, with a reason
 */
export const ARRANGEMENT_TRANSITIONS: readonly ArrangementTransition[] = [
  { from: ArrangementStatus.DRAFT, to: ArrangementStatus.PROPOSED, by: ['OWNER'], reasonRequired: false, event: 'arrangement.proposed' },
  { from: ArrangementStatus.PROPOSED, to: ArrangementStatus.AGREED, by: ['EMPLOYER', 'OWNER'], reasonRequired: false, event: 'arrangement.agreed' },
  { from: ArrangementStatus.PROPOSED, to: ArrangementStatus.DRAFT, by: ['EMPLOYER', 'OWNER'], reasonRequired: true, event: 'arrangement.declined' },
  { from: ArrangementStatus.AGREED, to: ArrangementStatus.ACTIVE, by: ['OWNER', 'SYSTEM'], reasonRequired: false, event: 'arrangement.activated' },
  ...[ArrangementStatus.DRAFT, ArrangementStatus.PROPOSED, ArrangementStatus.AGREED, ArrangementStatus.ACTIVE].map(
    (from): ArrangementTransition => ({ from, to: ArrangementStatus.ENDED, by: ['OWNER'], reasonRequired: true, event: 'arrangement.ended' }),
  ),
];

const LABEL: Record<ArrangementStatus, string> = {
  DRAFT: 'concept',
  PROPOSED: 'voorgesteld',
  AGREED: 'akkoord',
  ACTIVE: 'lopend',
  ENDED: 'beëindigd',
};

export function arrangementStatusLabel(s: ArrangementStatus): string {
  return LABEL[s];
}

/** The rule for a move, or a CONFLICT (wrong state) / BAD_USER_INPUT (missing reason). */
export function assertArrangementTransition(
  from: ArrangementStatus,
  to: ArrangementStatus,
  by: ArrangementMover,
  reason?: string | null,
): ArrangementTransition {
  const rule = ARRANGEMENT_TRANSITIONS.find((t) => t.from === from && t.to === to && t.by.includes(by));
  if (!rule) {
    throw new ConflictError(`Een arrangement met status ${LABEL[from]} kan niet naar ${LABEL[to]}`, { from, to });
  }
  if (rule.reasonRequired && !reason?.trim()) throw new ValidationError('Geef een reden op', 'reason');
  return rule;
}

/** Content (candidates, instruments, terms) can only change while the arrangement is a draft. */
export function assertEditable(status: ArrangementStatus): void {
  if (status !== ArrangementStatus.DRAFT) {
    throw new ConflictError('Alleen een concept-arrangement kan worden gewijzigd; trek het voorstel eerst in', { status });
  }
}
