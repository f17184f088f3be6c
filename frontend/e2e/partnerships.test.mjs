import assert from 'node:assert/strict';
import { ADMIN_PASSWORD, BASE_URL, api, apiLogin, helpers, journeyPage, shot, test, onePagePdf } from './fixtures.mjs';

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
  await page.getByText('Nguyễn Văn A, Sở Ngoại vụ Hà Tĩnh', { exact: true }).waitFor();

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

/** A small real PDF (one page), made longer by a comment after its end so that its upload takes a moment. */
const scannedMou = () => Buffer.concat([onePagePdf('Bien ban ghi nho - ban ky'), Buffer.from(`%${'x'.repeat(3_000_000)}\n`, 'latin1')]);

journey('the signed MOU is scanned onto its agreement, previewed, and shows in the history', async () => {
  const stamp = Date.now();
  const login = await apiLogin();
  const token = login.accessToken;
  const home = await api(token, 'POST', '/api/v1/organizations', { name: `Sở Ngoại vụ E2E ${stamp}`, type: 'GOVERNMENT_AGENCY', countryCode: 'VN' });
  const partner = await api(token, 'POST', '/api/v1/organizations', { name: `Tỉnh Khăm Muồn E2E ${stamp}`, type: 'LOCAL_GOVERNMENT', countryCode: 'LA' });
  const partnership = await api(token, 'POST', '/api/v1/partnerships', {
    type: 'COOPERATION',
    homeOrganizationId: home.body.id,
    partnerOrganizationId: partner.body.id,
    startDate: '2024-01-01',
    pillars: ['STATE'],
    fields: ['EDUCATION_TRAINING'],
  });
  assert.equal(partnership.status, 201, JSON.stringify(partnership.body));
  const code = `MOU-${stamp}`;
  const agreement = await api(token, 'POST', `/api/v1/partnerships/${partnership.body.id}/agreements`, {
    kind: 'MEMORANDUM_OF_UNDERSTANDING',
    code,
    title: 'Biên bản ghi nhớ hợp tác 2024–2028',
  });
  assert.equal(agreement.status, 201);

  await page.goto(`${BASE_URL}/partnerships/${partnership.body.id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: `Tệp đính kèm – ${code}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Chưa có tệp nào.').waitFor();
  await helpers(ui).pickOption('Loại giấy tờ', null, 'Văn bản đã ký', dialog);
  await dialog.getByLabel('Tiêu đề (không bắt buộc)').fill('Biên bản ghi nhớ (bản ký, có dấu)');

  // A slow line, as from a district office: the bar shows how far the upload is.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 600 * 1024 });
  await dialog.locator('input[type=file]').setInputFiles({ name: 'Biên bản ghi nhớ.pdf', mimeType: 'application/pdf', buffer: scannedMou() });
  await dialog.getByTestId('upload-progress').waitFor();
  await shot(page, '13-attachment-uploading');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  const files = dialog.getByTestId('attachments');
  await files.getByText('Biên bản ghi nhớ (bản ký, có dấu)').waitFor({ timeout: 60_000 });
  await files.getByText(/Văn bản đã ký · Biên bản ghi nhớ\.pdf · 2,9 MB/).waitFor();

  await files.getByRole('button', { name: 'Xem' }).click();
  const preview = dialog.getByRole('figure', { name: 'Biên bản ghi nhớ (bản ký, có dấu)' });
  await preview.getByTestId('attachment-preview').waitFor();
  await shot(page, '14-attachment-preview');
  await preview.getByRole('button', { name: 'Đóng xem trước' }).click();
  await preview.waitFor({ state: 'detached' });

  // The agreement's history: created, then the file attached.
  const history = dialog.getByTestId('history');
  await history.getByText(/Tệp đính kèm #\d+/).waitFor();
  await history.getByText('Tạo mới').first().waitFor();
  await shot(page, '15-agreement-files-history');

  // The same scan again is refused, in words.
  await dialog.locator('input[type=file]').setInputFiles({ name: 'Bản sao.pdf', mimeType: 'application/pdf', buffer: scannedMou() });
  await dialog
    .getByRole('alert')
    .getByText(/Tệp này đã được đính kèm với tên “Biên bản ghi nhớ \(bản ký, có dấu\)”/)
    .waitFor();
});
