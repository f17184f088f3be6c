import assert from 'node:assert/strict';
import { ADMIN_PASSWORD, BASE_URL, apiLogin, helpers, journeyPage, shot, test } from './fixtures.mjs';

const ui = journeyPage();
let page;
test.beforeAll(() => (page = ui.page));
const { pickOption, search } = helpers(ui);
const journey = test;

journey('an office worker manages organizations in Vietnamese and English', async () => {
  // Not logged in: any page leads to the login form, in Vietnamese by default.
  await page.goto(`${BASE_URL}/organizations`);
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await shot(page, '01-login');

  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill('wrong-password');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Sai tên đăng nhập hoặc mật khẩu').waitFor();

  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // Back where the user wanted to go.
  await page.getByRole('heading', { name: 'Đối tác' }).waitFor();
  await page.getByTestId('current-user').getByText('Quản trị viên').waitFor();

  // English, then back to Vietnamese.
  await page.getByText('EN', { exact: true }).click();
  await page.getByRole('heading', { name: 'Organizations' }).waitFor();
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByText('Organizations in the registry').waitFor();
  await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('…'));
  await shot(page, '02-dashboard-en');
  await page.getByText('VI', { exact: true }).click();
  await page.getByRole('link', { name: 'Đối tác' }).click();

  // Accent-insensitive search, debounced, kept in the URL.
  await search('ha tinh');
  await page.getByRole('link', { name: 'Sở Ngoại vụ Hà Tĩnh' }).waitFor();
  assert.match(page.url(), /q=ha(\+|%20)tinh/);
  const rows = await page.locator('tbody tr').count();
  assert.ok(rows >= 3, `expected the Hà Tĩnh organizations, saw ${rows} rows`);
  await shot(page, '03-organizations-search');
  // The same list on a tablet held upright: the menu folds into a burger, the table scrolls.
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.getByRole('button', { name: 'Mở trình đơn' }).waitFor();
  await shot(page, '03b-organizations-tablet');
  await page.setViewportSize({ width: 1280, height: 860 });

  // Create: a validation error first, then a valid organization.
  await page.getByRole('link', { name: 'Thêm đối tác' }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Bắt buộc nhập').first().waitFor();
  await page.getByLabel('Trang web').fill('not a url');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Địa chỉ web phải bắt đầu bằng http:// hoặc https://').waitFor();
  await shot(page, '04-organization-form-errors');

  const name = `Tỉnh Sê Kông E2E ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Tên', exact: true }).fill(name);
  await page.getByLabel('Trang web').fill('https://sekong.gov.la');
  await pickOption('Loại hình', null, 'Chính quyền địa phương');
  await pickOption('Quốc gia', 'Lào', /Lào \(LA\)/);
  await shot(page, '05a-organization-form-filled');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('heading', { name }).waitFor();
  await page.getByText('Lào', { exact: false }).first().waitFor();
  await shot(page, '05-organization-detail');

  // Edit: a note, and the name Vietnamese offices write the province by.
  await page.getByRole('link', { name: 'Sửa' }).click();
  await page.getByLabel('Ghi chú').fill('Tỉnh biên giới, hợp tác toàn diện');
  const vietnameseName = `Xê Kông ${name.slice(-6)}`;
  await page.getByRole('button', { name: 'Thêm tên khác' }).click();
  await page.getByRole('textbox', { name: 'Tên khác 1' }).fill(vietnameseName);
  await shot(page, '05b-organization-other-names');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Tỉnh biên giới, hợp tác toàn diện', { exact: true }).waitFor();
  await page.getByText(`Tên gọi khác: ${vietnameseName}`).waitFor();
  // The router may commit the address just after drawing the page: wait for the detail's own URL.
  await page.waitForURL(/\/organizations\/\d+$/);

  // A deep link loads the SPA directly.
  const detailUrl = page.url();
  await page.goto(detailUrl);
  await page.getByRole('heading', { name }).waitFor();
  // Found by that other name, typed without accents.
  await page.getByRole('link', { name: 'Đối tác' }).click();
  await search(`xe kong ${name.slice(-6)}`);
  await page.getByRole('link', { name }).waitFor();
  await page.goto(detailUrl);
  await page.getByRole('heading', { name }).waitFor();

  // A duplicate is refused by the server, and the form says so.
  await page.goto(`${BASE_URL}/organizations/new`);
  await page.getByRole('textbox', { name: 'Tên', exact: true }).fill(name);
  await pickOption('Loại hình', null, 'Chính quyền địa phương');
  await pickOption('Quốc gia', 'Lào', /Lào \(LA\)/);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('alert').filter({ hasText: 'xung đột' }).waitFor();
  await page.goto(detailUrl);

  // Delete, with confirmation.
  await page.getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
  await page.getByRole('heading', { name: 'Đối tác' }).waitFor();
  await search(name);
  await page.getByText('Không có dữ liệu phù hợp.').waitFor();

  // An unknown address: a page of the app, in Vietnamese, with its menu and a way back.
  await page.goto(`${BASE_URL}/khong-co-trang-nay`);
  await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
  await page.getByRole('link', { name: 'Đối tác' }).waitFor();
  await shot(page, '06-not-found');
  await page.getByRole('link', { name: 'Về trang chủ' }).click();
  await page.getByText('Đối tác trong danh bạ').waitFor();

  // A session that ended (here: a token the server no longer accepts) says so and comes back to the same page.
  await page.goto(`${BASE_URL}/partnerships`);
  await page.getByRole('heading', { name: 'Quan hệ hợp tác' }).waitFor();
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem('diplomacy.session'));
    localStorage.setItem('diplomacy.session', JSON.stringify({ ...s, token: 'no-longer-valid' }));
  });
  await page.reload();
  await page.getByText('Phiên làm việc đã hết hạn').waitFor();
  await shot(page, '06b-session-expired');
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/partnerships/);
});

journey('an administrator manages users and API keys', async () => {
  await page.goto(`${BASE_URL}/admin/users`);
  await page.getByRole('heading', { name: 'Người dùng' }).waitFor();
  const username = `canbo${Date.now()}`;
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Hòa');
  await page.getByLabel('Mật khẩu').fill('mat-khau-2026');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('cell', { name: username }).waitFor();
  // The saved form's dialog fades out: the picture is of the list.
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await shot(page, '06-users');

  await page.goto(`${BASE_URL}/admin/api-keys`);
  await page.getByRole('button', { name: 'Tạo khóa API' }).click();
  await page.getByLabel('Tên (cơ quan, chương trình)').fill('Sở Kế hoạch và Đầu tư');
  await page.getByRole('button', { name: 'Lưu' }).click();
  const secret = await page.getByTestId('api-key-secret').textContent();
  assert.match(secret ?? '', /^dpk_/);
  await shot(page, '07-api-key-secret');
  await page.getByRole('button', { name: 'Đóng', exact: true }).click();
  await page.getByRole('cell', { name: 'Sở Kế hoạch và Đầu tư' }).first().waitFor();

  // The key works for another agency's program.
  const response = await fetch(`${BASE_URL}/api/v1/organizations?q=ha%20tinh`, { headers: { 'X-API-Key': secret } });
  assert.equal(response.status, 200);

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
});

journey('a viewer sees no write buttons', async () => {
  const login = await apiLogin();
  const username = `xem${Date.now()}`;
  const created = await fetch(`${BASE_URL}/api/v1/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${login.accessToken}` },
    body: JSON.stringify({ username, role: 'VIEWER', password: 'viewer-pass-1' }),
  });
  assert.equal(created.status, 201);

  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('viewer-pass-1');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  await page.getByRole('link', { name: 'Đối tác' }).click();
  await search('so ngoai vu');
  await page.getByRole('link', { name: 'Sở Ngoại vụ Hà Tĩnh' }).first().waitFor();
  assert.equal(await page.getByRole('link', { name: 'Thêm đối tác' }).count(), 0);
  await page.getByRole('link', { name: 'Sở Ngoại vụ Hà Tĩnh' }).first().click();
  await page.getByRole('heading', { name: 'Sở Ngoại vụ Hà Tĩnh' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Sửa' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Xóa' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Người dùng' }).count(), 0);
  await shot(page, '08-viewer-detail');
  // Typing a form's address does not show a form the viewer could not save.
  for (const form of ['/organizations/new', '/aid/new', '/training/new']) {
    await page.goto(`${BASE_URL}${form}`);
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Lưu' }).count(), 0);
  }
});
