import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ADMIN_PASSWORD, BASE_URL, api, apiLogin, helpers, iso, journeyPage, shot, test } from './fixtures.mjs';

const ui = journeyPage({ acceptDownloads: true });
let page;
test.beforeAll(() => {
  page = ui.page;
});
const { pickOption, pickDate, search } = helpers(ui);
const journey = test;

// "604.495.507.933 ₫" → 604495507933n: VND figures compared to the unit, never as floats.
const vnd = (text) => BigInt((text ?? '').replace(/[^\d]/g, '') || '0');

journey('an office worker records USD aid, disburses it and sees the VND totals and the export', async () => {
  const stamp = Date.now();
  const title = `Cấp nước sạch xã Y Tý E2E ${stamp}`;
  const login = await apiLogin();

  // Dates in this month: a rate of our own on the 3rd is the latest before the commitment (5th) and the disbursements.
  const today = new Date();
  const on = (day) => new Date(today.getFullYear(), today.getMonth(), day);
  const rateDate = on(3);

  await page.goto(`${BASE_URL}/aid`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Viện trợ phi chính phủ nước ngoài', exact: true }).waitFor();

  // The totals before, on the list and on the report.
  const committedOnList = () => page.getByTestId('total-committed').textContent().then(vnd);
  const disbursedOnList = () => page.getByTestId('total-disbursed').textContent().then(vnd);
  await page.getByTestId('total-committed').filter({ hasText: '₫' }).waitFor();
  const listBefore = { committed: await committedOnList(), disbursed: await disbursedOnList() };
  await page.goto(`${BASE_URL}/aid/report?groupBy=year`);
  await page.getByTestId('report-total-committed').waitFor();
  const reportBefore = {
    committed: vnd(await page.getByTestId('report-total-committed').textContent()),
    disbursed: vnd(await page.getByTestId('report-total-disbursed').textContent()),
  };

  // A USD rate of our own for this month, unless a rerun already added it.
  const existing = await api(login.accessToken, 'GET', `/api/v1/exchange-rates?currency=USD&from=${iso(rateDate)}&to=${iso(rateDate)}`);
  if (!existing.body.items.length) {
    await page.goto(`${BASE_URL}/aid/exchange-rates`);
    await page.getByRole('heading', { name: 'Tỷ giá', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Thêm tỷ giá' }).click();
    const dialog = page.getByRole('dialog');
    await pickDate('Áp dụng từ ngày', rateDate, dialog);
    await dialog.getByLabel(/^Tỷ giá/).fill('25.000');
    await dialog.getByText('1 USD = 25.000 ₫').waitFor();
    await dialog.getByLabel(/^Nguồn/).fill('Vietcombank (E2E)');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('exchange-rates').getByRole('row').filter({ hasText: 'Vietcombank (E2E)' }).waitFor();
  } else {
    assert.equal(existing.body.items[0].rate, '25000');
  }

  // Record the commitment in USD: the amount box follows the currency's decimals.
  await page.goto(`${BASE_URL}/aid`);
  await page.getByRole('link', { name: 'Thêm khoản viện trợ' }).click();
  await page.getByLabel(/^Tên dự án/).fill(title);
  await pickOption('Nhà tài trợ', 'plan', 'Plan International (GB)');
  await pickOption('Địa phương thụ hưởng', 'bat xat', 'Huyện Bát Xát (VN)');
  await pickOption('Loại viện trợ', null, 'Dự án');
  await pickOption('Lĩnh vực', null, 'Nước sạch, vệ sinh môi trường (DAC 14030)');
  await pickOption('Tình trạng', null, 'Đang thực hiện');
  await pickDate('Ngày cam kết', on(5));
  await pickOption('Loại tiền', 'USD', 'USD');
  const amount = page.getByRole('textbox', { name: 'Số tiền', exact: true });
  await amount.fill('10.000,555');
  await page.getByText('USD: tối đa 2 chữ số thập phân').waitFor();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('USD chỉ có tối đa 2 chữ số thập phân').waitFor();
  await amount.fill('10.000');
  await page.getByText('10.000,00 US$').waitFor();
  await page.getByLabel(/^Số quyết định phê duyệt/).fill(`${stamp % 10000}/QĐ-UBND`);
  // Recorded as approved before it was entered: under way, it carries its decision's number and date.
  await pickDate('Ngày phê duyệt', on(5));
  await page.getByLabel(/^Số tiền đối ứng/).fill('200.000.000');
  await page.getByRole('button', { name: 'Lưu' }).click();

  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByTestId('committed').filter({ hasText: '10.000,00 US$' }).waitFor();
  await page.getByText('≈ 250.000.000 ₫').waitFor();

  // Two disbursements, the second in VND.
  const disbursements = page.getByRole('region', { name: 'Các đợt giải ngân' });
  const disburse = async (date, value, currency, note) => {
    await disbursements.getByRole('button', { name: 'Thêm đợt giải ngân' }).click();
    const dialog = page.getByRole('dialog');
    await pickDate('Ngày giải ngân', date, dialog);
    if (currency !== 'USD') await pickOption('Loại tiền', currency, currency, dialog);
    await dialog.getByRole('textbox', { name: 'Số tiền', exact: true }).fill(value);
    await dialog.getByLabel(/^Ghi chú/).fill(note);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await disbursements.getByRole('cell', { name: note }).waitFor();
  };
  await disburse(on(10), '3.000', 'USD', 'Đợt 1');
  await disburse(on(15), '50.000.000', 'VND', 'Đợt 2');
  // 3,000 USD + 50,000,000 VND at 25,000 = 5,000 USD of 10,000: half.
  await page.getByTestId('disbursed').filter({ hasText: '5.000,00 US$' }).waitFor();
  await page.getByText('50%').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '21-aid-detail');

  // The list's VND totals grew by exactly this commitment: 250,000,000 committed, 125,000,000 disbursed.
  await page.goto(`${BASE_URL}/aid`);
  await page.getByTestId('aid-commitments').getByRole('link', { name: title }).or(page.getByTestId('total-committed')).first().waitFor();
  const expected = { committed: listBefore.committed + 250_000_000n, disbursed: listBefore.disbursed + 125_000_000n };
  await page.waitForFunction(
    (want) => (document.querySelector('[data-testid=total-committed]')?.textContent ?? '').replace(/[^\d]/g, '') === want,
    expected.committed.toString(),
  );
  assert.equal(await disbursedOnList(), expected.disbursed);

  // Found by a search; the row shows both amounts.
  await search(String(stamp));
  const row = page.getByTestId('aid-commitments').getByRole('row').filter({ hasText: title });
  await row.getByText('250.000.000 ₫').waitFor();
  await row.getByText('10.000,00 US$').waitFor();
  await page.getByTestId('total-committed').filter({ hasText: '250.000.000 ₫' }).waitFor();
  await page.getByTestId('totals-counterpart').filter({ hasText: '200.000.000 ₫' }).waitFor();
  await shot(page, '20-aid-list');

  // The export of this filter downloads as an XLSX file (a zip: "PK").
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
  assert.match(download.suggestedFilename(), /^aid-commitments.*\.xlsx$/);
  const bytes = await readFile(await download.path());
  assert.ok(bytes.length > 100, `the XLSX has ${bytes.length} bytes`);
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');

  // The report's totals grew by the same amounts.
  await page.goto(`${BASE_URL}/aid/report?groupBy=year`);
  await page.waitForFunction(
    (want) => (document.querySelector('[data-testid=report-total-committed]')?.textContent ?? '').replace(/[^\d]/g, '') === want,
    (reportBefore.committed + 250_000_000n).toString(),
  );
  assert.equal(vnd(await page.getByTestId('report-total-disbursed').textContent()), reportBefore.disbursed + 125_000_000n);
  await page
    .getByTestId('rates-used')
    .or(page.getByText(/Tỷ giá đã dùng/))
    .first()
    .waitFor();
  // The segmented control's radios are hidden under their labels: click the label.
  const groupBy = (value) => page.locator(`label[for$="-${value}"]`).click();
  await groupBy('donorCountry');
  await page.getByTestId('aid-report').getByRole('cell', { name: 'Vương quốc Anh' }).waitFor();
  await groupBy('year');
  await page.getByTestId('aid-charts').locator('.recharts-surface').first().waitFor();
  // The bars grow in: the picture waits until the first one keeps its height between two looks.
  await page.waitForFunction(
    () => {
      const bar = document.querySelector('[data-testid="aid-charts"] .recharts-bar-rectangle');
      const height = bar?.getBoundingClientRect().height ?? 0;
      const settled = height > 0 && window.lastBarHeight === height;
      window.lastBarHeight = height;
      return settled;
    },
    null,
    { polling: 150 },
  );
  await shot(page, '22-aid-report');

  // Provinces compared: the aid column adds up to the report's total; Bát Xát (a district dissolved in 2025) counts
  // in Lào Cai either way.
  await page.goto(`${BASE_URL}/reports/provinces`);
  const total = page.getByTestId('provinces-total');
  await total.waitFor();
  const totalCells = await total.locator('th').allTextContents();
  assert.ok(
    totalCells.some((cell) => vnd(cell) === reportBefore.committed + 250_000_000n),
    `a total cell reads ${reportBefore.committed + 250_000_000n}: ${totalCells.join(' | ')}`,
  );
  await page.getByTestId('provinces-report').getByRole('rowheader', { name: 'Ủy ban nhân dân tỉnh Lào Cai' }).waitFor();
  await page.getByText(/^Theo đơn vị hành chính ngày/).waitFor();
  await shot(page, '23-provinces-compared');
  await page.getByRole('switch', { name: /Tính theo đơn vị hành chính hiện nay/ }).click({ force: true });
  await page.getByText('Theo đơn vị ghi trên từng hồ sơ').waitFor();

  // A commitment with disbursements is not deleted; the reason is shown.
  await page.goto(`${BASE_URL}/aid`);
  await search(String(stamp));
  await page.getByTestId('aid-commitments').getByRole('link', { name: title }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByRole('button', { name: 'Xóa', exact: true }).first().click();
  await page.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
  await page.getByText('Khoản viện trợ còn các đợt giải ngân nên chưa xóa được.').waitFor();
});
