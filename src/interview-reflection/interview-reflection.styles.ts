import { css } from 'lit';

export const styles = css`
  .base {
    --_field: var(--interview-reflection-field-background);
  }
  .prompt {
    margin-block-end: var(--_space);
  }
  .prompt p {
    font-size: 0.9375em;
    margin-block: 0.15em 0.4em;
  }
  .confirm {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .status {
    margin-block-start: 0.5em;
  }
`;
