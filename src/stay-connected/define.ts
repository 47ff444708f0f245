import { StayConnectedElement } from './stay-connected.js';

export * from './stay-connected.js';

StayConnectedElement.define();
