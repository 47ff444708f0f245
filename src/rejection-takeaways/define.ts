import { RejectionTakeawaysElement } from './rejection-takeaways.js';

export * from './rejection-takeaways.js';

RejectionTakeawaysElement.define();
