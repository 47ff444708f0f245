// Compiles: the two global maps arrive with the main entry, and React 19 JSX knows every tag.
import { registerLocale, type ChecklistChangeDetail } from 'onward-elements';
import { FollowupChecklist } from 'onward-elements/react';
// Locale modules resolve, typed as side effects: a whole language, and one element's words.
import 'onward-elements/locales/pt-BR.js';
import 'onward-elements/locales/es/rejection-takeaways.js';

// A region's table holds only the words it changes.
registerLocale('fr-CA', { 'resume-cta': { label: 'Partagez votre CV ici' }, mail: { mailSignoff: 'Au plaisir,' } });

const checklist = document.createElement('followup-checklist');
checklist.checked = ['ask-feedback'];
checklist.contactEmail = 'jo@example.com';
document.addEventListener('onward-change', (e) => console.log(e.detail.id));
document.addEventListener('onward-action', (e) => e.detail.action.toUpperCase());

export const Page = () => (
  <>
    <rejection-takeaways company="Acme" job-title="Designer" stage="final" runner-up />
    <followup-checklist
      contactName="Jo"
      storage-key="abc"
      checked={[101, 'ask-feedback']}
      ononward-change={(e) => console.log((e.detail as ChecklistChangeDetail).done)}
      ononward-complete={(e) => console.log(e.detail.total)}
    />
    <FollowupChecklist company="Acme" onOnwardAction={(e) => e.detail.action} />
  </>
);
