import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** MSW for component tests only; end-to-end tests use the real app and database. */
export const server = setupServer(
  // Every detail page shows its record's files and history: none, unless a test says otherwise.
  http.get('*/attachments', () => HttpResponse.json({ items: [] })),
  // Organization pickers search the registry: nothing found, unless a test says otherwise.
  http.get('*/api/v1/organizations', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0, totalExact: true, next: null })),
  // Person pickers search the registry too: nobody found, unless a test says otherwise.
  http.get('*/api/v1/persons', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0, totalExact: true, next: null })),
  http.get('*/history', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0, totalExact: true, next: null })),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
