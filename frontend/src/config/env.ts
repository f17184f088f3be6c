/** Where the API lives: the same origin as the SPA (the Quarkus app serves both; Vite proxies in dev). */
export const apiBaseUrl = (): string => globalThis.location?.origin ?? 'http://localhost';

export const SEARCH_DEBOUNCE_MS = 300;
export const DEFAULT_PAGE_SIZE = 20;
