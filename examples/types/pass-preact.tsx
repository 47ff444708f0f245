/** @jsxImportSource preact */
import 'onward-elements/preact';

export const Page = () => (
  <stay-connected company="Acme" check-in-days="45" ononward-action={(e) => console.log(e.detail.action)} />
);
