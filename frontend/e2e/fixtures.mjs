// What every journey shares: its page, the screenshots, the API, and the ways to fill Mantine's fields.
import { appendFileSync, mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test } from '@playwright/test';

/** The time zone the app counts days in (APP_TIME_ZONE's default); the tests' own dates use it too (scripts/e2e.sh sets TZ). */
export const OFFICE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export { test };
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:8089';
export const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'ha-tinh-bolikhamxay-e2e';
const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(SCREENSHOTS, { recursive: true });

// A notification or dialog still fading in has the contrast of its half-way opacity: let transitions end.
const settled = (page) =>
  page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5_000 }).catch(() => undefined);

/**
 * A picture of a main screen, and an axe-core check of it (WCAG 2.1 A/AA): a critical or serious violation fails the
 * journey, naming the rule and the elements; all findings of the run are listed in screenshots/axe.jsonl.
 */
export const shot = async (page, name) => {
  await settled(page);
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
  await accessible(page, name);
};

const axe = async (page) => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations;
const blockingOf = (violations) => violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');

export const accessible = async (page, name) => {
  let violations = await axe(page);
  if (blockingOf(violations).length) {
    // A toast that began to fade in during the check (a slow answer arriving) is judged once it has settled.
    await settled(page);
    violations = await axe(page);
  }
  const found = violations.map((v) => ({ screen: name, rule: v.id, impact: v.impact, nodes: v.nodes.length, first: v.nodes[0]?.target?.join(' ') }));
  for (const f of found) appendFileSync(`${SCREENSHOTS}axe.jsonl`, `${JSON.stringify(f)}\n`);
  const blocking = found.filter((f) => f.impact === 'critical' || f.impact === 'serious');
  if (blocking.length && process.env.E2E_AXE !== 'report') {
    throw new Error(`Accessibility (${name}): ${blocking.map((b) => `${b.rule} ×${b.nodes} at ${b.first}`).join('; ')}`);
  }
};

/**
 * The file's journeys run in order on one page (they build on each other's records, like an office's day); a journey
 * that fails leaves a picture of where it stopped. Returns a holder whose `page` is set before the first journey.
 */
export const journeyPage = (options = {}) => {
  const holder = { page: undefined };
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }) => {
    // The offices' clock (the server counts "today" in APP_TIME_ZONE): after 17:00 UTC a UTC browser would still be on
    // yesterday and pick dates the server finds before its own today.
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN', timezoneId: OFFICE_TIME_ZONE, ...options });
    holder.page = await context.newPage();
    holder.page.setDefaultTimeout(15_000);
  });
  // Playwright reads the fixtures a hook asks for from its first parameter, which must be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  test.afterEach(async ({}, info) => {
    if (info.status !== info.expectedStatus) await shot(holder.page, `failed-${info.title.replace(/\W+/g, '-')}`).catch(() => undefined);
  });
  test.afterAll(async () => {
    await holder.page?.context().close();
  });
  return holder;
};

export const api = async (token, method, path, body, headers = {}) => {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
};

/** Logs in through the API (for setting up what a journey needs); the answer holds `accessToken`. */
export const apiLogin = (username = 'admin', password = ADMIN_PASSWORD) =>
  fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  }).then((r) => r.json());

/** Opens a record from its month on a calendar (its event is a link named with the stamp) and waits for its page. */
export const openFromCalendar = async (page, { path, calendar, stamp, title, shotName }) => {
  await page.goto(`${BASE_URL}${path}`);
  const event = page
    .getByTestId(calendar)
    .getByRole('link', { name: new RegExp(String(stamp)) })
    .first();
  await event.waitFor();
  await shot(page, shotName);
  await event.click();
  await page.getByRole('heading', { name: title }).waitFor();
};

export const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
// The calendar names each day the way the app writes dates in Vietnamese (e.g. "05/01/2027").
const dayLabel = (value) => new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(value));

/** The helpers bound to the journeys' page (read when called, so they can be made before the page exists). */
/** Clicks a button that asks first, then the same-named button of its confirmation dialog. */
export const confirmed = async (page, name) => {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
};

export const helpers = (holder) => {
  const page = () => holder.page;
  return {
    /** A Mantine select or autocomplete: opens it, types if asked, picks the option. */
    pickOption: async (label, typed, option, scope = page()) => {
      const input = scope.getByLabel(new RegExp(`^${label}`)).first();
      await input.click();
      if (typed) await input.fill(typed);
      await page().getByRole('option', { name: option }).first().click();
    },
    /**
     * Opens a date field's calendar (on the current month, or the earliest allowed one) and pages towards the day
     * until it is shown; the day may be a Date or an ISO date.
     */
    pickDate: async (label, date, scope = page()) => {
      const target = typeof date === 'string' ? date : iso(date);
      const field = scope.getByLabel(new RegExp(`^${label}`));
      // The calendar opens on the field's date when it has one (shown dd/MM/yyyy), else on this month.
      const shown = /(\d{2})\/(\d{2})\/(\d{4})/.exec((await field.textContent()) ?? '');
      const from = shown ? `${shown[3]}-${shown[2]}` : iso(new Date()).slice(0, 7);
      await field.click();
      const back = target.slice(0, 7) < from;
      // Not a neighbouring month's day shown greyed out, and the calendar just opened (a closing one may linger).
      const day = page()
        .locator(`button[aria-label="${dayLabel(target)}"]:not([data-outside])`)
        .last();
      // Wait for the calendar to open before judging whether the day is shown.
      const turn = page()
        .getByRole('button', { name: back ? 'Tháng trước' : 'Tháng sau' })
        .last();
      await turn.waitFor();
      for (let i = 0; i < 36 && !(await day.isVisible()); i += 1) await turn.click();
      await day.click();
      await day.waitFor({ state: 'detached' });
    },
    /** Types in a list's search box and waits until the address carries it (the list then shows its answer). */
    search: async (text) => {
      await page().getByLabel('Tìm kiếm').fill(text);
      // The router writes a text that looks like a number as a JSON string ("…").
      await page().waitForURL((url) => [text.trim(), JSON.stringify(text.trim())].includes(url.searchParams.get('q')));
    },
    logIn: async (username, password) => {
      await page().getByLabel('Tên đăng nhập').fill(username);
      await page().getByLabel('Mật khẩu').fill(password);
      await page().getByRole('button', { name: 'Đăng nhập' }).click();
    },
    /** A full-page picture draws the fixed header where the page is scrolled to, and toasts cover the content. */
    topShot: async (name) => {
      await page().waitForFunction(() => !document.querySelector('.mantine-Notification-root'), null, { timeout: 10_000 });
      await page().evaluate(() => window.scrollTo(0, 0));
      await shot(page(), name);
    },
  };
};

/** A one-page PDF showing a line of ASCII text: a scanned paper as offices attach them. */
export const onePagePdf = (text) => {
  const stream = `BT /F1 24 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((content, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${content}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
};
