import { css } from 'lit';

export const styles = css`
  .button {
    border: 0;
    box-shadow: none;
    padding: 0;
    background: none;
  }
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    background: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
  }
  .description {
    flex: 1 1 16rem;
    font-weight: 600;
  }
`;
