import { html, type TemplateResult } from 'lit';

// Lit parses a template once per strings array and clones it for each instance. Every nested
// template (a heading, each item of a list) costs each instance a TemplateInstance, a child part,
// comment markers and render time. These templates are written as if nested but given to Lit flat.

const OPEN = /<for-each\s*>/;
const CLOSE = /<\/for-each\s*>/;
type Shape = { start: number; end: number; made: Map<number, TemplateStringsArray> };
const shapes = new WeakMap<TemplateStringsArray, Shape>();

/**
 * Lit's `html`, with shorthands filled in before Lit sees the template:
 * - `<h-top>text</h-top>` is the element's heading at `level` (`<h2>`–`<h6>`, part and id
 *   `heading`, the `heading` slot around the text); `<h-sub>` is a heading one level below (at most `<h6>`).
 * - `<for-each>…</for-each>` repeats what it wraps once per item. It wraps at least one binding,
 *   and each binding in it takes an array: one value per item, all the same length. `{#}` in its
 *   markup is the item's index, for ids that must differ per item without a binding.
 */
export function flat(level: number, strings: TemplateStringsArray, values: unknown[]): TemplateResult {
  let shape = shapes.get(strings);
  if (!shape) {
    const find = (tag: RegExp) => strings.findIndex((s) => tag.test(s));
    shapes.set(strings, (shape = { start: find(OPEN), end: find(CLOSE), made: new Map() }));
  }
  const { start, end, made } = shape;
  const count = start < 0 ? 0 : (values[start] as unknown[]).length;
  // Lit caches by strings array, so each level and count must always get the same array back.
  const key = level + count * 8;
  let filled = made.get(key);
  if (!filled) made.set(key, (filled = expand(strings, level, start, end, count)));
  if (start < 0) return html(filled, ...values);
  const spread = values.slice(0, start);
  for (let i = 0; i < count; i++) for (let v = start; v < end; v++) spread.push((values[v] as unknown[])[i]);
  for (let v = end; v < values.length; v++) spread.push(values[v]);
  return html(filled, ...spread);
}

function expand(strings: TemplateStringsArray, level: number, start: number, end: number, count: number): TemplateStringsArray {
  let out = [...strings];
  if (start >= 0) {
    const [before, first] = strings[start].split(OPEN);
    const [last, after] = strings[end].split(CLOSE);
    // The item's strings, with the last of each copy joined to the first of the next.
    const run = [first, ...strings.slice(start + 1, end), last].join('\0');
    const copies = Array.from({ length: count }, (_, i) => run.replace(/\{#\}/g, String(i))).join('');
    out = [...strings.slice(0, start), ...(before + copies + after).split('\0'), ...strings.slice(end + 1)];
  }
  const sub = `h${Math.min(level + 1, 6)}`;
  out = out.map((s) =>
    s
      .replace(/<h-top>/g, `<h${level} part="heading" class="heading" id="heading"><slot name="heading">`)
      .replace(/<\/h-top>/g, `</slot></h${level}>`)
      .replace(/<(\/?)h-sub\b/g, `<$1${sub}`),
  );
  // As Lit's own static templates do: Lit takes a strings array that carries `raw`. Safe here because
  // it is built only from our own literals, a validated level (2-6) and item indexes, never from input.
  return Object.assign(out, { raw: out }) as unknown as TemplateStringsArray;
}
