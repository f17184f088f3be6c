import assert from 'node:assert/strict';
import { ADMIN_PASSWORD, BASE_URL, api, apiLogin, helpers, journeyPage, shot, test } from './fixtures.mjs';

const ui = journeyPage({ acceptDownloads: true });
let page;
test.beforeAll(() => {
  page = ui.page;
});
const { pickOption, pickDate, topShot } = helpers(ui);
const journey = test;

const HA_TINH = 'Ủy ban nhân dân tỉnh Hà Tĩnh';

journey("an office records a Lao student's stay, finds it in the school year's list and in the report's PDF", async () => {
  const stamp = Date.now() % 100000;
  const login = await apiLogin();
  const haTinh = (await api(login.accessToken, 'GET', `/api/v1/organizations?q=${encodeURIComponent(HA_TINH)}&countryCode=VN`)).body.items.find(
    (o) => o.name === HA_TINH,
  );
  const name = `Khamphou Sayavong ${stamp}`;
  const person = await api(login.accessToken, 'POST', '/api/v1/persons', {
    fullName: name,
    passportName: 'KHAMPHOU SAYAVONG',
    nationality: 'LA',
    gender: 'MALE',
    homeOrganizationId: haTinh.id,
  });
  assert.equal(person.status, 201);

  await page.goto(`${BASE_URL}/stays`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Lưu học sinh, tình nguyện viên nước ngoài', exact: true }).waitFor();
  await page.getByTestId('stays').getByRole('link').first().waitFor();
  await shot(page, '44-stays');

  // Arrived last September (this school year), two years of study.
  const today = new Date();
  const schoolYear = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
  await page.getByRole('link', { name: 'Thêm lượt lưu trú' }).click();
  await pickOption('Họ và tên', 'khamphou', new RegExp(`^${name}`));
  await pickOption('Đơn vị quản lý', 'ha tinh', `${HA_TINH} (VN)`);
  // Neither a registry school nor a name: saving says what is missing.
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Cần trường hoặc cơ quan tiếp nhận').waitFor();
  await page.getByLabel(/^Trường \/ cơ quan tiếp nhận$/).fill('Trường Đại học Hà Tĩnh');
  await page.getByLabel(/^Ngành học/).fill('Kế toán');
  await page.getByLabel(/^Chương trình/).fill('Học bổng Hiệp định Chính phủ Việt Nam – Lào');
  await page.getByLabel(/^Nhà tài trợ/).fill('Chính phủ Việt Nam');
  await pickDate('Từ ngày', new Date(schoolYear, 8, 5));
  await pickDate('Đến ngày', new Date(schoolYear + 2, 5, 30));
  await shot(page, '45-stay-form');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('heading', { name }).waitFor();
  // No status chosen: the dates say the student is staying now.
  await page.getByText('Đang lưu trú').first().waitFor();
  await page.getByRole('cell', { name: 'Cộng hòa Dân chủ nhân dân Lào', exact: true }).waitFor();
  await topShot('46-stay-detail');

  // The school year's list of Hà Tĩnh's Lao students has them, and exports it.
  await page.goto(`${BASE_URL}/stays?schoolYear=${schoolYear}&nationality=LA&q=${encodeURIComponent('khamphou')}`);
  await page.getByTestId('stays').getByRole('link', { name }).waitFor();
  const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
  assert.match(sheet.suggestedFilename(), /\.xlsx$/);

  // The report for this school year's autumn counts the student, on screen and in the PDF.
  const from = `${schoolYear}-09-01`;
  const to = `${schoolYear}-12-31`;
  await page.goto(`${BASE_URL}/reports/periodic?from=${from}&to=${to}&homeOrganizationId=${haTinh.id}`);
  const stays = page.getByTestId('periodic-stays');
  await stays.getByRole('rowheader', { name: 'Lưu học sinh', exact: true }).waitFor();
  const report = await api(login.accessToken, 'GET', `/api/v1/reports/periodic?from=${from}&to=${to}&homeOrganizationId=${haTinh.id}`);
  const students = report.body.current.stays.byKind.find((k) => k.key === 'STUDENT');
  const listed = await api(login.accessToken, 'GET', `/api/v1/stays?from=${from}&to=${to}&scopeOrganizationId=${haTinh.id}&kind=STUDENT&size=1`);
  assert.equal(students.count, listed.body.totalItems);
  await shot(page, '47-periodic-stays');
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải PDF' }).click()]);
  assert.match(pdf.suggestedFilename(), /^bao-cao-.*\.pdf$/);

  // The same student was also recorded as "Xayavong" (the other transliteration), with a volunteer stay: merged.
  const other = `Khamphou Xayavong ${stamp}`;
  const duplicate = await api(login.accessToken, 'POST', '/api/v1/persons', { fullName: other, nationality: 'LA', homeOrganizationId: haTinh.id });
  const volunteering = await api(login.accessToken, 'POST', '/api/v1/stays', {
    personId: duplicate.body.id,
    homeOrganizationId: haTinh.id,
    kind: 'VOLUNTEER',
    hostName: 'Hội Chữ thập đỏ tỉnh Hà Tĩnh',
    startDate: `${schoolYear}-07-01`,
    endDate: `${schoolYear}-08-15`,
  });
  assert.equal(volunteering.status, 201);
  await page.goto(`${BASE_URL}/persons/${person.body.id}`);
  await page.getByRole('heading', { name }).waitFor();
  await page.getByRole('button', { name: 'Gộp hồ sơ trùng' }).click();
  const dialog = page.getByRole('dialog');
  await pickOption('Hồ sơ trùng', 'xayavong', new RegExp(`^${other}`), dialog);
  await shot(page, '48-person-merge');
  await dialog.getByRole('button', { name: 'Gộp hồ sơ' }).click();
  await dialog.waitFor({ state: 'hidden' });
  // Both stays are now the kept person's; the duplicate's page says where it went.
  await page.getByRole('cell', { name: 'Hội Chữ thập đỏ tỉnh Hà Tĩnh' }).waitFor();
  await page.getByRole('cell', { name: 'Trường Đại học Hà Tĩnh' }).waitFor();
  await page.goto(`${BASE_URL}/persons/${duplicate.body.id}`);
  await page.getByText('Hồ sơ đã được gộp').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Gộp hồ sơ trùng' }).count(), 0);
});
