// onward-elements/ats in Node, from the installed package: each vendor's fixtures give what they
// give in the browser tests, and no internal field's marker reaches the output.
// `npm run consumers` copies tests/fixtures/ats here as fixtures/.
import { readFileSync } from 'node:fs';
import { deepStrictEqual, ok } from 'node:assert/strict';
import * as ats from 'onward-elements/ats';
import { call, seedMarkers, VENDORS } from './fixtures/cases.js';

let checked = 0;
for (const vendor of VENDORS) {
  const fixture = JSON.parse(readFileSync(new URL(`./fixtures/${vendor}.json`, import.meta.url), 'utf8'));
  for (const [name, c] of Object.entries(fixture.cases)) {
    const props = call(ats, vendor, fixture, c);
    deepStrictEqual(props, c.expected, `${vendor}: ${name}`);
    if (c.attributes) deepStrictEqual(ats.toAttributes(props), c.attributes, `${vendor}: ${name} as attributes`);
    const seeded = call(ats, vendor, fixture, seedMarkers(vendor, c));
    ok(!JSON.stringify(seeded ?? {}).includes('MARKER') && !ats.toAttributes(seeded).includes('MARKER'), `${vendor}: ${name} let an internal field through`);
    checked++;
  }
}
console.log(`onward-elements/ats: ${checked} fixture cases from ${VENDORS.length} vendors, as expected; no internal field in any output.`);
