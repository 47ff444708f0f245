import { FollowupChecklistElement } from './followup-checklist.js';

export * from './followup-checklist.js';

FollowupChecklistElement.define();
