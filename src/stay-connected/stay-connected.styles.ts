import { css } from 'lit';

export const styles = css`
  .body {
    margin-block: 0.5em var(--_space);
  }
  .tint {
    background: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
    padding: 0.6em 0.9em;
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
  }
  .hint {
    margin-block-start: 0.5em;
    font-size: 0.9375em;
  }
`;
