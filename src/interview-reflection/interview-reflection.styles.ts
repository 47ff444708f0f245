import { css } from 'lit';

export const styles = css`
  .intro {
    margin-block: 0.35em var(--_space);
  }
  .prompt {
    margin-block-end: var(--_space);
  }
  label {
    display: block;
    font-weight: 600;
  }
  .prompt p {
    font-size: 0.9375em;
    margin-block: 0.15em 0.4em;
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 5em;
    resize: vertical;
    font: inherit;
    color: inherit;
    background: var(--interview-reflection-field-background, var(--_surface));
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.5);
    padding: 0.5em 0.65em;
  }
  .confirm {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .confirm p {
    font-weight: 600;
    margin-block-end: 0.75em;
  }
  .status {
    margin-block-start: 0.5em;
  }
`;
