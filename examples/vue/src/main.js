import { createApp } from 'vue';
// Registers every element (and types them for Vue templates in TypeScript projects).
import 'onward-elements/vue';
import App from './App.vue';

createApp(App).mount('#app');
