import { css, unsafeCSS } from 'lit';

// Default colours for each theme, checked for WCAG 2.2 AA: text and muted text >= 4.5:1 on the
// surface, accent and success >= 4.5:1 (they also colour text), on-accent >= 4.5:1 on the accent.
const light = {
  text: '#1f2328',
  muted: '#555f6b',
  surface: '#ffffff',
  border: '#d1d9e0',
  accent: '#0b57b8',
  'on-accent': '#ffffff',
  success: '#1a7434',
};

const dark = {
  text: '#e6edf3',
  muted: '#a3adb8',
  surface: '#161b22',
  border: '#3d444d',
  accent: '#7cb7ff',
  'on-accent': '#0d1117',
  success: '#56c46b',
};

// Host values of --onward-color-* always win; the private --_* copies carry the theme default.
const colors = (theme: Record<string, string>) =>
  unsafeCSS(
    Object.entries(theme)
      .map(([name, value]) => `--_${name}:var(--onward-color-${name},${value});`)
      .join(''),
  );

/**
 * Shared styles: the token defaults, themes, focus ring, reduced motion and forced colours.
 * Elements put `class="base {theme}"` on their outermost part.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--onward-font-family, inherit);
    font-size: var(--onward-font-size, 1rem);
    line-height: var(--onward-line-height, 1.5);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  .base {
    ${colors(light)}
    --_radius: var(--onward-radius, 0.75rem);
    --_space: var(--onward-space, 1rem);
    --_shadow: var(--onward-shadow, 0 1px 2px rgb(31 35 40 / 0.08), 0 2px 8px rgb(31 35 40 / 0.06));
    --_focus: var(--onward-focus-ring, 3px solid var(--_accent));
    box-sizing: border-box;
    color-scheme: light;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 1.25);
    max-inline-size: 100%;
  }
  .base.dark {
    ${colors(dark)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    .base.auto {
      ${colors(dark)}
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p {
    margin: 0;
  }
  .heading {
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 650;
  }
  .muted {
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.35em 0.9em;
    cursor: pointer;
  }
  button:disabled {
    color: var(--_muted);
    cursor: default;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .btn {
    display: inline-block;
    font-weight: 600;
    text-decoration: none;
    padding: 0.5em 1.1em;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .btn.secondary {
    color: var(--_accent);
    background: transparent;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
