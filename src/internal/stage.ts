import { oneOf, warnOnce } from './validation.js';

/** How far a candidate got, furthest first read by several elements. */
export const STAGES = ['applied', 'screening', 'interview', 'final'] as const;
export type Stage = (typeof STAGES)[number];

/** The stages at which someone at the employer talked with the candidate. */
export const MET: readonly Stage[] = ['screening', 'interview', 'final'];
/** The stages with at least one interview. */
export const INTERVIEWED: readonly Stage[] = ['interview', 'final'];

/**
 * Which words are true at which stage: a key that is listed shows only at those stages, and never
 * when the stage is unknown; a key that is not listed is true at every stage.
 */
export type StageTable<K extends string> = Partial<Record<K, readonly Stage[]>>;

/** Whether a word (or step, or section) listed with `allowed` stages is true at `stage`. */
export const trueAt = (allowed: readonly Stage[] | undefined, stage: Stage | undefined): boolean =>
  !allowed || (!!stage && allowed.includes(stage));

/** A stage (`undefined` when not known) and whether the person was the runner-up. */
export interface Reached {
  stage?: Stage;
  runnerUp: boolean;
}

/**
 * The stage and runner-up as an element may speak of them. A runner-up was in the last round: with
 * no stage given, that is the final; below the interviews it cannot be, so it is warned about and
 * ignored.
 */
export function reached(el: Element, stage: unknown, runnerUp: unknown): Reached {
  const known = oneOf<Stage | ''>(el, 'stage', stage, STAGES, '') || undefined;
  if (!runnerUp) return { stage: known, runnerUp: false };
  if (!known) return { stage: 'final', runnerUp: true };
  if (INTERVIEWED.includes(known)) return { stage: known, runnerUp: true };
  warnOnce(el, 'runner-up', 'means the last round, not the application or screening stage; ignored');
  return { stage: known, runnerUp: false };
}
