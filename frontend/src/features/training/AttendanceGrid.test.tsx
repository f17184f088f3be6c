import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { AttendanceGrid } from './AttendanceGrid';
import { course, grid } from './fixtures';

describe('AttendanceGrid', () => {
  beforeEach(() => session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' }));
  afterEach(() => session.set(null));

  it('is filled from the keyboard, moving down the column, and saves each changed session’s whole sheet', async () => {
    const saved: { session: string; ifMatch: string | null; body: unknown }[] = [];
    server.use(
      http.get('*/api/v1/training-courses/7/attendance', () => HttpResponse.json(grid)),
      http.put('*/api/v1/training-courses/7/sessions/:sid/attendance', async ({ request, params }) => {
        saved.push({ session: String(params.sid), ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return HttpResponse.json({ sessionId: Number(params.sid), version: 3, marks: [] });
      }),
    );
    renderWithProviders(<AttendanceGrid course={{ ...course, status: 'IN_PROGRESS' }} editor />);
    const first = await screen.findByRole('button', { name: /Có mặt — Nguyễn Văn An, /i });
    first.focus();
    // 2 marks An late and moves to Bình; "V" (vắng) marks Bình absent.
    await userEvent.keyboard('2');
    expect(screen.getByRole('button', { name: /^chưa điểm danh — Trần Thị Bình, 01\/03\/2027/ })).toHaveFocus();
    await userEvent.keyboard('v');
    expect(screen.getByRole('button', { name: /· Vắng — Trần Thị Bình, 01\/03\/2027/ })).toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}1');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu điểm danh' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[0]).toEqual({
      session: '31',
      ifMatch: '"2"',
      body: {
        marks: [
          { participantId: 11, status: 'LATE' },
          { participantId: 12, status: 'ABSENT' },
        ],
      },
    });
    expect(saved[1]).toEqual({ session: '32', ifMatch: '"0"', body: { marks: [{ participantId: 12, status: 'PRESENT' }] } });
  });

  it('is read-only for a viewer', async () => {
    server.use(http.get('*/api/v1/training-courses/7/attendance', () => HttpResponse.json(grid)));
    renderWithProviders(<AttendanceGrid course={{ ...course, status: 'IN_PROGRESS' }} editor={false} />);
    expect(await screen.findByRole('button', { name: /Có mặt — Nguyễn Văn An, /i })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Lưu điểm danh' })).not.toBeInTheDocument();
    expect(screen.getByTestId('average-rate')).toHaveTextContent('25 %');
  });
});
