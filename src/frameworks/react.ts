'use client';
// onward-elements/react: React components for every element (made with @lit/react, so events are
// `onOnwardChange`-style props with typed details), plus JSX types for using the tags directly in
// React 19 (`<followup-checklist ononward-change={...}>`). Importing it registers the elements.
import { createComponent, type EventName } from '@lit/react';
import { isServer, type ReactiveElement } from 'lit';
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

/**
 * On a server (Next.js, Remix), the wrapper writes the element's text, number and true boolean
 * props as its kebab-case attributes (`jobTitle` as `job-title`), so the element's first render in
 * the browser already has them: nothing redraws, or moves, when React hydrates and hands them over
 * as properties. Objects (`items`, `strings`) wait for hydration, as events do.
 */
function onServer(tagName: string, elementClass: typeof ReactiveElement) {
  const attributes = new Map<string, string>();
  void elementClass.observedAttributes; // finalizes the class: its declared properties are then listed
  for (const [name, options] of elementClass.elementProperties) {
    if (options.attribute !== false && typeof name === 'string') attributes.set(name, typeof options.attribute === 'string' ? options.attribute : name.toLowerCase());
  }
  return React.forwardRef<HTMLElement, Record<string, unknown>>(({ children, className, ...props }, ref) => {
    const out: Record<string, unknown> = { ref, class: className };
    for (const [key, value] of Object.entries(props)) {
      const attribute = attributes.get(key);
      if (key in events) continue;
      if (!attribute) out[key] = value;
      else if (typeof value === 'string' || typeof value === 'number') out[attribute] = String(value);
      else if (value === true) out[attribute] = '';
    }
    return React.createElement(tagName, out, children as React.ReactNode);
  });
}

const wrap = <E extends HTMLElement>(tagName: string, elementClass: new () => E) => {
  const component = createComponent({ react: React, tagName, elementClass, events });
  return isServer ? (onServer(tagName, elementClass as unknown as typeof ReactiveElement) as unknown as typeof component) : component;
};

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
