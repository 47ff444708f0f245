// onward-elements/vue: `import 'onward-elements/vue'` types every Onward tag in Vue templates
// (GlobalComponents) and registers the elements. Tell Vue they are custom elements:
// `compilerOptions.isCustomElement: (tag) => tag.includes('-')`.
import type { DefineComponent } from 'vue';
import '../rejection-support/define.js';
import type { OnwardEventMap } from '../internal/events.js';
import type { OnwardAttributes, OnwardElements, OnwardProperties } from './props.js';

/** `@onward-change` in a template is the prop `onOnward-change`. */
type VueEvents = { [K in keyof OnwardEventMap as `on${Capitalize<K>}`]?: (event: OnwardEventMap[K]) => void };
type VueElements = {
  [T in keyof OnwardElements]: DefineComponent<OnwardProperties<OnwardElements[T]> & OnwardAttributes<OnwardElements[T]> & VueEvents>;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends VueElements {}
}

export type { OnwardIntrinsicElements, OnwardProps } from './props.js';
