/** @jsxImportSource preact */
// Must NOT compile either, in Preact's JSX.
import 'onward-elements/preact';

export const Page = () => (
  <>
    <stay-connected compnay="Acme" /> {/* error: misspelled attribute */}
    <stay-connected checkInDays="45" /> {/* error: wrong type for the property */}
    <resume-cta ononward-action={(e) => e.detail.actoin} /> {/* error: misspelled detail field */}
  </>
);
