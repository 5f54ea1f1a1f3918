// The parts of the workplaces that need no readable letter: sign-in, unopened mail, the quarantine
// of unreadable scans, the IT console's validation and rule test. Same real server as the mail's way.
import { expect, test } from './fixtures.ts';
import { SignInPage } from './pages/SignInPage.ts';

test('sign-in: wrong password is refused without saying which part was wrong', async ({ page, server, saveScreenshot }) => {
  const signIn = new SignInPage(page);
  await signIn.open(server.url);
  await saveScreenshot(page, 'anmeldung');
  await signIn.signIn('poststelle', 'falsches-passwort');
  await expect(signIn.error).toHaveText('Benutzername oder Passwort stimmen nicht.');
});

test('unopened mail is recorded by hand and goes onto the hand-over list', async ({ signInAs, saveScreenshot, page }) => {
  const shell = await signInAs('mailroom');
  const form = await shell.unopened();
  await form.submitEmpty();
  await expect(form.errorOf('Empfänger/in')).toHaveAttribute('aria-invalid', 'true');
  await form.record({ kind: 'persönlich', addressee: 'Frau Schmidt', department: '1.10', sender: 'Privat' });
  await expect(form.recorded).toContainText('Frau Schmidt');
  await saveScreenshot(page, 'ungeoeffnete-post');
  const paper = await shell.paperList();
  await expect(paper.group('1.10')).toContainText('Frau Schmidt');
});

test('an unreadable scan shows up in the quarantine at once, is retried and discarded with a reason', async ({ signInAs, saveScreenshot, page, server }) => {
  const shell = await signInAs('mailroom');
  // A scan the scanner broke off: the start of a PDF, then nothing.
  server.dropFile('scan-abgebrochen.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog');
  // The navigation shows it on whatever screen the mailroom is (pushed by the server, no reload).
  await expect(page.getByTestId('quarantine-count')).toBeVisible({ timeout: 60_000 });
  const quarantine = await shell.quarantine();
  const row = quarantine.item('scan-abgebrochen.pdf');
  await expect(row).toBeVisible();
  await expect(row.getByTestId('quarantine-reason')).toContainText('nicht lesbar');
  await expect(row).toContainText('E2E-Scanner');
  await saveScreenshot(page, 'quarantaene');

  await quarantine.retry('scan-abgebrochen.pdf');
  await expect(page.getByRole('status').filter({ hasText: 'weiterhin nicht lesbar' })).toBeVisible();
  await expect(row).toBeVisible();

  await quarantine.openDiscard('scan-abgebrochen.pdf');
  await page.keyboard.press('Control+Enter');
  await expect(quarantine.dialog.getByText('Bitte kurz begründen')).toBeVisible();
  await page.keyboard.type('Papier neu gescannt als scan-0816.pdf');
  await saveScreenshot(page, 'quarantaene-verwerfen');
  await page.keyboard.press('Control+Enter');
  await expect(quarantine.dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'verworfen' })).toBeVisible();
  await expect(quarantine.empty).toBeVisible();
  await expect(page.getByTestId('quarantine-count')).toHaveCount(0);
  await saveScreenshot(page, 'quarantaene-leer');
});

test('IT sees the quarantine read-only: file and reason, no actions', async ({ signInAs, saveScreenshot, page, server }) => {
  const shell = await signInAs('it');
  // A TIFF cut off after its header: what a scanner writing into a full drop folder leaves.
  server.dropFile('scan-ordner-voll.tif', Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]));
  await expect(page.getByTestId('quarantine-count')).toBeVisible({ timeout: 60_000 });
  const quarantine = await shell.quarantine();
  const row = quarantine.item('scan-ordner-voll.tif');
  await expect(row).toBeVisible();
  await expect(row.getByTestId('quarantine-reason')).toContainText('nicht lesbar');
  await expect(page.getByText('kann nur die Poststelle')).toBeVisible();
  await expect(row.getByRole('button')).toHaveCount(0);
  await saveScreenshot(page, 'quarantaene-it');
  // Not only hidden: the server refuses IT's discard as well.
  const id = await row.getAttribute('data-item-id');
  const discard = await shell.callApi('quarantine.discard', { id, reason: 'Test durch IT' });
  expect(discard.error?.code).toBe('forbidden');
});

test('IT console: an invalid threshold is refused at the field; the rule test classifies pasted text', async ({ signInAs, page }) => {
  const console = await (await signInAs('it')).console();
  await console.setThreshold('1.5');
  await console.save();
  await expect(console.fieldError('routing.confidenceThreshold')).toBeVisible();
  await expect(page.getByLabel(/Schwelle für Freigabe/)).toHaveAttribute('aria-invalid', 'true');
  const result = await console.testRules('Stadt Musterstadt\n– Finanzservice –\nRechnung Nr. 4711\nRechnungsbetrag 120,00 EUR\nzahlbar bis 01.12.2026');
  expect(result.type).toBe('Rechnung');
  expect(result.department).toContain('1.40');
});
