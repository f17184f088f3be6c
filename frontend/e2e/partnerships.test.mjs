import assert from 'node:assert/strict';
import { ADMIN_PASSWORD, BASE_URL, api, apiLogin, helpers, journeyPage, shot, test } from './fixtures.mjs';

const ui = journeyPage();
let page;
test.beforeAll(() => (page = ui.page));
const { pickOption, pickDate, search } = helpers(ui);
const journey = test;

// A multi-select's input sits under its pills box, which takes the click and opens the list.
const pickMany = async (label, options) => {
  await page.getByRole('combobox', { name: label }).click({ force: true });
  for (const option of options) await page.getByRole('option', { name: option }).click();
  await page.keyboard.press('Escape');
};

journey('an office worker records a partnership and its agreements', async () => {
  const stamp = Date.now();
  const login = await apiLogin();
  // A partner of its own, so that the rule against overlapping partnerships never bites on a rerun.
  const partnerName = `Tỉnh E2E ${stamp}`;
  const partner = await api(login.accessToken, 'POST', '/api/v1/organizations', { name: partnerName, type: 'LOCAL_GOVERNMENT', countryCode: 'LA' });
  assert.equal(partner.status, 201);

  await page.goto(`${BASE_URL}/partnerships`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Quan hệ hợp tác', exact: true }).waitFor();

  // Create: the form first says what is missing.
  await page.getByRole('link', { name: 'Thêm quan hệ hợp tác' }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Chọn ít nhất một kênh đối ngoại').waitFor();
  await page.getByText('Bắt buộc nhập').first().waitFor();

  const today = new Date();
  const firstOfMonth = new Date(today.getFullYear(), today.getMonth(), 1);
  await pickOption('Bên Việt Nam', 'ha tinh', 'Ủy ban nhân dân tỉnh Hà Tĩnh (VN)');
  await pickOption('Bên đối tác', partnerName, `${partnerName} (LA)`);
  await pickOption('Hình thức quan hệ', null, 'Kết nghĩa');
  await pickMany('Kênh đối ngoại', ['Ngoại giao Nhà nước', 'Đối ngoại Nhân dân']);
  await pickMany('Lĩnh vực hợp tác', ['Giáo dục – đào tạo', 'Du lịch']);
  await pickDate('Ngày bắt đầu', firstOfMonth);
  await page.getByLabel('Mô tả').fill('Kết nghĩa giữa hai tỉnh, ưu tiên giáo dục và du lịch.');
  await shot(page, '12-partnership-form');
  await page.getByRole('button', { name: 'Lưu' }).click();

  // The title is made from the two names.
  await page.getByRole('heading', { name: new RegExp(String(stamp)) }).waitFor();
  // Aid and training under this partnership: none yet.
  await page.getByText('Chưa có khóa đào tạo nào trong khuôn khổ quan hệ này.').waitFor();
  const detailUrl = page.url();
  const title = await page.getByRole('heading', { level: 1 }).textContent();

  // Two agreements; the second expires within 90 days.
  const agreements = page.getByRole('region', { name: 'Văn bản thỏa thuận' });
  const addAgreement = async ({ kind, code, name, effectiveOn, expiresOn }) => {
    await agreements.getByRole('button', { name: 'Thêm văn bản' }).click();
    const dialog = page.getByRole('dialog');
    await pickOption('Loại văn bản', null, kind, dialog);
    await dialog.getByLabel(/^Số hiệu/).fill(code);
    await dialog.getByLabel(/^Tên văn bản/).fill(name);
    if (effectiveOn) await pickDate('Ngày có hiệu lực', effectiveOn, dialog);
    if (expiresOn) await pickDate('Ngày hết hạn', expiresOn, dialog);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
  };
  const mou = `MOU-${stamp}`;
  await addAgreement({ kind: 'Bản ghi nhớ', code: mou, name: 'Bản ghi nhớ hợp tác giáo dục', effectiveOn: firstOfMonth });
  await agreements.getByRole('cell', { name: mou, exact: true }).waitFor();

  // The same reference twice is refused by the server, next to the field.
  await addAgreement({ kind: 'Kế hoạch năm', code: mou, name: 'Kế hoạch hợp tác năm' });
  await page.getByRole('dialog').getByText('Quan hệ này đã có văn bản mang số hiệu này.').waitFor();
  const plan = `KH-${stamp}`;
  const expiresOn = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 20);
  await page
    .getByRole('dialog')
    .getByLabel(/^Số hiệu/)
    .fill(plan);
  await pickDate('Ngày hết hạn', expiresOn, page.getByRole('dialog'));
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
  await agreements.getByRole('cell', { name: plan, exact: true }).waitFor();
  await agreements.getByText(/^Còn \d+ ngày$/).waitFor();
  // The dialog fades out after saving: wait for it to go before the picture.
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  // The shell's header is fixed: from the top, a full-page picture shows it where it belongs.
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '11-partnership-detail');

  // Found on the list by the partner's country (the name narrows it to this run).
  await page.getByRole('link', { name: 'Quan hệ hợp tác', exact: true }).click();
  await pickOption('Lọc theo quốc gia đối tác', 'Lào', /Lào \(LA\)/);
  await search(String(stamp));
  const row = page.getByTestId('partnerships').getByRole('row').filter({ hasText: title });
  await row.getByRole('link', { name: title }).waitFor();
  assert.match(page.url(), /partnerCountryCode=LA/);
  await row.getByText('Lào (LA)').waitFor();
  await row.getByText('Đang hiệu lực').waitFor();

  // Edit: a contact person.
  await row.getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: 'Sửa' }).click();
  await page.getByLabel('Người liên hệ').fill('Nguyễn Văn A, Sở Ngoại vụ Hà Tĩnh');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Nguyễn Văn A, Sở Ngoại vụ Hà Tĩnh').waitFor();

  // The agreement about to expire is in the list page's panel.
  await page.goto(`${BASE_URL}/partnerships`);
  const expiring = page.getByRole('region', { name: 'Văn bản sắp hết hạn' });
  await expiring.getByText(plan).waitFor();
  await expiring.getByRole('row').filter({ hasText: plan }).getByRole('link', { name: title }).waitFor();
  await shot(page, '10-partnerships-list');

  // Deleting a partnership that has agreements is refused; an administrator may delete them together.
  await page.goto(detailUrl);
  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByRole('button', { name: 'Xóa', exact: true }).first().click();
  await page.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
  await page.getByText('Quan hệ này còn văn bản thỏa thuận nên chưa xóa được.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Xóa cùng các văn bản thỏa thuận' }).click();
  await page.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
  await page.getByRole('heading', { name: 'Quan hệ hợp tác', exact: true }).waitFor();

  const removed = await api(login.accessToken, 'DELETE', `/api/v1/organizations/${partner.body.id}`, null, { 'If-Match': `"${partner.body.version}"` });
  assert.equal(removed.status, 204);
});
