import { css } from 'lit';

export const styles = css`
  .progress {
    margin-block-end: var(--_space);
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
  /* Done reads as done, not as cancelled: the tick says it, the label quietens. */
  label:has(:checked) {
    color: var(--_muted);
  }
  .progress:has(progress[hidden]) {
    margin: 0;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .confirm p {
    flex-basis: 100%;
  }
  .item p,
  .item a {
    font-size: 0.9375em;
  }
  .item a {
    font-weight: 600;
    justify-self: start;
  }
  .item .btn {
    margin-block-start: 0.4em;
  }
  /* Nothing to start over yet: no empty row of actions under the list. */
  .actions:not(:has(> button:not([hidden]), > .confirm)) {
    margin: 0;
  }
`;
