import { css } from 'lit';

export const styles = css`
  /* The kit paints nothing of its own: its heading sits on the host page, in the page's colour. */
  .base {
    color: inherit;
  }
  /* Until the sections it shows first are drawn, each in a task of its own, the kit is not seen
     being put together: its space is kept (onward.css), and it appears whole. */
  :host(:state(drawing)) .base {
    visibility: hidden;
  }
  .heading {
    font-size: 1.5em;
    margin-block-end: var(--_space);
  }
  .sections {
    display: grid;
    gap: var(--rejection-support-gap, var(--_space));
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    align-items: start;
  }
  [part='takeaways'],
  [part='recap'],
  [part='resume'] {
    grid-column: 1 / -1;
  }
  /* Flush: one surface, the host's; sections divided by rules rather than set in cards. */
  .flush .sections {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
  }
  .flush .sections > :not(.fold) {
    padding-block-end: calc(var(--_space) * 1.25);
  }
  .flush .sections > :not(.fold) + :not(.fold) {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 1.25);
  }
  /* The short kit is one column, read top to bottom, at a comfortable line length. */
  .short .sections {
    grid-template-columns: minmax(0, 46rem);
    gap: calc(var(--_space) * 0.5);
  }
  .toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.6em 1em;
    text-align: start;
    font-weight: 600;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.75);
  }
  /* A chevron drawn with borders, pointing down when closed and up when open. */
  .toggle::after {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    /* Physical sides: a chevron points down in either direction of text. */
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
  }
  .toggle[aria-expanded='true'] {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }
  .toggle[aria-expanded='true']::after {
    transform: translateY(25%) rotate(225deg);
  }
  .panel > * {
    border-start-start-radius: 0;
    border-start-end-radius: 0;
  }
  @media (forced-colors: active) {
    .toggle {
      border-color: ButtonText;
    }
  }
`;
