import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Our `css` tag. Lit's checks every interpolated value, to stop untrusted text reaching a style
 * sheet; ours are all literals of this package, so the check and its long message are left out.
 */
export const css = (strings: TemplateStringsArray, ...values: unknown[]): CSSResult => unsafeCSS(String.raw(strings, ...values));
