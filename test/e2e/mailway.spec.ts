// The way of the mail through the three workplaces, against a real `epost serve` over the real
// pipeline (OCR, classification, routing, SQLite): nothing is mocked.
import path from 'node:path';
import { SCREENSHOT_DIR, expect, test } from './fixtures.ts';
import { invoiceLetter, taxLetter } from './support/letters.ts';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const INVOICE = `rechnung-${run}.png`;
const TAX_ON_PAPER = `grundsteuer-papier-${run}.png`;
const TAX_AFTER_PILOT = `grundsteuer-pilot-${run}.png`;
let invoiceId = '';

test.beforeAll(async ({ server }) => {
  // Both at once: the scanner delivers in batches, and OCR runs while the browser signs in.
  await server.dropLetter(INVOICE, invoiceLetter(run));
  await server.dropLetter(TAX_ON_PAPER, taxLetter(`${run}1`, 'Erika Mustermann'));
});

test('Prüfplatz: a scanned invoice is corrected and released with the keyboard alone', async ({ signInAs, saveScreenshot, page }) => {
  const shell = await signInAs('mailroom');
  const review = await shell.review();
  invoiceId = await review.waitForEntry(INVOICE);
  await review.selectWithKeyboard(invoiceId);
  await expect(review.shortcutBar).toContainText('freigeben');
  await expect(review.department).toHaveValue('1.40');
  // Fields are drawn on the page image.
  await expect(page.locator('.field-box').first()).toBeAttached();
  await saveScreenshot(page, 'pruefplatz');

  const help = await review.showShortcuts();
  await expect(help).toContainText('Abteilung ändern');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Correct: type → Mahnung, a field by hand; then release with Enter.
  await review.changeTypeByKeyboard('Mahn');
  await expect(review.documentType).toHaveValue('reminder');
  await review.correctFieldByKeyboard('Kassenzeichen', `KZ-${run}`);
  await review.releaseByKeyboard();
  await expect(review.status).toContainText('Freigegeben: Mahnung');
  await expect(review.entry(INVOICE)).toHaveCount(0);

  const detail = await shell.callApi('items.get', { id: invoiceId });
  expect(detail.ok).toBe(true);
  const item = (detail.value as { item: { state: string; documentType: string; department: string; fields: { cashReference?: string } } }).item;
  expect(item).toMatchObject({ state: 'routed', documentType: 'reminder', department: '1.40' });
  expect(item.fields.cashReference).toBe(`KZ-${run}`);
});

test('Posteingang 1.40: the released letter is claimed and done', async ({ signInAs, saveScreenshot, page }) => {
  const inbox = await (await signInAs('finance')).inbox();
  await expect(inbox.row(invoiceId)).toBeVisible();
  await inbox.open(invoiceId);
  await saveScreenshot(page, 'posteingang');
  await inbox.claim();
  await inbox.done();
});

test('another department sees nothing of it, neither in the UI nor through the API', async ({ signInAs }) => {
  const shell = await signInAs('tax');
  const inbox = await shell.inbox();
  await expect(inbox.count).toBeVisible();
  await expect(inbox.row(invoiceId)).toHaveCount(0);
  const direct = await shell.callApi('items.get', { id: invoiceId });
  expect(direct.ok).toBe(false);
  expect(['not-found', 'forbidden']).toContain(direct.error?.code);
  const image = await shell.callApi('items.pageImage', { id: invoiceId, page: 0 });
  expect(image.ok).toBe(false);
  const list = await shell.callApi('inbox.list', { sort: 'receivedAt', offset: 0, limit: 500 });
  expect(JSON.stringify(list.value)).not.toContain(invoiceId);
  await expect(inbox.rows.filter({ hasText: 'Bürotechnik' })).toHaveCount(0);
});

test('Übergabeliste: a letter for a department on paper is listed and prints', async ({ signInAs, saveScreenshot, page }) => {
  const paper = await (await signInAs('mailroom')).paperList();
  await paper.waitForItem(TAX_ON_PAPER);
  await expect(paper.group('1.50')).toContainText('Steuern und Abgaben');
  await saveScreenshot(page, 'uebergabeliste');
  const size = await paper.printToPdf(path.join(SCREENSHOT_DIR, 'uebergabeliste.pdf'));
  expect(size).toBeGreaterThan(5_000);
  // In print media the navigation is gone and the print header is there.
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Übergabeliste der Poststelle' })).toBeVisible();
  await saveScreenshot(page, 'uebergabeliste-druck');
  await paper.screenMedia();
});

test('IT connects 1.50 as pilot: the next letter for it goes to the Prüfplatz, not onto paper', async ({ signInAs, saveScreenshot, page, server }) => {
  const shell = await signInAs('it');
  const console = await shell.console();
  await expect(console.cell('1.50', 'high').locator('option:checked')).toHaveText('Papierweg');
  await console.setRollout('1.50', 'normal', 'Pilot');
  await console.setRollout('1.50', 'high', 'Pilot');
  await saveScreenshot(page, 'it-konsole');

  await server.dropLetter(TAX_AFTER_PILOT, taxLetter(`${run}2`, 'Max Mustermann'));
  const dashboard = await shell.dashboard();
  await expect(dashboard.charts).toHaveCount(4);
  await saveScreenshot(page, 'it-kennzahlen');
  await shell.signOut();

  const mailroom = await signInAs('mailroom');
  const review = await mailroom.review();
  const id = await review.waitForEntry(TAX_AFTER_PILOT);
  await review.selectWithKeyboard(id);
  await expect(review.department).toHaveValue('1.50');
  const paper = await mailroom.paperList();
  await expect(paper.item(TAX_ON_PAPER)).toBeVisible();
  await expect(paper.item(TAX_AFTER_PILOT)).toHaveCount(0);
});
