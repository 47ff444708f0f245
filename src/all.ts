// The CDN bundle: every element, registered under its default tag.
import './rejection-takeaways/define.js';
import './followup-checklist/define.js';

export * from './index.js';
