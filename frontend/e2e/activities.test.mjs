import assert from 'node:assert/strict';
import { ADMIN_PASSWORD, BASE_URL, api, apiLogin, helpers, journeyPage, shot, test } from './fixtures.mjs';

const ui = journeyPage({ acceptDownloads: true });
let page;
test.beforeAll(() => {
  page = ui.page;
});
const { pickOption, pickDate, topShot } = helpers(ui);
const journey = test;

const LAO_CAI = 'Ủy ban nhân dân tỉnh Lào Cai';

journey("an office records a congratulatory message and a friendship exchange and finds them in the year's report", async () => {
  const stamp = Date.now() % 100000;
  const login = await apiLogin();
  const year = new Date().getFullYear();
  const laoCai = (await api(login.accessToken, 'GET', `/api/v1/organizations?q=${encodeURIComponent(LAO_CAI)}&countryCode=VN`)).body.items.find(
    (o) => o.name === LAO_CAI,
  );
  const period = `from=${year}-01-01&to=${year}-12-31&homeOrganizationId=${laoCai.id}`;
  const kindsOf = async () => {
    const report = await api(login.accessToken, 'GET', `/api/v1/reports/periodic?${period}`);
    return Object.fromEntries(report.body.current.activities.byKind.map((k) => [k.key, k.count]));
  };
  const before = await kindsOf();

  await page.goto(`${BASE_URL}/activities`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Hoạt động đối ngoại nhân dân', exact: true }).waitFor();
  await page.getByTestId('activities').getByRole('link').first().waitFor();
  // The coming anniversaries of the partner countries are listed below, with the day each message is due.
  await page.getByRole('heading', { name: /^Ngày kỷ niệm trong 60 ngày tới/ }).waitFor();
  await shot(page, '40-activities');

  // This month's first day: already past, so the activity can be recorded as held.
  const today = new Date();
  const day = new Date(today.getFullYear(), today.getMonth(), 1);
  const message = `Điện mừng Quốc khánh gửi tỉnh Vân Nam ${stamp}`;
  await page.getByRole('link', { name: 'Ghi nhận hoạt động' }).click();
  await pickOption('Loại hoạt động', null, 'Điện, thư chúc mừng');
  await pickOption('Trạng thái', null, 'Đã tổ chức');
  await page.getByLabel(/^Tên hoạt động/).fill(message);
  await pickDate('Ngày bắt đầu', day);
  await pickOption('Đơn vị tổ chức', 'lao cai', `${LAO_CAI} (VN)`);
  await pickOption('Đối tác nước ngoài', 'yunnan', 'Yunnan Province (CN)');
  // The occasion is required for a message: saving without it says so.
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Bắt buộc nhập').first().waitFor();
  await pickOption('Dịp', null, 'Quốc khánh');
  await page.getByLabel(/^Người nhận/).fill('Tỉnh trưởng tỉnh Vân Nam');
  await shot(page, '41-activity-form');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('heading', { name: message }).waitFor();
  await page.getByRole('cell', { name: 'Tỉnh trưởng tỉnh Vân Nam' }).waitFor();
  await topShot('42-activity-detail');

  const exchange = `Giao lưu hữu nghị thanh niên Lào Cai – Hà Khẩu ${stamp}`;
  await page.goto(`${BASE_URL}/activities/new`);
  await pickOption('Loại hoạt động', null, 'Giao lưu hữu nghị');
  await pickOption('Trạng thái', null, 'Đã tổ chức');
  await page.getByLabel(/^Tên hoạt động/).fill(exchange);
  await pickDate('Ngày bắt đầu', day);
  await pickOption('Đơn vị tổ chức', 'lao cai', `${LAO_CAI} (VN)`);
  await page.getByLabel(/^Người Việt Nam tham gia/).fill('120');
  await page.getByLabel(/^Người nước ngoài tham gia/).fill('80');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('heading', { name: exchange }).waitFor();

  // The year's report for Lào Cai counts both, on screen and in the Word file.
  await page.goto(`${BASE_URL}/reports/periodic?${period.replace(/homeOrganizationId=\d+/, `homeOrganizationId=${laoCai.id}`)}`);
  await page.getByRole('heading', { name: `Báo cáo kết quả công tác đối ngoại nhân dân năm ${year}` }).waitFor();
  const kinds = page.getByTestId('periodic-kinds');
  const countOf = (label) =>
    kinds
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
      .getByRole('cell')
      .first();
  await countOf('Điện, thư chúc mừng')
    .getByText(String((before.CONGRATULATORY_MESSAGE ?? 0) + 1), { exact: true })
    .waitFor();
  await countOf('Giao lưu hữu nghị')
    .getByText(String((before.FRIENDSHIP_EXCHANGE ?? 0) + 1), { exact: true })
    .waitFor();
  await shot(page, '43-periodic-report');
  const after = await kindsOf();
  assert.equal(after.CONGRATULATORY_MESSAGE, (before.CONGRATULATORY_MESSAGE ?? 0) + 1);
  assert.equal(after.FRIENDSHIP_EXCHANGE, (before.FRIENDSHIP_EXCHANGE ?? 0) + 1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải DOCX' }).click()]);
  assert.match(download.suggestedFilename(), /^bao-cao-.*\.docx$/);
});
