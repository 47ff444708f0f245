import '../followup-checklist/define.js';
import '../followup-email/define.js';
import '../interview-reflection/define.js';
import '../rejection-takeaways/define.js';
import '../resume-cta/define.js';
import '../search-recap/define.js';
import '../stay-connected/define.js';
import { RejectionSupportElement } from './rejection-support.js';

export * from './rejection-support.js';

RejectionSupportElement.define();
