import { PipelineStage } from '../entities/employer.entity';

/**
 * Acquisition pipeline rules (WSP acquisition policy, as agreed for this platform).
 *
 * The open stages form a ladder: PROSPECT → CONTACTED → MEETING → AGREEMENT → ACTIVE.
 * LOST sits beside the ladder.
 *
 * | from \ to               | next open stage | open stage further ahead         | earlier open stage | LOST            | same stage |
 * |-------------------------|-----------------|----------------------------------|--------------------|-----------------|------------|
 * | open stage              | allowed         | only if a contact moment exists  | reason required    | reason required | refused    |
 *
 * | from LOST to            | PROSPECT | CONTACTED | MEETING / AGREEMENT / ACTIVE | LOST    |
 * |-------------------------|----------|-----------|------------------------------|---------|
 * |                         | reopen   | reopen    | refused (reopen first)       | refused |
 *
 * - Forward one step is the normal move; the reason is optional.
 * - Skipping stages ahead (e.g. PROSPECT → ACTIVE) is only credible when the relationship has
 *   been documented: at least one recorded contact moment for the employer.
 * - Going back a stage, and losing an employer, must be explained: a non-blank reason.
 * - A lost employer can be reopened as PROSPECT or CONTACTED only (reason optional); from there
 *   the ordinary rules apply again.
 * - Recording a contact moment never moves the stage by itself: moves are always explicit.
 */

/** The open stages in pipeline order. */
export const PIPELINE_ORDER: readonly PipelineStage[] = [
  PipelineStage.PROSPECT,
  PipelineStage.CONTACTED,
  PipelineStage.MEETING,
  PipelineStage.AGREEMENT,
  PipelineStage.ACTIVE,
];

/** Stages a lost employer can be reopened into. */
export const REOPEN_STAGES: readonly PipelineStage[] = [PipelineStage.PROSPECT, PipelineStage.CONTACTED];

export type StageMoveKind = 'FORWARD' | 'SKIP_AHEAD' | 'BACKWARD' | 'LOSE' | 'REOPEN';

export type StageMoveRule =
  | { kind: StageMoveKind; needsContactMoment: boolean; needsReason: boolean }
  | { kind: 'REFUSED'; refusal: 'SAME_STAGE' | 'REOPEN_TARGET' };

/** The rule for one (from, to) pair, independent of the employer's history. */
export function stageMoveRule(from: PipelineStage, to: PipelineStage): StageMoveRule {
  if (from === to) return { kind: 'REFUSED', refusal: 'SAME_STAGE' };
  if (from === PipelineStage.LOST) {
    return REOPEN_STAGES.includes(to)
      ? { kind: 'REOPEN', needsContactMoment: false, needsReason: false }
      : { kind: 'REFUSED', refusal: 'REOPEN_TARGET' };
  }
  if (to === PipelineStage.LOST) return { kind: 'LOSE', needsContactMoment: false, needsReason: true };
  const step = PIPELINE_ORDER.indexOf(to) - PIPELINE_ORDER.indexOf(from);
  if (step === 1) return { kind: 'FORWARD', needsContactMoment: false, needsReason: false };
  if (step > 1) return { kind: 'SKIP_AHEAD', needsContactMoment: true, needsReason: false };
  return { kind: 'BACKWARD', needsContactMoment: false, needsReason: true };
}

export interface StageMoveContext {
  /** Whether at least one contact moment has been recorded for the employer. */
  hasContactMoment: boolean;
  reason?: string | null;
}

export type StageMoveDecision =
  | { allowed: true; kind: StageMoveKind }
  | { allowed: false; refusal: 'SAME_STAGE' | 'REOPEN_TARGET' | 'NEEDS_CONTACT_MOMENT' | 'NEEDS_REASON'; message: string; field: 'toStage' | 'reason' };

export function hasReason(reason: string | null | undefined): boolean {
  return typeof reason === 'string' && reason.trim().length > 0;
}

/** Decides whether an employer in stage `from` may move to `to` (see the table above). */
export function decideStageMove(from: PipelineStage, to: PipelineStage, ctx: StageMoveContext): StageMoveDecision {
  const rule = stageMoveRule(from, to);
  if (rule.kind === 'REFUSED') {
    return rule.refusal === 'SAME_STAGE'
      ? { allowed: false, refusal: 'SAME_STAGE', field: 'toStage', message: `De werkgever staat al in fase ${to}` }
      : {
          allowed: false,
          refusal: 'REOPEN_TARGET',
          field: 'toStage',
          message: 'Een verloren werkgever kan alleen worden heropend als PROSPECT of CONTACTED',
        };
  }
  if (rule.needsContactMoment && !ctx.hasContactMoment) {
    return {
      allowed: false,
      refusal: 'NEEDS_CONTACT_MOMENT',
      field: 'toStage',
      message: 'Een fase overslaan kan alleen als er al een contactmoment is vastgelegd',
    };
  }
  if (rule.needsReason && !hasReason(ctx.reason)) {
    return {
      allowed: false,
      refusal: 'NEEDS_REASON',
      field: 'reason',
      message: rule.kind === 'LOSE' ? 'Geef een reden op waarom de werkgever verloren is' : 'Geef een reden op om een fase terug te gaan',
    };
  }
  return { allowed: true, kind: rule.kind };
}
