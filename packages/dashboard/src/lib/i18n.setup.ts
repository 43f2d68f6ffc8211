// Vitest setup for the dashboard's unit tests (vitest.config.ts, setupFiles): English is a lazy
// chunk in the app (i18n.ts), but pure functions' tests ask for English words synchronously, so
// its words are loaded once before any test runs.
import { loadLanguage } from './i18n';

await loadLanguage('en');
