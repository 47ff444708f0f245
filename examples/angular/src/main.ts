import { bootstrapApplication } from '@angular/platform-browser';
import { StatusComponent } from './status.component';

bootstrapApplication(StatusComponent).catch((error) => console.error(error));
