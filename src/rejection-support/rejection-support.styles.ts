import { css } from 'lit';

export const styles = css`
  /* The kit paints nothing of its own: its heading sits on the host page, in the page's colour. */
  .base {
    color: inherit;
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
`;
