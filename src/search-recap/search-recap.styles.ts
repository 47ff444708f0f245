import { css } from 'lit';

export const styles = css`
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: var(--_space);
  }
  .stat {
    display: grid;
    align-content: start;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
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
