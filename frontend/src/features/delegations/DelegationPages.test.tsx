import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { DelegationEditPage } from './DelegationPages';
import { delegation, members, page, problem } from './fixtures';

type Sent = { body: Record<string, unknown>; ifMatch: string | null };

const fill = async (input: HTMLElement, text: string) => {
  await userEvent.click(input);
  await userEvent.paste(text);
};

describe('DelegationEditPage members table', () => {
  beforeEach(() => session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' }));
  afterEach(() => session.set(null));

  it('sends the whole edited list in order and puts the server’s row errors on their cells', async () => {
    const puts: Sent[] = [];
    const memberPuts: Sent[] = [];
    let version = 4;
    server.use(
      http.get('*/api/v1/organizations', () => HttpResponse.json(page([]))),
      http.get('*/api/v1/partnerships', () => HttpResponse.json(page([]))),
      http.get('*/api/v1/delegations/5', () => HttpResponse.json(delegation)),
      http.get('*/api/v1/delegations/5/members', () => HttpResponse.json({ members })),
      http.put('*/api/v1/delegations/5', async ({ request }) => {
        puts.push({ body: (await request.json()) as Record<string, unknown>, ifMatch: request.headers.get('If-Match') });
        version += 1;
        return HttpResponse.json({ ...delegation, version });
      }),
      http.put('*/api/v1/delegations/5/members', async ({ request }) => {
        memberPuts.push({ body: (await request.json()) as Record<string, unknown>, ifMatch: request.headers.get('If-Match') });
        if (memberPuts.length === 1) {
          return problem(400, {
            title: 'Invalid request',
            errors: [
              { field: 'members[1].phone', message: 'must be a valid phone number' },
              { field: 'members[2].role', message: 'a delegation has at most one HEAD' },
            ],
          });
        }
        version += 1;
        return HttpResponse.json({ ...delegation, version, memberCount: 3 });
      }),
    );
    renderWithProviders(<DelegationEditPage id={5} />);

    // Add a fourth person, move them up above the interpreter, and drop the deputy.
    await userEvent.click(await screen.findByRole('button', { name: 'Thêm thành viên' }));
    // Pasted rather than typed: every key re-renders the whole form, which jsdom makes slow.
    await fill(screen.getByLabelText('Họ và tên, dòng 4'), 'Phạm Văn Dũng');
    await fill(screen.getByLabelText('Điện thoại, dòng 4'), 'abc');
    await userEvent.click(screen.getByRole('button', { name: 'Chuyển dòng 4 lên' }));
    await userEvent.click(screen.getByRole('button', { name: 'Xóa dòng 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(memberPuts).toHaveLength(1));
    expect(puts[0]?.ifMatch).toBe('"4"');
    // The members go with the version the delegation's own save answered.
    expect(memberPuts[0]?.ifMatch).toBe('"5"');
    expect(memberPuts[0]?.body).toEqual({
      members: [
        { fullName: 'Nguyễn Văn An', position: 'Phó Chủ tịch UBND tỉnh', role: 'HEAD', nationality: 'VN' },
        { fullName: 'Phạm Văn Dũng', role: 'MEMBER', phone: 'abc' },
        { fullName: 'Lê Văn Cường', role: 'INTERPRETER' },
      ],
    });

    const phone = await screen.findByLabelText('Điện thoại, dòng 2');
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription('must be a valid phone number');
    expect(screen.getByRole('combobox', { name: 'Vai trò, dòng 3' })).toHaveAccessibleDescription('a delegation has at most one HEAD');
    expect(screen.getByLabelText('Họ và tên, dòng 2')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Dữ liệu chưa hợp lệ');

    // Fixed and saved again: the delegation is updated with the version it now has, not proposed twice.
    await userEvent.clear(phone);
    await fill(phone, '0912 345 678');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(memberPuts).toHaveLength(2));
    expect(puts[1]?.ifMatch).toBe('"5"');
    expect(memberPuts[1]?.ifMatch).toBe('"6"');
    expect((memberPuts[1]?.body.members as object[])[1]).toEqual({ fullName: 'Phạm Văn Dũng', role: 'MEMBER', phone: '0912 345 678' });
    // Two full saves of a form with a country list per row: about half the default limit on a loaded machine.
  }, 40_000);

  it('does not replace an unchanged member list', async () => {
    const memberPuts: unknown[] = [];
    const puts: unknown[] = [];
    server.use(
      http.get('*/api/v1/organizations', () => HttpResponse.json(page([]))),
      http.get('*/api/v1/partnerships', () => HttpResponse.json(page([]))),
      http.get('*/api/v1/delegations/5', () => HttpResponse.json(delegation)),
      http.get('*/api/v1/delegations/5/members', () => HttpResponse.json({ members })),
      http.put('*/api/v1/delegations/5', () => {
        puts.push(1);
        return HttpResponse.json({ ...delegation, version: 5 });
      }),
      http.put('*/api/v1/delegations/5/members', () => {
        memberPuts.push(1);
        return HttpResponse.json(delegation);
      }),
    );
    renderWithProviders(<DelegationEditPage id={5} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(puts).toHaveLength(1));
    // Give a second request the time it would take.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(memberPuts).toHaveLength(0);
  });
});
