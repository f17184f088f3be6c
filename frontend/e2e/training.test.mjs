import assert from 'node:assert/strict';
import { BASE_URL, api, apiLogin, confirmed, helpers, journeyPage, openFromCalendar, shot, test } from './fixtures.mjs';

const ui = journeyPage();
let page;
test.beforeAll(() => (page = ui.page));
const { pickOption, pickDate, logIn, topShot } = helpers(ui);
const journey = test;

const tab = (name) => page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();

const register = async (name, organization) => {
  await page.getByLabel(/^Họ và tên/).fill(name);
  await page.getByLabel(/^Cơ quan, đơn vị/).fill(organization);
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await page.getByTestId('participants').getByText(name).waitFor();
  // The form empties once the registration is stored.
  await page.waitForFunction(() => !document.querySelector('input[required]')?.value);
};

const row = (name) => page.getByTestId('participants').locator('tr', { hasText: name });

journey('an editor runs a course of two seats: waitlist, promotion, attendance and completion', async () => {
  const stamp = Date.now();
  const admin = await apiLogin();
  const editor = `daotao${stamp}`;
  assert.equal((await api(admin.accessToken, 'POST', '/api/v1/users', { username: editor, role: 'EDITOR', password: 'editor-pass-1' })).status, 201);
  const organizer = `Sở Ngoại vụ Hậu Giang E2E ${stamp}`;
  assert.equal((await api(admin.accessToken, 'POST', '/api/v1/organizations', { name: organizer, type: 'GOVERNMENT_AGENCY', countryCode: 'VN' })).status, 201);
  const title = `Bồi dưỡng kiến thức đối ngoại nhân dân ${stamp}`;
  const day = 2 + (Math.floor(stamp / 1000) % 20);
  const start = `2027-11-${String(day).padStart(2, '0')}`;
  const end = `2027-11-${String(day + 1).padStart(2, '0')}`;

  await page.goto(`${BASE_URL}/training`);
  await logIn(editor, 'editor-pass-1');
  await page.getByRole('heading', { name: 'Đào tạo, bồi dưỡng' }).waitFor();
  await page.locator('tbody tr').first().waitFor();
  await topShot('40-training-list');

  // Plan the course: two seats.
  await page.getByRole('link', { name: 'Thêm khóa đào tạo' }).click();
  await page.getByRole('textbox', { name: /^Tên khóa đào tạo/ }).fill(title);
  await pickOption('Chủ đề', null, 'Đối ngoại nhân dân');
  await pickOption('Đơn vị tổ chức', organizer, `${organizer} (VN)`);
  await page.getByLabel(/^Địa điểm/).fill('Hội trường Sở Ngoại vụ, Vị Thanh');
  await pickDate('Ngày bắt đầu', start);
  await pickDate('Ngày kết thúc', end);
  await pickDate('Hạn đăng ký', start);
  await page.getByLabel(/^Số chỗ/).fill('2');
  await topShot('41-training-form');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  const detailUrl = page.url();
  await page.getByText('Dự kiến', { exact: true }).first().waitFor();

  // Two sessions, then registration opens.
  await tab('Buổi học');
  await page.getByLabel(/^Nội dung/).fill('Chỉ thị 12-CT/TW về công tác đối ngoại nhân dân');
  await page.getByLabel(/^Giảng viên/).fill('Phan Anh Sơn');
  await page.getByRole('button', { name: 'Thêm buổi học' }).last().click();
  await page.getByTestId('sessions').getByText('Chỉ thị 12-CT/TW').waitFor();
  await page.getByLabel(/^Bắt đầu( \*)?$/).fill('13:30');
  await page.getByLabel(/^Kết thúc( \*)?$/).fill('17:00');
  await page.getByLabel(/^Nội dung/).fill('Công tác lễ tân đối ngoại');
  await page.getByRole('button', { name: 'Thêm buổi học' }).last().click();
  await page.getByTestId('sessions').getByText('Công tác lễ tân đối ngoại').waitFor();
  await confirmed(page, 'Mở đăng ký');
  await page.getByText('Đang nhận đăng ký', { exact: true }).first().waitFor();

  // Three registrations for two seats: the third waits.
  await tab('Học viên');
  await register('Nguyễn Văn An', 'Sở Ngoại vụ Hậu Giang');
  await register('Trần Thị Bình', 'Văn phòng UBND tỉnh Hậu Giang');
  await register('Lê Văn Cường', 'Ban Tuyên giáo Tỉnh ủy Hậu Giang');
  await row('Lê Văn Cường').getByText('Chờ số 1').waitFor();
  await topShot('42-training-waitlist');

  // Cancelling An promotes Cường in the same step.
  await row('Nguyễn Văn An').getByRole('button', { name: 'Hủy đăng ký' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/Người đầu tiên trong danh sách chờ/).waitFor();
  await dialog.getByRole('button', { name: 'Hủy đăng ký' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await row('Nguyễn Văn An').getByText('Đã hủy').waitFor();
  await row('Lê Văn Cường').getByText('Đã đăng ký').waitFor();
  await topShot('43-training-promotion');
  await tab('Tổng quan');
  assert.match(await page.getByTestId('capacity-summary').innerText(), /2\/2/);
  await page.getByText('Danh sách chờ: 0 người').waitFor();

  // The course starts; attendance is taken from the keyboard.
  await confirmed(page, 'Bắt đầu khóa học');
  await page.getByText('Đang diễn ra', { exact: true }).first().waitFor();
  await tab('Điểm danh');
  const grid = page.getByTestId('attendance-grid');
  // Rows go by given name: Trần Thị Bình, then Lê Văn Cường. Each mark moves down the column.
  // Session 1: both present; session 2: Cường present ("c" for có mặt), Bình absent.
  await grid
    .getByRole('button', { name: /^chưa điểm danh — Trần Thị Bình, / })
    .first()
    .focus();
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('c');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('4');
  await topShot('44-training-attendance-typing');
  await page.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await page.getByText('Đã lưu điểm danh').waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="rate"]')].map((e) => e.textContent).join('|') === '50 %|100 %');
  await page.getByTestId('average-rate').getByText(/75 %/).waitFor();
  await topShot('45-training-attendance');

  // Completion: at 80 %, Cường (100 %) completes and Bình (50 %) does not.
  await tab('Kết thúc khóa');
  await confirmed(page, 'Kết thúc khóa học và công nhận hoàn thành');
  const result = page.getByTestId('completion-result');
  await result.getByText('Hoàn thành (1)').waitFor();
  await result.getByText('Chưa đạt (1)').waitFor();
  assert.equal(await result.locator('table').first().getByText('Lê Văn Cường').count(), 1);
  assert.equal(await result.locator('table').last().getByText('Trần Thị Bình').count(), 1);
  await page.getByText('Đã kết thúc', { exact: true }).first().waitFor();
  await topShot('46-training-completed');
  await tab('Học viên');
  await row('Lê Văn Cường').getByText('Hoàn thành').waitFor();

  // The sign-in sheet of a session prints the seated trainees with an empty signature column.
  await tab('Buổi học');
  await page.getByRole('link', { name: 'Danh sách ký tên' }).first().click();
  const sheet = page.getByTestId('sign-in-table');
  await sheet.getByText('Lê Văn Cường').waitFor();
  assert.equal(await sheet.locator('tbody tr').count(), 2);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'In danh sách' }).isVisible(), false);
  assert.equal(await page.getByRole('navigation').isVisible(), false);
  await shot(page, '47-training-sign-in-print');
  await page.emulateMedia({ media: 'screen' });

  // The course shows on the calendar and in the list with its seats.
  await openFromCalendar(page, {
    path: '/training?view=calendar&month=2027-11',
    calendar: 'training-calendar',
    stamp,
    title,
    shotName: '48-training-calendar',
  });
  assert.equal(page.url().split('?')[0], detailUrl.split('?')[0]);
});

journey('the demo data has a full course with its waitlist, listed on its partnership', async () => {
  await page.goto(`${BASE_URL}/training?q=${encodeURIComponent('tiếng Lào')}`);
  const link = page.getByRole('link', { name: 'Lớp tiếng Lào cho cán bộ, công chức năm 2027' });
  await link.click();
  await page.getByTestId('capacity-summary').getByText('20/20 đã đăng ký').waitFor();
  await page.getByTestId('waitlist').locator('li').nth(3).waitFor();
  await topShot('49-training-demo-full');

  // A trainee list from a spreadsheet: a bad file is refused with its lines named, a good one skips the duplicate.
  await tab('Học viên');
  const upload = async (name, text) => {
    await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });
    await page.getByRole('button', { name: 'Nhập danh sách' }).click();
  };
  await upload('sai.csv', 'Họ và tên,Cơ quan,Email\nPhan Văn Khải,Sở Ngoại vụ Hà Tĩnh,khai@\n,Sở Nội vụ Hà Tĩnh,\n');
  const errors = page.getByTestId('import-errors');
  await errors.getByText('Tệp không được nhập: 2 lỗi', { exact: false }).waitFor();
  await errors.getByRole('cell', { name: '2', exact: true }).waitFor();
  await errors.getByRole('cell', { name: '3', exact: true }).waitFor();
  await topShot('51-training-import-errors');
  await upload('dung.csv', 'Họ và tên,Cơ quan,Email\nPhan Văn Khải,Sở Ngoại vụ Hà Tĩnh,khai@hatinh.gov.vn\nPhan Van Khai,So Ngoai vu Ha Tinh,\n');
  const result = page.getByTestId('import-result');
  await result.getByText('Đã nhập 1 học viên: 0 được nhận, 1 vào danh sách chờ.').waitFor();
  await result.getByText('Dòng 3').waitFor();
  await row('Phan Văn Khải').getByText('Chờ số 5').waitFor();
  await topShot('52-training-import-done');
  await tab('Tổng quan');
  await page.getByRole('link', { name: 'Hà Tĩnh – Bolikhamxay' }).click();
  await page.getByTestId('partnership-courses').getByText('Lớp tiếng Lào cho cán bộ, công chức năm 2027').waitFor();
  await topShot('50-partnership-courses');
});
