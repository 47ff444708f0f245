// onward-elements/preact: `import 'onward-elements/preact'` types every Onward tag in Preact's JSX
// (properties, attributes and `ononward-*` event handlers) and registers the elements.
import type { JSX } from 'preact';
import '../rejection-support/define.js';
import type { OnwardIntrinsicElements } from './props.js';

type Preactified = { [T in keyof OnwardIntrinsicElements]: JSX.HTMLAttributes<HTMLElement> & OnwardIntrinsicElements[T] };

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends Preactified {}
  }
}

export type { OnwardIntrinsicElements, OnwardProps } from './props.js';
