import { SearchRecapElement } from './search-recap.js';

export * from './search-recap.js';

SearchRecapElement.define();
