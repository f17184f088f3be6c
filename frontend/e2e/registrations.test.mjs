import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ADMIN_PASSWORD, BASE_URL, api, apiLogin, helpers, iso, journeyPage, shot, test } from './fixtures.mjs';

const ui = journeyPage({ acceptDownloads: true });
let page;
test.beforeAll(() => {
  page = ui.page;
});
const { pickOption, pickDate, topShot } = helpers(ui);
const journey = test;

const LAO_CAI = 'Ủy ban nhân dân tỉnh Lào Cai';

journey('an office records an NGO certificate under the 3-year rule and sees it counted in its province', async () => {
  const stamp = Date.now();
  const number = `${stamp % 100000}/GĐK-BNG`;
  const login = await apiLogin();
  const year = new Date().getFullYear();
  const laoCaiRow = async () => {
    const report = await api(login.accessToken, 'GET', `/api/v1/reports/ngo-registrations?year=${year}`);
    return report.body.rows.find((r) => r.province.name === LAO_CAI);
  };
  const before = await laoCaiRow();

  await page.goto(`${BASE_URL}/ngo-registrations`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Đăng ký của tổ chức PCPNN', exact: true }).waitFor();
  // The demo's World Vision certificate ends in 45 days: its badge says so.
  await page
    .getByTestId('ngo-registrations')
    .getByRole('row')
    .filter({ hasText: '1532/GĐK-BNG' })
    .getByText(/^Còn \d+ ngày$/)
    .waitFor();
  await shot(page, '30-ngo-registrations');

  // Issued 35 months ago: valid until the end of this month at most.
  const today = new Date();
  const issued = new Date(today.getFullYear(), today.getMonth() - 35, 1);
  const tooLate = new Date(today.getFullYear(), today.getMonth() + 1, 15);
  const lastDay = new Date(today.getFullYear(), today.getMonth() + 1, 0);
  await page.getByRole('link', { name: 'Thêm giấy đăng ký' }).click();
  await pickOption('Tổ chức PCPNN', 'childfund', 'ChildFund Australia (AU)');
  await pickOption('Đơn vị quản lý hồ sơ', 'lao cai', `${LAO_CAI} (VN)`);
  await pickOption('Loại giấy', null, 'Giấy đăng ký hoạt động');
  await page.getByLabel(/^Số giấy/).fill(number);
  await pickDate('Ngày cấp', issued);
  await pickDate('Có giá trị đến', tooLate);
  await pickOption('Tỉnh, thành phố được phép hoạt động', 'lao cai', LAO_CAI);
  await page.keyboard.press('Escape');
  await pickOption('Lĩnh vực được phép hoạt động', 'bao ve', 'Bảo vệ trẻ em');
  await page.keyboard.press('Escape');
  await page.getByLabel(/^Họ tên người đại diện/).fill('Lê Thị Minh Châu');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText(/^Tối đa 3 năm kể từ ngày cấp: đến /).waitFor();
  await shot(page, '31-ngo-registration-form');
  await pickDate('Có giá trị đến', lastDay);
  await page.getByRole('button', { name: 'Lưu' }).click();

  await page.getByRole('heading', { name: `${number} – ChildFund Australia` }).waitFor();
  await page.getByText('Còn hiệu lực').first().waitFor();
  await page.getByRole('cell', { name: LAO_CAI }).first().waitFor();
  await topShot('32-ngo-registration-detail');
  const saved = await api(login.accessToken, 'GET', `/api/v1/ngo-registrations?q=${encodeURIComponent(number)}`);
  assert.equal(saved.body.items[0].validUntil, iso(lastDay));
  assert.equal(saved.body.items[0].issuedOn, iso(issued));

  // In the list of certificates ending within 60 days.
  await page.goto(`${BASE_URL}/ngo-registrations?expiring=true`);
  await page.getByTestId('ngo-registrations').getByRole('link', { name: number }).waitFor();

  // Counted once more among Lào Cai's registered NGOs this year (ChildFund's earlier certificate ended in 2025).
  await page.goto(`${BASE_URL}/reports/ngo-registrations?year=${year}`);
  const row = page
    .getByTestId('ngo-presence')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${LAO_CAI}`) }) });
  await row.waitFor();
  const after = await laoCaiRow();
  assert.equal(after.registered, (before?.registered ?? 0) + 1);
  assert.equal((await row.getByRole('cell').first().textContent()).trim(), String(after.registered));
  await shot(page, '33-ngo-presence');

  // The approved aid as an IATI 2.03 file.
  await page.goto(`${BASE_URL}/aid`);
  await page.getByTestId('aid-commitments').getByRole('row').nth(1).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tệp IATI (XML)' }).click()]);
  assert.match(download.suggestedFilename(), /^iati-activities-.*\.xml$/);
  const xml = (await readFile(await download.path())).toString('utf8');
  assert.match(xml, /<iati-activities version="2.03"/);
  assert.match(xml, /<iati-identifier>VN-DOFA-\d+<\/iati-identifier>/);
  assert.match(xml, /<transaction-type code="3"\/>/);
});
