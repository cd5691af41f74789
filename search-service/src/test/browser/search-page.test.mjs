// Drives search-service's page in headless Chromium: type a query, click a country facet, open the article,
// see its figures, switch the live feed on. Usage: node search-page.test.mjs <baseUrl> <query> [screenshot.png]
// Exit status 0 when every step passed; run by news.search.SearchPageBrowserIT.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

const [baseUrl, queryText, screenshot] = process.argv.slice(2);
if (!baseUrl || !queryText) {
  console.error('usage: node search-page.test.mjs <baseUrl> <query> [screenshot.png]');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(baseUrl + '/', { waitUntil: 'domcontentloaded' });

  // Type a query (accents optional) with the keyboard and submit with Enter.
  const box = page.getByLabel('Search articles');
  await box.fill(queryText);
  await box.press('Enter');
  const seed = page.locator('#hits .title', { hasText: 'Kazakhstan seek to set new cooperation goals' });
  await seed.first().waitFor({ timeout: 15000 });
  assert.match(await page.locator('#hits mark').first().innerText(), /t[uü]rkiye/i);

  // Click the country facet KZ: it becomes a pressed filter and results stay tagged KZ.
  const kz = page.locator('#facets button.facet', { hasText: /^KZ/ });
  await kz.click();
  await page.locator('#facets button.facet[aria-pressed="true"]', { hasText: /^KZ/ }).waitFor({ timeout: 10000 });
  assert.ok(new URL(page.url()).searchParams.getAll('country').includes('KZ'), 'country=KZ in the address');
  await seed.first().waitFor();

  // Open the article: its figures with their sentences.
  await seed.first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const figures = dialog.locator('#article-figures tbody tr');
  await figures.first().waitFor();
  const table = await dialog.locator('#article-figures').innerText();
  assert.match(table, /\$5 billion/);
  assert.match(table, /USD/);
  assert.match(table, /bilateral trade reached \$5 billion/);
  assert.match(table, /company/);
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  // Figure search from the form: USD ≥ 1e9 keeps the article and marks the matching figure.
  await page.getByRole('textbox', { name: 'Unit', exact: true }).fill('USD');
  await page.getByRole('textbox', { name: 'At least' }).fill('1e9');
  await box.press('Enter');
  await page.locator('#hits .chip.match', { hasText: '$5 billion' }).first().waitFor({ timeout: 10000 });
  if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, '-figures.png'), fullPage: true });

  // The live feed connects.
  await page.getByLabel('New articles matching this search').check();
  await page.locator('#live-state', { hasText: 'Listening' }).waitFor({ timeout: 10000 });

  assert.deepEqual(errors, [], 'no script errors');
  console.log('search page: all steps passed');
} finally {
  await browser.close();
}
