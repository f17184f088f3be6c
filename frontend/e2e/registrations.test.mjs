import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ADMIN_PASSWORD, BASE_URL, api, apiLogin, helpers, iso, journeyPage, shot, test, onePagePdf } from './fixtures.mjs';

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

const decisionPdf = () => onePagePdf('Quyet dinh phe duyet');

journey('an NGO project goes from its dossier through opinions and appraisal to approval, its decision attached, into the IATI file', async () => {
  const login = await apiLogin();
  const token = login.accessToken;
  const find = async (q, type) =>
    (await api(token, 'GET', `/api/v1/organizations?q=${encodeURIComponent(q)}&type=${type}`)).body.items.find((o) => o.name === q);
  const oxfam = await find('Oxfam', 'INTERNATIONAL_NGO');
  const laoCai = await find(LAO_CAI, 'LOCAL_GOVERNMENT');
  const title = `Sinh kế cho phụ nữ dân tộc Mông Bắc Hà ${Date.now() % 100000}`;
  const dossier = await api(token, 'POST', '/api/v1/aid-commitments', {
    title,
    ngoId: oxfam.id,
    kind: 'PROJECT',
    sector: 'LIVELIHOODS',
    beneficiaryOrganizationId: laoCai.id,
    committed: { amount: '180000.00', currency: 'USD' },
    commitmentDate: iso(new Date()),
    status: 'PIPELINE',
  });
  assert.equal(dossier.status, 201, JSON.stringify(dossier.body));
  const id = dossier.body.id;
  const lifecycle = page.getByTestId('lifecycle');
  const step = async (action, fill) => {
    await lifecycle.getByRole('button', { name: action, exact: true }).click();
    const dialog = page.getByRole('dialog');
    if (fill) await fill(dialog);
    await dialog.getByRole('button', { name: action, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  };

  await page.goto(`${BASE_URL}/aid/${id}`);
  await page.getByRole('heading', { name: title }).waitFor();
  await lifecycle.getByText('Tiếp nhận hồ sơ').first().waitFor();
  // A project is appraised before it is approved: no approval button yet.
  assert.equal(await lifecycle.getByRole('button', { name: 'Phê duyệt', exact: true }).count(), 0);
  await step('Gửi xin ý kiến');
  await lifecycle.getByText('Đang xin ý kiến').first().waitFor();

  // The friendship union's opinion, asked and answered.
  await page.getByRole('button', { name: 'Thêm ý kiến' }).click();
  const opinion = page.getByRole('dialog');
  await opinion.getByLabel(/^Cơ quan/).fill('Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai');
  await pickOption('Loại cơ quan', null, 'Liên hiệp các tổ chức hữu nghị', opinion);
  await pickDate('Ngày xin ý kiến', new Date(), opinion);
  await pickDate('Ngày trả lời', new Date(), opinion);
  await pickOption('Ý kiến', null, 'Đồng ý', opinion);
  await opinion.getByRole('button', { name: 'Lưu' }).click();
  await opinion.waitFor({ state: 'hidden' });
  await page.getByTestId('opinions').getByText('Đồng ý', { exact: true }).waitFor();

  await step('Chuyển thẩm định', (dialog) => pickDate('Ngày hồ sơ đầy đủ, hợp lệ', new Date(), dialog));
  await lifecycle.getByText(/^Hạn thẩm định/).waitFor();
  await step('Phê duyệt', async (dialog) => {
    await dialog.getByLabel(/^Số quyết định/).fill('2150/QĐ-UBND');
    await pickDate('Ngày quyết định', new Date(), dialog);
    await dialog.getByLabel(/^Cấp phê duyệt/).fill('Ủy ban nhân dân tỉnh Lào Cai');
  });
  await lifecycle.getByText(/^2150\/QĐ-UBND — /).waitFor();

  // The decision, scanned, attached to the aid.
  const files = page.getByRole('region', { name: 'Tệp đính kèm' });
  await pickOption('Loại giấy tờ', null, 'Quyết định', files);
  // Published: anyone may read the decision, and the IATI file links it.
  await files.getByLabel('Công khai tệp này').check();
  await files.locator('input[type=file]').setInputFiles({ name: 'Quyết định 2150.pdf', mimeType: 'application/pdf', buffer: decisionPdf() });
  await files
    .getByText(/Quyết định 2150\.pdf/)
    .first()
    .waitFor();
  await page.getByTestId('aid-steps').getByRole('row').nth(4).waitFor();
  await topShot('34-aid-lifecycle-approved');

  const saved = await api(token, 'GET', `/api/v1/aid-commitments/${id}`);
  assert.equal(saved.body.approvalStatus, 'APPROVED');
  assert.equal(saved.body.approvalDecisionNo, '2150/QĐ-UBND');
  const steps = await api(token, 'GET', `/api/v1/aid-commitments/${id}/transitions`);
  assert.deepEqual(
    steps.body.map((s) => s.to),
    ['DOSSIER_RECEIVED', 'OPINIONS_REQUESTED', 'APPRAISAL', 'APPROVED'],
  );
  const attached = await api(token, 'GET', `/api/v1/aid-commitments/${id}/attachments`);
  assert.equal(attached.body.items[0].kind, 'DECISION');
  assert.equal(attached.body.items[0].published, true);

  // Approved, it is published in the IATI file.
  await page.goto(`${BASE_URL}/aid`);
  await page.getByTestId('aid-commitments').getByRole('row').nth(1).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tệp IATI (XML)' }).click()]);
  const xml = (await readFile(await download.path())).toString('utf8');
  assert.match(xml, new RegExp(`<iati-identifier>VN-DOFA-${id}</iati-identifier>`));
  const link = new RegExp(`<document-link url="([^"]+/api/v1/public/attachments/${attached.body.items[0].id}/content)" format="application/pdf">`).exec(xml);
  assert.ok(link, 'the published decision is linked from the IATI file');
  // Anyone follows the link, without an account.
  const pub = await fetch(`${BASE_URL}/api/v1/public/attachments/${attached.body.items[0].id}/content`);
  assert.equal(pub.status, 200);
  assert.equal(pub.headers.get('content-type'), 'application/pdf');
});
