// The CDN bundle: every element, registered under its default tag.
import './rejection-support/define.js';

export * from './index.js';
