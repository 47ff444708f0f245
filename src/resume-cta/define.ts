import { ResumeCtaElement } from './resume-cta.js';

export * from './resume-cta.js';

ResumeCtaElement.define();
