import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/** An RFC 9457 problem answered by the API, thrown by the client middleware for every non-2xx answer. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status ?? 0;
    this.problem = problem;
  }

  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      if (e.field && e.message && !(e.field in out)) out[e.field] = e.message;
    }
    return out;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** Builds the problem for answers that are not problem+json (a proxy's HTML page, a network failure). */
export const problemFromResponse = async (response: Response): Promise<Problem> => {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.clone().json()) as Partial<Problem>;
      return { ...body, status: body.status ?? response.status } as Problem;
    } catch {
      // fall through: not JSON after all
    }
  }
  return { status: response.status, title: response.statusText, detail: undefined } as Problem;
};
