/** How far a candidate got, furthest first read by several elements. */
export const STAGES = ['applied', 'screening', 'interview', 'final'] as const;
export type Stage = (typeof STAGES)[number];
