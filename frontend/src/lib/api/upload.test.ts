import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '@/lib/auth/session';
import { server } from '@/testing/server';
import { setUnauthorizedHandler } from './client';
import { uploadWithProgress } from './upload';

describe('uploadWithProgress', () => {
  afterEach(() => {
    setUnauthorizedHandler(() => {});
    session.set(null);
  });

  it('ends the session on a 401, as every other call does, and rejects with the problem', async () => {
    session.set({ token: 'old', expiresAt: '2999-01-01T00:00:00Z' });
    const ended = vi.fn();
    setUnauthorizedHandler(ended);
    server.use(
      http.post('*/api/v1/partnerships/1/attachments', () =>
        HttpResponse.json({ status: 401, title: 'Unauthorized' }, { status: 401, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    await expect(uploadWithProgress('/api/v1/partnerships/1/attachments', new FormData(), () => {})).rejects.toMatchObject({
      problem: { status: 401 },
    });
    expect(ended).toHaveBeenCalledOnce();
    expect(session.token()).toBeNull();
  });

  it('keeps the session on other refusals', async () => {
    session.set({ token: 'good', expiresAt: '2999-01-01T00:00:00Z' });
    const ended = vi.fn();
    setUnauthorizedHandler(ended);
    server.use(
      http.post('*/api/v1/partnerships/1/attachments', () =>
        HttpResponse.json(
          { status: 415, title: 'Unsupported', code: 'attachment-type-not-allowed' },
          { status: 415, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await expect(uploadWithProgress('/api/v1/partnerships/1/attachments', new FormData(), () => {})).rejects.toMatchObject({
      problem: { status: 415 },
    });
    expect(ended).not.toHaveBeenCalled();
    expect(session.token()).toBe('good');
  });
});
