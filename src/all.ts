// The CDN bundle: every element, registered under its default tag, each in a task of its own (the
// kit last, once the sections it draws are there): the task that evaluates this file stays short,
// and elements already on the page upgrade a few at a time. Top-level await: `import()` of this
// file resolves once all are registered.
import {
  FollowupChecklistElement,
  FollowupEmailElement,
  InterviewReflectionElement,
  RejectionSupportElement,
  RejectionTakeawaysElement,
  ResumeCtaElement,
  SearchRecapElement,
  StayConnectedElement,
} from './index.js';

export * from './index.js';

for (const element of [
  RejectionTakeawaysElement,
  FollowupChecklistElement,
  SearchRecapElement,
  FollowupEmailElement,
  InterviewReflectionElement,
  StayConnectedElement,
  ResumeCtaElement,
  RejectionSupportElement,
]) {
  await new Promise((resolve) => setTimeout(resolve));
  element.define();
}
