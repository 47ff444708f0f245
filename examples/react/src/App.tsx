import { useState } from 'react';
// The wrappers (and, with them, JSX types for the tags themselves). Importing registers the elements.
import { FollowupChecklist, RejectionTakeaways } from 'onward-elements/react';
import type { ChecklistChangeDetail } from 'onward-elements';

// Set once: a new array on every render would re-set the ticks whenever the app re-renders.
const START = ['ask-feedback'];

export function App() {
  const [direct, setDirect] = useState('none yet');
  const [wrapped, setWrapped] = useState('none yet');
  return (
    <main>
      <h1>Onward in React 19</h1>

      {/* 1. The element itself: React 19 sets properties and listens with `on` + the event name. */}
      <followup-checklist
        id="direct"
        company="Northwind Studio"
        contactName="Jordan"
        hide-progress={false}
        ononward-change={(e) => setDirect(`${e.detail.id}: ${(e.detail as ChecklistChangeDetail).done}`)}
      />
      <p id="direct-log">{direct}</p>

      {/* 2. The @lit/react wrapper: camelCase props and onOnwardChange with a typed detail. */}
      <FollowupChecklist
        id="wrapped"
        company="Northwind Studio"
        checked={START}
        onOnwardChange={(e) => setWrapped(`${e.detail.id}: ${(e.detail as ChecklistChangeDetail).done}`)}
      />
      <p id="wrapped-log">{wrapped}</p>

      <RejectionTakeaways company="Northwind Studio" stage="final" layout="compact" />
    </main>
  );
}
