import type { TemplateResult } from 'lit';
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';

// h2 to h6 as static values, made once from these literals: no input ever reaches unsafeStatic.
const TAGS: Record<number, StaticValue> = Object.fromEntries([2, 3, 4, 5, 6].map((n) => [n, unsafeStatic(`h${n}`)]));
const tag = (level: number): StaticValue => TAGS[Math.min(Math.max(Math.trunc(level) || 2, 2), 6)];

/** An element's own heading at `level`: part, class and id `heading`, its text inside the `heading` slot. */
export const heading = (level: number, text: unknown): TemplateResult =>
  html`<${tag(level)} part="heading" class="heading" id="heading"><slot name="heading">${text}</slot></${tag(level)}>`;

/** A title one level below the element's heading (at most h6), with `name` as its part and class. */
export const subheading = (level: number, name: string, text: unknown): TemplateResult =>
  html`<${tag(level + 1)} part=${name} class=${name}>${text}</${tag(level + 1)}>`;
