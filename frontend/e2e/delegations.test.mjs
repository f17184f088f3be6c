import assert from 'node:assert/strict';
import { ADMIN_PASSWORD, BASE_URL, api, apiLogin, helpers, iso, journeyPage, onePagePdf, openFromCalendar, shot, test } from './fixtures.mjs';

const ui = journeyPage();
let page;
test.beforeAll(() => (page = ui.page));
const { pickOption, pickDate, logIn, topShot } = helpers(ui);
const journey = test;

journey('an editor proposes a delegation, an administrator approves it with its decision; it is not completed before it ends', async () => {
  const stamp = Date.now();
  const admin = await apiLogin();
  const editor = `doan${stamp}`;
  assert.equal((await api(admin.accessToken, 'POST', '/api/v1/users', { username: editor, role: 'EDITOR', password: 'editor-pass-1' })).status, 201);
  // A counterpart of its own, so that the pickers find exactly one on every rerun.
  const partnerName = `Tỉnh Attapeu E2E ${stamp}`;
  assert.equal((await api(admin.accessToken, 'POST', '/api/v1/organizations', { name: partnerName, type: 'LOCAL_GOVERNMENT', countryCode: 'LA' })).status, 201);

  // October 2027 holds no demo data; the day moves with each run so that reruns do not pile up on one day.
  const day = 1 + (Math.floor(stamp / 1000) % 26);
  const start = `2027-10-${String(day).padStart(2, '0')}`;
  const end = `2027-10-${String(day + 2).padStart(2, '0')}`;
  const title = `Đoàn công tác tỉnh thăm Attapeu ${stamp}`;
  const haTinh = (await api(admin.accessToken, 'GET', `/api/v1/organizations?q=${encodeURIComponent('Ủy ban nhân dân tỉnh Hà Tĩnh')}`)).body.items[0];
  const headName = `Nguyễn Văn An ${stamp}`;
  const head = await api(admin.accessToken, 'POST', '/api/v1/persons', {
    fullName: headName,
    homeOrganizationId: haTinh.id,
    position: 'Phó Chủ tịch UBND tỉnh',
    organizationName: 'UBND tỉnh Hà Tĩnh',
    nationality: 'VN',
  });
  assert.equal(head.status, 201);

  // The editor logs in and lands on the list.
  await page.goto(`${BASE_URL}/delegations`);
  await logIn(editor, 'editor-pass-1');
  await page.getByRole('heading', { name: 'Đoàn ra, đoàn vào' }).waitFor();
  await page.locator('tbody tr').first().waitFor();
  await shot(page, '20-delegations-list');

  // Propose: the form says what is missing first.
  await page.getByRole('link', { name: 'Thêm đoàn' }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Bắt buộc nhập').first().waitFor();

  await page.getByRole('textbox', { name: 'Tên đoàn' }).fill(title);
  await pickOption('Loại đoàn', null, 'Đoàn ra');
  await pickOption('Cấp đoàn', null, 'Cấp tỉnh');
  await pickOption('Đối tác', partnerName, `${partnerName} (LA)`);
  await pickOption('Cơ quan chủ trì', 'ha tinh', 'Ủy ban nhân dân tỉnh Hà Tĩnh (VN)');
  await pickDate('Ngày bắt đầu', start);
  await pickDate('Ngày kết thúc', end);
  await page.getByLabel('Địa điểm').fill('Samakhixay, Attapeu');
  await pickOption('Quốc gia diễn ra', 'Lào', /Lào \(LA\)/);
  await pickOption('Kênh đối ngoại', null, 'Ngoại giao Nhà nước');
  await page.getByLabel('Kinh phí', { exact: true }).fill('150000000');
  await page.getByLabel('Mục đích, nội dung').fill('Trao đổi về hợp tác quản lý biên giới và thương mại.');

  // Three members, typed into the table; the first one added leads the delegation.
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  const people = [
    [null, null],
    ['Trần Thị Bình', 'Giám đốc Sở Ngoại vụ'],
    ['Lê Văn Cường', 'Chuyên viên'],
  ];
  for (const [index, [name, position]] of people.entries()) {
    if (index === 0) continue;
    await page.getByLabel(`Họ và tên, dòng ${index + 1}`).fill(name);
    await page.getByLabel(`Chức vụ, dòng ${index + 1}`).fill(position);
  }
  // The head is already in the registry of persons: picked (accents left out), the row fills from the record.
  await pickOption('Hồ sơ nhân sự, dòng 1', `nguyen van an ${stamp}`, new RegExp(`${headName} — Phó Chủ tịch UBND tỉnh`));
  assert.equal(await page.getByLabel('Họ và tên, dòng 1').inputValue(), headName);
  assert.equal(await page.getByLabel('Chức vụ, dòng 1').inputValue(), 'Phó Chủ tịch UBND tỉnh');
  assert.equal(await page.getByRole('combobox', { name: 'Vai trò, dòng 1' }).inputValue(), 'Trưởng đoàn');
  await pickOption('Vai trò, dòng 3', null, 'Phiên dịch');
  await pickOption('Giới tính, dòng 2', null, 'Nữ');
  await topShot('22-delegation-form');
  await page.getByRole('button', { name: 'Lưu' }).click();

  await page.getByRole('heading', { name: title }).waitFor();
  const detailUrl = page.url();
  const members = page.getByTestId('members-table');
  await members.getByText('Lê Văn Cường').waitFor();
  assert.equal(await members.locator('tbody tr').count(), 3);
  const record = await api(admin.accessToken, 'GET', `/api/v1/persons/${head.body.id}/record`);
  assert.deepEqual(
    record.body.delegations.map((d) => d.title),
    [title],
  );
  await page.getByText('Đề xuất', { exact: true }).first().waitFor();
  // Only an administrator approves.
  assert.equal(await page.getByRole('button', { name: 'Duyệt' }).count(), 0);
  await page.getByRole('button', { name: 'Hủy đoàn' }).waitFor();

  // The administrator approves it and records the outcome.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await logIn('admin', ADMIN_PASSWORD);
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  await page.goto(detailUrl);
  await page.getByRole('button', { name: 'Duyệt' }).click();
  const dialog = page.getByRole('dialog');
  // The decision is recorded with the step, its paper attached at once.
  await dialog.getByLabel('Số quyết định').fill(`2815/QĐ-UBND-${stamp % 10000}`);
  await pickDate('Ngày quyết định', new Date(), dialog);
  await pickOption('Cấp phê duyệt', null, 'Ủy ban nhân dân tỉnh', dialog);
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: 'Quyết định cử đoàn.pdf', mimeType: 'application/pdf', buffer: onePagePdf('Quyet dinh cu doan') });
  await dialog.getByLabel('Ghi chú').fill('Đồng ý theo Tờ trình của Sở Ngoại vụ');
  await dialog.getByRole('button', { name: 'Duyệt' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Đã duyệt', { exact: true }).first().waitFor();
  await page
    .getByText(`2815/QĐ-UBND-${stamp % 10000}`)
    .first()
    .waitFor();
  await page.getByText('Quyết định cử đoàn.pdf').first().waitFor();

  // It cannot be completed before it has ended.
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  await dialog.getByText('Đoàn chưa kết thúc').waitFor();
  assert.equal(await dialog.getByRole('button', { name: 'Hoàn thành' }).isDisabled(), true);
  await dialog.getByRole('button', { name: 'Đóng', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('transition-history').getByText('Đồng ý theo Tờ trình của Sở Ngoại vụ').waitFor();
  assert.equal(await page.getByTestId('transition-history').locator('tbody tr').count(), 2);
  await topShot('21-delegation-detail');

  // The programme, day by day, goes on the programme sheet.
  await page.getByRole('button', { name: 'Sửa chương trình' }).click();
  await dialog.getByLabel('Giờ, dòng 1').fill('08:30–10:00');
  await dialog.getByLabel('Nội dung, dòng 1').fill('Hội đàm với Ủy ban nhân dân tỉnh Attapeu');
  await dialog.getByLabel('Thành phần làm việc, dòng 1').fill('Phó Chủ tịch UBND tỉnh Hà Tĩnh và lãnh đạo tỉnh Attapeu');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('programme').getByText('Hội đàm với Ủy ban nhân dân tỉnh Attapeu').waitFor();

  // The programme sheet prints without the app around it.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'In chương trình' }).isVisible(), false);
  assert.equal(await page.getByRole('navigation').isVisible(), false);
  await page.getByText('Chương trình đoàn', { exact: true }).waitFor();
  assert.equal(await page.getByTestId('programme').isVisible(), true);
  await shot(page, '24-delegation-print');
  await page.emulateMedia({ media: 'screen' });

  // The calendar, loaded on demand, shows it on its month; clicking it opens it.
  await page.getByRole('link', { name: 'Đoàn ra, đoàn vào' }).click();
  await page
    .locator('label')
    .filter({ hasText: /^Lịch$/ })
    .click();
  await page.getByTestId('delegation-calendar').waitFor();
  assert.match(page.url(), /view=calendar/);
  await openFromCalendar(page, {
    path: '/delegations?view=calendar&month=2027-10',
    calendar: 'delegation-calendar',
    stamp,
    title,
    shotName: '23-delegations-calendar',
  });
  assert.equal(page.url(), detailUrl);

  // The head's page lists the delegation: every visit of one person.
  await page.goto(`${BASE_URL}/persons/${head.body.id}`);
  await page.getByRole('heading', { name: headName }).waitFor();
  await page.getByTestId('person-delegations').getByRole('link', { name: title }).waitFor();
  await page.getByRole('button', { name: 'Xem giấy tờ tùy thân' }).click();
  await page.getByTestId('person-identity').waitFor();
  await topShot('28-person-record');
});

journey('a delegation back from its trip without a report is overdue on the dashboard until its report is attached and it is completed', async () => {
  const stamp = Date.now();
  const admin = await apiLogin();
  const token = admin.accessToken;
  const partner = await api(token, 'POST', '/api/v1/organizations', { name: `Tỉnh Khăm Muồn E2E ${stamp}`, type: 'LOCAL_GOVERNMENT', countryCode: 'LA' });
  const haTinh = (await api(token, 'GET', `/api/v1/organizations?q=${encodeURIComponent('Ủy ban nhân dân tỉnh Hà Tĩnh')}`)).body.items[0];
  // Back 20 days ago: the report (due 15 days after the end) is 5 days late.
  const day = (n) => iso(new Date(Date.now() - n * 86_400_000));
  const title = `Đoàn Hà Tĩnh làm việc tại Khăm Muồn ${stamp}`;
  const created = await api(token, 'POST', '/api/v1/delegations', {
    direction: 'OUTGOING',
    title,
    counterpartOrganizationId: partner.body.id,
    homeOrganizationId: haTinh.id,
    startDate: day(23),
    endDate: day(20),
    countryCode: 'LA',
    level: 'DEPARTMENT',
    fundingSource: 'STATE_BUDGET',
    inYearlyPlan: true,
  });
  assert.equal(created.status, 201);
  const id = created.body.id;
  const members = await api(
    token,
    'PUT',
    `/api/v1/delegations/${id}/members`,
    { members: [{ fullName: 'Lê Ngọc Châu', role: 'HEAD' }] },
    { 'If-Match': `"${created.body.version}"` },
  );
  const approved = await api(
    token,
    'POST',
    `/api/v1/delegations/${id}/transitions`,
    { to: 'APPROVED', decisionNumber: '2604/QĐ-UBND', decisionDate: day(30), approvingAuthority: 'PEOPLES_COMMITTEE' },
    { 'If-Match': `"${members.body.version}"` },
  );
  assert.equal(approved.status, 200);
  assert.deepEqual(approved.body.alerts, ['REPORT_OVERDUE']);

  // The dashboard says it is late, and by how much.
  await page.goto(`${BASE_URL}/`);
  if (await page.getByLabel('Tên đăng nhập').isVisible()) await logIn('admin', ADMIN_PASSWORD);
  const row = page.getByTestId('overdue-delegation').filter({ hasText: String(stamp) });
  await row.waitFor();
  await row.getByText('quá 5 ngày').waitFor();
  await topShot('25-dashboard-overdue-delegation');
  // The bell in the header lists it among the reminders; opening it goes to the delegation and marks it read.
  await page.getByRole('button', { name: /^Nhắc việc: \d+ chưa đọc$/ }).click();
  const reminder = page.getByTestId('notifications').getByRole('button').filter({ hasText: title });
  await reminder.getByText('Đoàn quá hạn báo cáo').waitFor();
  await reminder.getByText('quá 5 ngày').waitFor();
  await shot(page, '29-notifications');
  await reminder.click();
  await page.getByRole('heading', { name: title }).waitFor();
  const reminders = await api(token, 'GET', '/api/v1/notifications');
  const mark = reminders.body.items.find((n) => n.recordId === id && n.type === 'DELEGATION_REPORT_OVERDUE');
  assert.equal(mark.days, -5);
  for (let i = 0; i < 20 && !(await api(token, 'GET', '/api/v1/notifications')).body.items.find((n) => n.key === mark.key).read; i += 1) {
    await page.waitForTimeout(250);
  }
  assert.ok((await api(token, 'GET', '/api/v1/notifications')).body.items.find((n) => n.key === mark.key).read);
  await page.goto(`${BASE_URL}/`);
  await row.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByTestId('delegation-alerts').getByText('Quá hạn báo cáo kết quả').waitFor();

  // The report as a file is enough to complete it.
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles({ name: 'Báo cáo kết quả.pdf', mimeType: 'application/pdf', buffer: onePagePdf('Bao cao ket qua') });
  await dialog.getByRole('button', { name: 'Hoàn thành' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Hoàn thành', { exact: true }).first().waitFor();
  await page.getByText('Báo cáo kết quả.pdf').first().waitFor();
  assert.equal(await page.getByTestId('delegation-alerts').count(), 0);
  await topShot('26-delegation-completed-with-report');
  const overdue = await api(token, 'GET', `/api/v1/delegations?reportOverdue=true&counterpartOrganizationId=${partner.body.id}`);
  assert.equal(overdue.body.items.length, 0);

  // A calendar app subscribes with the account's secret address: no login header.
  await page.goto(`${BASE_URL}/account`);
  await page.getByRole('button', { name: 'Tạo địa chỉ lịch' }).click();
  const url = (await page.getByTestId('calendar-url').textContent()).trim();
  await topShot('27-account-calendar-address');
  const ics = await fetch(url.replace(/^https?:\/\/[^/]+/, BASE_URL)).then((r) => r.text());
  assert.match(ics, /VERSION:2\.0/);
  assert.match(ics, new RegExp(`UID:delegation-${id}@diplomacy`));
});
