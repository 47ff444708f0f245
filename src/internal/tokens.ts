import { css } from 'lit';

/**
 * Shared styles: the token defaults, themes, focus ring, reduced motion and forced colours, and the
 * few patterns every element uses. Elements put `class="base {theme}"` on their outermost part.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--onward-font-family, inherit);
    font-size: var(--onward-font-size, 1rem);
    line-height: var(--onward-line-height, 1.5);
    overflow-wrap: anywhere;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  .base {
    /* Host values of --onward-color-* win. light-dark() picks the default for the color-scheme the
       theme class sets: light, then dark. All pass WCAG 2.2 AA: text, muted, accent and success at
       4.5:1 or more on the surface, on-accent at 4.5:1 or more on the accent. */
    --_text: var(--onward-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--onward-color-muted, light-dark(#555f6b, #a3adb8));
    --_surface: var(--onward-color-surface, light-dark(#fff, #161b22));
    --_border: var(--onward-color-border, light-dark(#d1d9e0, #3d444d));
    --_accent: var(--onward-color-accent, light-dark(#0b57b8, #7cb7ff));
    --_on-accent: var(--onward-color-on-accent, light-dark(#fff, #0d1117));
    --_success: var(--onward-color-success, light-dark(#1a7434, #56c46b));
    --_danger: var(--onward-color-danger, light-dark(#b42318, #ff9b8f));
    --_on-danger: light-dark(#fff, #0d1117);
    --_radius: var(--onward-radius, 0.75rem);
    --_space: var(--onward-space, 1rem);
    --_on-success: light-dark(#fff, #0d1117);
    --_focus: var(--onward-focus-ring, 3px solid var(--_accent));
    /* Buttons, and the rows and links a finger taps: 2.5rem with a mouse, 44 px on a touch screen. */
    --_control: var(--onward-control-height, 2.5rem);
    color-scheme: light;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--onward-shadow, 0 1px 2px #1f232814, 0 2px 8px #1f23280f);
    padding: calc(var(--_space) * 1.25);
  }
  @media (pointer: coarse) {
    .base {
      --_control: var(--onward-control-height, 44px);
    }
  }
  /* Flatter cards on a phone: less padding inside, more room for the words; buttons full width
     and equal, so none wraps to two lines beside a short one. */
  @media (max-width: 30rem) {
    .base {
      padding: var(--_space);
    }
    .actions > :is(button, .btn) {
      flex: 1 1 100%;
    }
  }
  .dark {
    color-scheme: dark;
  }
  .ltr {
    direction: ltr;
  }
  .rtl {
    direction: rtl;
  }
  .auto {
    color-scheme: light dark;
  }
  .base:is(.bare, .flush) {
    border: 0;
    box-shadow: none;
    padding: 0;
    background: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol {
    margin: 0;
  }
  ul,
  ol {
    list-style: none;
    padding: 0;
  }
  .heading {
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 650;
  }
  .intro {
    margin-block: 0.35em var(--_space);
  }
  .muted {
    color: var(--_muted);
  }
  label {
    font-weight: 600;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }
  /* A ring with a gap of the surface between it and the control, so it never reads as the
     control's own border; on a filled button it is the text colour, not the fill's. */
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  :is(.primary, .danger):focus-visible {
    outline-color: var(--_text);
    outline-offset: 3px;
  }
  .field {
    display: block;
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: var(--_field, var(--_surface));
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5em 0.65em;
    min-block-size: var(--_control);
  }
  textarea {
    resize: vertical;
  }
  /* Lines a reader can follow: about 70 characters at most. */
  p,
  label,
  .heading {
    max-inline-size: 70ch;
  }
  /* Japanese breaks between phrases, not inside one (no lone す。 on a line). */
  :host(:lang(ja)) {
    word-break: auto-phrase;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin-block-start: var(--_space);
  }
  /* One family: every button and button-like link the same height and weight. */
  button,
  .btn {
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: none;
    border: 1px solid;
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.25em 1em;
    min-block-size: var(--_control);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    cursor: pointer;
  }
  .btn {
    text-decoration: none;
  }
  /* The button ladder: primary (filled, one per section), default (outlined), plain (text only),
     danger (filled in the danger colour, for a confirmed destructive step). */
  .primary {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .plain {
    border-color: transparent;
    padding-inline: 0.25em;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  /* A reset is there when wanted and never the loudest thing under a finished list. */
  .quiet {
    color: var(--_muted);
  }
  .danger {
    color: var(--_on-danger);
    background: var(--_danger);
    border-color: var(--_danger);
  }
  button:disabled {
    color: var(--_muted);
    background: none;
    border-color: var(--_border);
    border-style: dashed;
    cursor: not-allowed;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
  /* The checkbox: 22 px, drawn here, still the native input (keyboard, forms, screen readers); a
     tick in the success colour, the one colour of done. Forced colours get the system's own. */
  input[type='checkbox'] {
    appearance: none;
    flex: none;
    display: inline-grid;
    place-content: center;
    inline-size: 1.375rem;
    block-size: 1.375rem;
    margin: 0;
    border: 2px solid var(--_muted);
    border-radius: 0.3rem;
    background: var(--_surface);
    cursor: pointer;
  }
  input[type='checkbox']:checked {
    background: var(--_success);
    border-color: var(--_success);
  }
  input[type='checkbox']:checked::before {
    content: '';
    inline-size: 0.375rem;
    block-size: 0.7rem;
    margin-block-start: -0.15rem;
    border: solid var(--_on-success);
    border-width: 0 0.15rem 0.15rem 0;
    transform: rotate(45deg);
  }
  /* A status line takes no room until it has something to say. */
  [role='status']:empty {
    margin: 0;
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    :focus-visible,
    :is(.primary, .danger):focus-visible {
      outline-color: Highlight;
    }
    input[type='checkbox'] {
      appearance: auto;
    }
    input[type='checkbox']:checked::before {
      content: none;
    }
  }
`;
