import { css } from 'lit';

export const styles = css`
  /* The numbers side by side, even on a phone, divided by rules rather than cards in a card. */
  .list {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: var(--_space);
    container-type: inline-size;
  }
  .stat {
    display: grid;
    align-content: start;
    overflow-wrap: normal;
    hyphens: auto;
  }
  /* On a phone, the three numbers and what they count; the line under each waits for more room. */
  @container (max-width: 30rem) {
    .label {
      font-size: 0.875em;
    }
    .skill {
      display: none;
    }
  }
  .stat + .stat {
    border-inline-start: 1px solid var(--_border);
    padding-inline-start: var(--_space);
  }
  .number {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    color: var(--search-recap-number-color, var(--_accent));
  }
  .label,
  .stage {
    font-weight: 600;
  }
  .skill {
    font-size: 0.9375em;
  }
  .stage {
    margin-block-start: var(--_space);
  }
`;
