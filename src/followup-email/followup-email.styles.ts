import { css } from 'lit';

export const styles = css`
  .base {
    --_field: var(--followup-email-field-background);
  }
  label {
    display: block;
    margin-block: 0.75em 0.3em;
  }
  /* The field grows with the draft, so the end of it (the signature) is never cut off. */
  textarea {
    min-block-size: 12em;
    field-sizing: content;
  }
  .hint {
    margin-block-start: 0.35em;
    font-size: 0.9375em;
  }
  .status {
    margin-block-start: 0.5em;
  }
`;
