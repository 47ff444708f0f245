import { FollowupEmailElement } from './followup-email.js';

export * from './followup-email.js';

FollowupEmailElement.define();
