import { css } from 'lit';

export const styles = css`
  .intro {
    margin-block: 0.35em var(--_space);
  }
  .progress {
    margin-block-end: var(--_space);
  }
  .progress p {
    font-weight: 600;
    margin-block-end: 0.4em;
  }
  .complete {
    font-weight: 400;
    color: var(--_success);
  }
  progress {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
    border: 0;
    border-radius: 999px;
    overflow: hidden;
    background: var(--followup-checklist-track-color, color-mix(in srgb, var(--_text) 12%, var(--_surface)));
  }
  progress::-webkit-progress-bar {
    background: var(--followup-checklist-track-color, color-mix(in srgb, var(--_text) 12%, var(--_surface)));
  }
  progress::-webkit-progress-value {
    background: var(--followup-checklist-progress-color, var(--_success));
    border-radius: 999px;
    transition: inline-size 0.3s ease;
  }
  progress::-moz-progress-bar {
    background: var(--followup-checklist-progress-color, var(--_success));
    border-radius: 999px;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .item {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.75em;
    align-items: start;
    padding-block: 0.6em;
    border-block-end: 1px solid var(--_border);
  }
  .item:last-child {
    border-block-end: 0;
  }
  input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--followup-checklist-check-color, var(--_accent));
    cursor: pointer;
  }
  label {
    font-weight: 600;
    cursor: pointer;
  }
  .done label {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
    color: var(--_muted);
  }
  .text > p {
    font-size: 0.9375em;
  }
  [part='action'] {
    display: inline-block;
    margin-block-start: 0.25em;
    font-size: 0.9375em;
    font-weight: 600;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }
  @media (forced-colors: active) {
    progress {
      border: 1px solid CanvasText;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
  }
`;
