// Types for framework templates, derived from the element classes, so they never drift from the
// code: each element's public properties (camelCase), the same as attributes (kebab-case), and
// its events as `on<event-name>` handlers with their typed `detail`.
import type { LitElement } from 'lit';
import type { FollowupChecklistElement } from '../followup-checklist/followup-checklist.js';
import type { FollowupEmailElement } from '../followup-email/followup-email.js';
import type { OnwardEventMap } from '../internal/events.js';
import type { InterviewReflectionElement } from '../interview-reflection/interview-reflection.js';
import type { RejectionSupportElement } from '../rejection-support/rejection-support.js';
import type { RejectionTakeawaysElement } from '../rejection-takeaways/rejection-takeaways.js';
import type { ResumeCtaElement } from '../resume-cta/resume-cta.js';
import type { SearchRecapElement } from '../search-recap/search-recap.js';
import type { StayConnectedElement } from '../stay-connected/stay-connected.js';

/** `candidateName` to `candidate-name`. */
type Kebab<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? H : `-${Lowercase<H>}`}${Kebab<T>}`
  : S;

/** The element's own settable properties: not Lit's, not HTMLElement's, not read-only views. */
type Own<E> = Omit<E, keyof LitElement | 'subject' | 'body'>;

/** Attributes take text; booleans may be written bare. */
type AttributeValue<V> = [V] extends [boolean] ? boolean | '' : string | number;

/** Setters that take more than their getter gives back: a checklist's ids may be numbers. */
type Writes = { checked: readonly (string | number)[] };
type Settable<E> = { [K in keyof Own<E>]: K extends keyof Writes ? Writes[K] : Own<E>[K] };

export type OnwardProperties<E> = Partial<Settable<E>>;
/** Kebab names only: a one-word name is also the property, typed as one. */
export type OnwardAttributes<E> = {
  [K in keyof Own<E> & string as Kebab<K> extends K ? never : Kebab<K>]?: AttributeValue<Own<E>[K]>;
};

/** `ononward-change={...}`: the prop name React 19, Preact and Svelte 5 use for a custom event. */
export type OnwardEventProps = { [K in keyof OnwardEventMap as `on${K}`]?: (event: OnwardEventMap[K]) => void };

export type OnwardProps<E> = OnwardProperties<E> & OnwardAttributes<E> & OnwardEventProps;

export interface OnwardElements {
  'rejection-takeaways': RejectionTakeawaysElement;
  'followup-checklist': FollowupChecklistElement;
  'followup-email': FollowupEmailElement;
  'interview-reflection': InterviewReflectionElement;
  'stay-connected': StayConnectedElement;
  'search-recap': SearchRecapElement;
  'resume-cta': ResumeCtaElement;
  'rejection-support': RejectionSupportElement;
}

/** Every Onward tag with its props, for a framework's intrinsic elements. */
export type OnwardIntrinsicElements = { [T in keyof OnwardElements]: OnwardProps<OnwardElements[T]> };
