// onward-elements/ats: applicant-tracking-system objects, as each vendor's API returns them, to
// the kit's properties, or null unless the employer rejected the candidate. Pure functions: no
// network, no DOM, nothing internal (rejection reasons, notes, scorecards, custom fields, answers,
// attachments, sources) ever in the output. Not in onward.min.js.
export { fromAshby, type AshbyOptions } from './ashby.js';
export { fromGreenhouse, type GreenhouseOptions } from './greenhouse.js';
export { fromLever, type LeverOptions } from './lever.js';
export { fromMerge, type MergeOptions } from './merge.js';
export { toAttributes, type AdapterOptions, type OnwardAttributes } from './read.js';
export { fromWorkable, type WorkableOptions } from './workable.js';
