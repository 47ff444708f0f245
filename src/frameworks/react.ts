// onward-elements/react: React components for every element (made with @lit/react, so events are
// `onOnwardChange`-style props with typed details), plus JSX types for using the tags directly in
// React 19 (`<followup-checklist ononward-change={...}>`). Importing it registers the elements.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { FollowupChecklistElement } from '../followup-checklist/followup-checklist.js';
import { FollowupEmailElement } from '../followup-email/followup-email.js';
import type { OnwardEventMap } from '../internal/events.js';
import { InterviewReflectionElement } from '../interview-reflection/interview-reflection.js';
import { RejectionSupportElement } from '../rejection-support/define.js';
import { RejectionTakeawaysElement } from '../rejection-takeaways/rejection-takeaways.js';
import { ResumeCtaElement } from '../resume-cta/resume-cta.js';
import { SearchRecapElement } from '../search-recap/search-recap.js';
import { StayConnectedElement } from '../stay-connected/stay-connected.js';
import type { OnwardIntrinsicElements } from './props.js';

const event = <K extends keyof OnwardEventMap>(name: K) => name as EventName<OnwardEventMap[K]>;
const events = {
  onOnwardView: event('onward-view'),
  onOnwardChange: event('onward-change'),
  onOnwardComplete: event('onward-complete'),
  onOnwardAction: event('onward-action'),
};

const wrap = <E extends HTMLElement>(tagName: string, elementClass: new () => E) =>
  createComponent({ react: React, tagName, elementClass, events });

export const RejectionTakeaways = wrap('rejection-takeaways', RejectionTakeawaysElement);
export const FollowupChecklist = wrap('followup-checklist', FollowupChecklistElement);
export const FollowupEmail = wrap('followup-email', FollowupEmailElement);
export const InterviewReflection = wrap('interview-reflection', InterviewReflectionElement);
export const StayConnected = wrap('stay-connected', StayConnectedElement);
export const SearchRecap = wrap('search-recap', SearchRecapElement);
export const ResumeCta = wrap('resume-cta', ResumeCtaElement);
export const RejectionSupport = wrap('rejection-support', RejectionSupportElement);

type Reactified = {
  [T in keyof OnwardIntrinsicElements]: React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> &
    OnwardIntrinsicElements[T];
};

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends Reactified {}
  }
}

export type { OnwardIntrinsicElements, OnwardProps } from './props.js';
