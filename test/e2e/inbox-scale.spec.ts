// Rendering at scale: 10,000 items in a department inbox. The one test that answers `inbox.list`
// itself (page.route), because putting 10,000 letters through OCR would take hours; everything
// else on the page — sign-in, config, item detail — is the real server.
import { expect, test } from './fixtures.ts';

const TOTAL = 10_000;

// Due dates relative to today, so that overdue and soon-due rows stay in the first screenful.
const TODAY = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());

function syntheticItem(index: number) {
  const day = (offset: number) => new Date(TODAY + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    id: `synthetic-${index}`, state: index % 7 === 0 ? 'claimed' : 'routed', sourceName: `scan-${index}.pdf`, scanner: 'Scanner',
    receivedAt: new Date(Date.UTC(2026, 9, 1) + index * 60_000).toISOString(), documentType: index % 3 === 0 ? 'reminder' : 'invoice',
    protectionLevel: 'normal', department: '1.40', confidence: 0.9, pageCount: 1, mightBeVeryHigh: false,
    fields: { sender: `Lieferant ${index}`, subject: `Rechnung Nr. ${index}`, amount: 100 + index, currency: 'EUR', dueDate: day((index % 40) - 10) },
    unopened: null, restricted: false, updatedAt: new Date(TODAY).toISOString(),
  };
}

test('Posteingang with 10,000 items: only visible rows exist, the end is one key away', async ({ page, signInAs, saveScreenshot }) => {
  const requested: number[] = [];
  await page.route('**/api/inbox.list', async (route) => {
    const { offset = 0, limit = 50 } = route.request().postDataJSON() as { offset?: number; limit?: number };
    requested.push(offset);
    const items = Array.from({ length: Math.max(0, Math.min(limit, TOTAL - offset)) }, (_, i) => syntheticItem(offset + i));
    await route.fulfill({ json: { ok: true, value: { items, total: TOTAL } } });
  });
  const inbox = await (await signInAs('finance')).inbox();
  await expect(inbox.count).toHaveText('10.000 Schriftstücke');
  await expect(inbox.rows.first()).toBeVisible();
  expect(await inbox.rows.count()).toBeLessThan(60);
  await expect(page.locator('.inbox-row-overdue').first()).toBeVisible();
  await expect(page.locator('.inbox-row-soon').first()).toBeVisible();
  await saveScreenshot(page, 'posteingang-10000');

  const list = page.getByTestId('inbox-list');
  await list.focus();
  const started = Date.now();
  await page.keyboard.press('End');
  await expect(page.locator(`[data-testid="inbox-row"][aria-posinset="${TOTAL}"]`)).toContainText(`Lieferant ${TOTAL - 1}`);
  expect(Date.now() - started).toBeLessThan(3_000);
  expect(await inbox.rows.count()).toBeLessThan(60);
  // Only the pages around what was shown were fetched, not all 100 of them.
  expect(new Set(requested).size).toBeLessThan(10);
});
