import { css } from 'lit';

export const styles = css`
  .progress {
    margin-block-end: var(--_space);
    font-weight: 600;
  }
  /* The native bar, in our colour: it keeps its platform look in forced-colors mode. */
  progress {
    display: block;
    inline-size: 100%;
    accent-color: var(--followup-checklist-progress-color, var(--_success));
  }
  .item {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75em;
    padding-block: 0.6em;
  }
  /* The label holds its checkbox (so no ids to wire up) and shares the item's two columns. */
  label {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
  }
  .item > :not(label) {
    grid-column: 2;
  }
  .item + .item {
    border-block-start: 1px solid var(--_border);
  }
  input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--followup-checklist-check-color, var(--_accent));
  }
  label:has(:checked) {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .item p,
  .item a {
    font-size: 0.9375em;
  }
  .item a {
    font-weight: 600;
    justify-self: start;
  }
`;
