import createClient, { type Middleware } from 'openapi-fetch';
import { apiBaseUrl } from '@/config/env';
import { session } from '@/lib/auth/session';
import { ApiError, problemFromResponse } from './problem';
import type { paths } from './schema';

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => {};

/** The app decides where a 401 leads (back to login); set once at start-up. */
export const setUnauthorizedHandler = (handler: UnauthorizedHandler) => {
  onUnauthorized = handler;
};

/** A 401 outside the login: the app is told first (it says why), then the session ends. */
export const sessionEnded = () => {
  onUnauthorized();
  session.set(null);
};

const middleware: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  async onResponse({ request, response }) {
    if (response.ok) return response;
    const problem = await problemFromResponse(response);
    if (response.status === 401 && !request.url.endsWith('/api/v1/auth/login')) {
      sessionEnded();
    }
    throw new ApiError(problem);
  },
};

export const api = createClient<paths>({
  baseUrl: apiBaseUrl(),
  // Resolved per call so that test doubles installed on globalThis.fetch (MSW) are used.
  fetch: (request) => globalThis.fetch(request),
});
api.use(middleware);

/** The body of a successful answer; the middleware has already thrown for failures. */
export const unwrap = async <T>(call: Promise<{ data?: T; response: Response }>): Promise<T> => {
  const { data } = await call;
  return data as T;
};

/** The If-Match value for a representation's version (the API's ETags are the quoted version). */
export const ifMatch = (version: number) => `"${version}"`;

export type { paths };
export type Schemas = import('./schema').components['schemas'];
