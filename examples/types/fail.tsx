// Must NOT compile: every line marked "error" is a mistake TypeScript has to catch.
import type { GlobalComponents } from 'vue';
import 'onward-elements/svelte';
import 'onward-elements/vue';
import { FollowupChecklist } from 'onward-elements/react';
import { registerLocale } from 'onward-elements';

document.addEventListener('onward-complete', (e) => e.detail.totl); // error: misspelled detail field
document.createElement('followup-checklist').checkd = []; // error: misspelled property
registerLocale('fr-CA', { 'resume-cta': { lable: 'x' } }); // error: misspelled key in a locale table
registerLocale('fr-CA', { 'resume-ctaa': { label: 'x' } }); // error: misspelled namespace in a locale table

export const Page = () => (
  <>
    <rejection-takeaways compnay="Acme" /> {/* error: misspelled attribute */}
    <followup-checklist ononward-complete={(e) => e.detail.dnoe} /> {/* error: misspelled detail field */}
    <FollowupChecklist contactNmae="Jo" /> {/* error: misspelled property on the wrapper */}
    <search-recap applications={[1]} /> {/* error: wrong type */}
    <followup-checklist checked={[true]} /> {/* error: an id is text or a number */}
  </>
);

type PropsOf<C> = C extends abstract new (...args: never[]) => { $props: infer P } ? P : never;
export const vue: PropsOf<GlobalComponents['search-recap']> = { aplications: 1 }; // error: Vue, misspelled
export const svelte: svelteHTML.IntrinsicElements['resume-cta'] = { hreff: '/r' }; // error: Svelte, misspelled
