// onward-elements/svelte: `import 'onward-elements/svelte'` types every Onward tag in Svelte
// markup (svelteHTML.IntrinsicElements, Svelte 5 `ononward-*` handlers) and registers the elements.
import '../rejection-support/define.js';
import type { OnwardIntrinsicElements } from './props.js';

declare global {
  namespace svelteHTML {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends OnwardIntrinsicElements {}
  }
}

export type { OnwardIntrinsicElements, OnwardProps } from './props.js';
