import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { course, page, participant } from './fixtures';
import { ParticipantsPanel } from './ParticipantsPanel';

const people = [
  participant(11, 'Nguyễn Văn An', 'REGISTERED'),
  participant(12, 'Trần Thị Bình', 'REGISTERED'),
  participant(13, 'Lê Văn Cường', 'WAITLISTED', 1),
];

describe('ParticipantsPanel', () => {
  beforeEach(() => {
    session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' });
    server.use(http.get('*/api/v1/training-courses/7/participants', () => HttpResponse.json(page(people))));
  });
  afterEach(() => session.set(null));

  it('lists the waitlist position and cancels with the participant’s ETag', async () => {
    let ifMatch: string | null = null;
    server.use(
      http.post('*/api/v1/training-courses/7/participants/11/cancellation', ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        return HttpResponse.json({ ...people[0], status: 'CANCELLED' });
      }),
    );
    renderWithProviders(<ParticipantsPanel course={course} editor />);
    expect(await screen.findByText('Chờ số 1')).toBeInTheDocument();
    const row = screen.getByText('Nguyễn Văn An').closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByRole('button', { name: 'Hủy đăng ký' }));
    expect(await screen.findByText(/Người đầu tiên trong danh sách chờ/)).toBeInTheDocument();
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hủy đăng ký' }));
    await waitFor(() => expect(ifMatch).toBe('"0"'));
  });

  it('shows every refused row of an import with its line', async () => {
    server.use(
      http.post('*/api/v1/training-courses/7/participants/import', () =>
        HttpResponse.json(
          {
            type: 'https://diplomacy.example/problems/validation',
            title: 'Invalid request',
            status: 400,
            detail: '2 problem(s) in the file; nothing was imported',
            errors: [
              { field: 'lines[3].fullName', message: 'must not be blank' },
              { field: 'lines[4].email', message: 'must be a well-formed email address' },
            ],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<ParticipantsPanel course={course} editor />);
    const input = (await screen.findByText('Tệp danh sách')).closest('div')?.parentElement?.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, new File(['fullName\n'], 'hoc-vien.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Nhập danh sách' }));
    const report = await screen.findByTestId('import-errors');
    expect(report).toHaveTextContent('2 lỗi');
    expect(within(report).getByText('3')).toBeInTheDocument();
    expect(within(report).getByText('Họ và tên: bắt buộc nhập')).toBeInTheDocument();
    expect(within(report).getByText('Email: email không hợp lệ')).toBeInTheDocument();
  });

  it('reports the duplicates an accepted import skipped', async () => {
    server.use(
      http.post('*/api/v1/training-courses/7/participants/import', () =>
        HttpResponse.json({
          imported: 2,
          registered: 0,
          waitlisted: 2,
          duplicates: [
            { line: 3, fullName: 'Nguyen Van An', reason: 'same name and organization as line 2', code: 'same-name-and-organization', duplicateOfLine: 2 },
            {
              line: 4,
              fullName: 'Trần Bình',
              reason: 'same email as participant 9 (Phạm Thị Dung)',
              code: 'same-email',
              duplicateOfParticipantId: 9,
              duplicateOfName: 'Phạm Thị Dung',
            },
          ],
        }),
      ),
    );
    renderWithProviders(<ParticipantsPanel course={course} editor />);
    const input = (await screen.findByText('Tệp danh sách')).closest('div')?.parentElement?.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, new File(['fullName\n'], 'hoc-vien.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Nhập danh sách' }));
    const result = await screen.findByTestId('import-result');
    expect(result).toHaveTextContent('Đã nhập 2 học viên: 0 được nhận, 2 vào danh sách chờ.');
    expect(within(result).getByText('Dòng 3')).toBeInTheDocument();
    // Worded by the screen, in its language, not the server's English reason.
    expect(within(result).getByText('Trùng họ tên và cơ quan với dòng 2')).toBeInTheDocument();
    expect(within(result).getByText('Trùng email với học viên Phạm Thị Dung đã có trong khóa')).toBeInTheDocument();
  });
});
