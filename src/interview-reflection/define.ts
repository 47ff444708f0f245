import { InterviewReflectionElement } from './interview-reflection.js';

export * from './interview-reflection.js';

InterviewReflectionElement.define();
