import { getCustomElements } from '@storybook/web-components-vite';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
}

/** The attributes the manifest documents for `tag`: these, and only these, become controls. */
export function attributesOf(tag: string): string[] {
  const modules = (getCustomElements() as { modules?: { declarations?: Declaration[] }[] })?.modules ?? [];
  const declaration = modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  return declaration?.attributes?.map((a) => a.name) ?? [];
}

/**
 * Creates `tag` with the story's args set as HTML attributes, exactly as a host page would write
 * them: strings as values, `true` as a bare boolean attribute, empty values left out.
 */
export function element(tag: string, args: Record<string, unknown>, children = ''): HTMLElement {
  const el = document.createElement(tag);
  for (const name of attributesOf(tag)) {
    const value = args[name];
    if (value === true) el.setAttribute(name, '');
    else if ((typeof value === 'string' && value !== '') || typeof value === 'number') el.setAttribute(name, String(value));
  }
  // Story-authored markup only (never user input): the slotted examples.
  if (children) el.innerHTML = children;
  return el;
}

export const options = (...values: string[]) => ({ control: 'select' as const, options: ['', ...values] });

/** Wraps a story's element in a stage class from stories.css (dark backdrop, brand tokens, narrow). */
export function staged(stage: string, el: HTMLElement): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = stage;
  wrap.append(el);
  return wrap;
}
