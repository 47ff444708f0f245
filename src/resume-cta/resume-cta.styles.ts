import { css } from 'lit';

export const styles = css`
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  p {
    flex: 1 1 16rem;
    font-weight: 600;
  }
`;
