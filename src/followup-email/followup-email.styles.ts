import { css } from 'lit';

export const styles = css`
  .intro {
    margin-block: 0.35em var(--_space);
  }
  label {
    display: block;
    font-weight: 600;
    margin-block: 0.75em 0.3em;
  }
  input,
  textarea {
    display: block;
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: var(--followup-email-field-background, var(--_surface));
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.5);
    padding: 0.5em 0.65em;
  }
  textarea {
    resize: vertical;
    min-block-size: 12em;
    line-height: 1.5;
  }
  .actions {
    margin-block-start: var(--_space);
  }
  .status {
    min-block-size: 1.5em;
    margin-block-start: 0.5em;
    font-weight: 600;
  }
`;
