import { css } from 'lit';

export const styles = css`
  .progress {
    margin-block-end: var(--_space);
  }
  /* A track in the border colour, filled in the success colour; forced colours keep the platform's bar. */
  progress {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
    border: 0;
    border-radius: 0.25rem;
    overflow: hidden;
    background: var(--followup-checklist-track-color, var(--_border));
  }
  progress::-webkit-progress-bar {
    background: var(--followup-checklist-track-color, var(--_border));
  }
  progress::-webkit-progress-value {
    background: var(--followup-checklist-progress-color, var(--_success));
  }
  progress::-moz-progress-bar {
    background: var(--followup-checklist-progress-color, var(--_success));
  }
  @media (forced-colors: active) {
    progress {
      appearance: auto;
    }
  }
  .item {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75em;
    padding-block: 0.6em;
  }
  /* The label holds its checkbox (so no ids to wire up) and shares the item's two columns: the
     whole row is the target, at least a control's height. */
  label {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    align-items: center;
    cursor: pointer;
  }
  @media (pointer: coarse) {
    label {
      min-block-size: var(--_control);
    }
  }
  .item > :not(label) {
    grid-column: 2;
  }
  .item + .item {
    border-block-start: 1px solid var(--_border);
  }
  input:checked {
    background: var(--followup-checklist-check-color, var(--_success));
    border-color: var(--followup-checklist-check-color, var(--_success));
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
  .item .plain {
    padding-inline: 0;
  }
  .item .primary {
    margin-block-start: 0.4em;
  }
  /* Nothing to start over yet: no empty row of actions under the list. */
  .actions:not(:has(> button:not([hidden]), > .confirm)) {
    margin: 0;
  }
`;
