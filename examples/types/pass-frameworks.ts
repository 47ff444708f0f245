import type { GlobalComponents } from 'vue';
import 'onward-elements/svelte';
import 'onward-elements/vue';

type PropsOf<C> = C extends abstract new (...args: never[]) => { $props: infer P } ? P : never;

export const vueProps: PropsOf<GlobalComponents['search-recap']> = {
  applications: 12,
  stage: 'interview',
  'onOnward-view': (e) => console.log(e.detail),
};

export const svelteProps: svelteHTML.IntrinsicElements['resume-cta'] = {
  href: '/resume',
  variant: 'banner',
  'ononward-action': (e) => e.preventDefault(),
};
