import { css } from 'lit';

export const styles = css`
  .heading {
    margin-block-end: 0.5em;
  }
  .intro,
  ::slotted([slot='intro']) {
    display: block;
    margin-block: 0 1.25em;
  }
  .list {
    display: grid;
    gap: var(--rejection-takeaways-gap, var(--_space));
    counter-reset: n;
  }
  .takeaway {
    counter-increment: n;
    position: relative;
    padding-inline-start: 2.75em;
  }
  /* The number badge; the list itself already tells assistive tech the position. */
  .takeaway::before {
    content: counter(n);
    position: absolute;
    inset-inline-start: 0;
    inline-size: 2em;
    block-size: 2em;
    border-radius: 50%;
    display: grid;
    place-items: center;
    font-weight: 700;
    background: var(--rejection-takeaways-badge-background, var(--_accent));
    color: var(--rejection-takeaways-badge-color, var(--_on-accent));
  }
  .takeaway-title {
    font-size: 1.0625em;
    font-weight: 650;
    margin-block: 0.2em 0.3em;
  }
  .closing {
    margin-block-start: 1.25em;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  ::slotted([slot='footer']) {
    display: block;
    margin-block-start: var(--_space);
  }
  .cards .list {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
  }
  .cards .takeaway {
    padding: calc(var(--_space) + 2.75em) var(--_space) var(--_space);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--rejection-takeaways-card-background, color-mix(in srgb, var(--_accent) 7%, var(--_surface)));
  }
  .cards .takeaway::before {
    inset: var(--_space);
  }
  .compact {
    font-size: 0.9375em;
    padding: var(--_space);
  }
  .compact .list {
    gap: 0.6em;
  }
  .compact .takeaway {
    padding-inline-start: 1.1em;
  }
  .compact .takeaway::before {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    inset-block-start: 0.55em;
  }
  .compact .takeaway-title,
  .compact .takeaway p {
    display: inline;
    font-size: inherit;
    margin-inline-end: 0.3em;
  }
  @media (forced-colors: active) {
    .takeaway::before {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
`;
