// The CDN bundle: every element, registered under its default tag.

// Every stylesheet, then every English word, first and side by side: gzip finds repeats only within
// 32 KB, and the bundle is twice that, so like next to like packs smaller (86 B less). These modules
// only make values, and `define()` still runs last, so the order changes how the file packs, not
// what it does.
import './internal/tokens.js';
import './rejection-takeaways/rejection-takeaways.styles.js';
import './followup-checklist/followup-checklist.styles.js';
import './followup-email/followup-email.styles.js';
import './interview-reflection/interview-reflection.styles.js';
import './stay-connected/stay-connected.styles.js';
import './search-recap/search-recap.styles.js';
import './resume-cta/resume-cta.styles.js';
import './rejection-support/rejection-support.styles.js';
import './rejection-takeaways/strings.js';
import './followup-checklist/strings.js';
import './followup-email/strings.js';
import './interview-reflection/strings.js';
import './stay-connected/strings.js';
import './search-recap/strings.js';
import './resume-cta/strings.js';
import './rejection-support/strings.js';
import './internal/draft.js';
import './internal/phrases.js';
import './rejection-support/define.js';

export * from './index.js';
