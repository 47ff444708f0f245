import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
// Registers the kit and every section; the tags' types come with it.
import 'onward-elements/rejection-support.js';
import type { ChecklistChangeDetail, OnwardEventMap } from 'onward-elements';

@Component({
  selector: 'app-status',
  // Onward's tags are web components, not Angular components.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main>
      <h1>Onward in Angular</h1>
      <followup-checklist
        [company]="company()"
        contact-name="Jordan"
        [strings]="strings"
        (onward-change)="onChange($event)"
      ></followup-checklist>
      <p id="log">{{ last() }}</p>
      <button id="rename" type="button" (click)="company.set('Contoso')">Change company</button>
      <rejection-takeaways [company]="company()" stage="final" layout="compact"></rejection-takeaways>
    </main>
  `,
})
export class StatusComponent {
  readonly company = signal('Northwind Studio');
  readonly last = signal('none yet');
  // An object, not JSON: Angular's [strings] binding sets the element's property.
  readonly strings = { heading: 'Your plan for this week' };

  // strictTemplates types $event from Onward's entry in GlobalEventHandlersEventMap: a wrong
  // parameter type here fails `ng build`.
  onChange(event: OnwardEventMap['onward-change']): void {
    const detail = event.detail as ChecklistChangeDetail;
    this.last.set(`${detail.id}: ${detail.done}`);
  }
}
