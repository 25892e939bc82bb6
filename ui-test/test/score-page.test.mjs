// Browser test of the try-it page: starts the packaged app on a free port, drives Debian's chromium with
// playwright-core, and checks rendering, details on focus, XSS safety, errors, narrow screens and basic accessibility.
//
//   cd ui-test && npm ci && npm test
//
// Needs target/quarkus-app/quarkus-run.jar (./mvnw -B package -DskipTests) and a chromium binary (/usr/bin/chromium,
// or CHROMIUM_PATH). Without either the test fails; it never skips.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const UI_TEST = path.resolve(HERE, '..');
const ROOT = path.resolve(UI_TEST, '..');
const JAR = path.join(ROOT, 'target', 'quarkus-app', 'quarkus-run.jar');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = path.join(UI_TEST, 'artifacts');
const DOCS_SCREENSHOT = path.join(ROOT, 'docs', 'screenshot.png');
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'
];

const XSS_ARTICLE = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">\n\n' +
  'The minister said on Tuesday that 40 people died in the <b>flood</b>, according to a police statement.';

let app; // child process
let appLog = '';
let baseUrl;
let userDataDir;
let context;
let page;
let apiReport; // the /score answer for the sample, as the page received it
const pageErrors = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForApp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the app exited with ' + child.exitCode + ':\n' + appLog);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the app did not answer ' + url + ' within ' + timeoutMs + ' ms:\n' + appLog);
}

function stopApp() {
  if (!app || app.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => app.kill('SIGKILL'), 15000);
    app.once('exit', () => { clearTimeout(timer); resolve(); });
    app.kill('SIGTERM');
  });
}

before(async () => {
  const started = Date.now();
  assert.ok(fs.existsSync(CHROMIUM),
    'No browser: ' + CHROMIUM + ' does not exist. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  assert.ok(fs.existsSync(JAR), 'No application: ' + JAR + ' is missing. Build it with ./mvnw -B package -DskipTests.');
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  const port = await freePort();
  baseUrl = 'http://127.0.0.1:' + port + '/';
  app = spawn('java', ['-Dquarkus.http.port=' + port, '-Dquarkus.http.host=127.0.0.1', '-jar', JAR],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  app.stdout.on('data', (d) => { appLog += d; });
  app.stderr.on('data', (d) => { appLog += d; });
  process.on('exit', () => { if (app && app.exitCode === null) app.kill('SIGKILL'); });
  await waitForApp(baseUrl, app, 90000);
  const appReady = Date.now();

  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscore-ui-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1
  });
  page = context.pages()[0] || await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  page.on('dialog', (d) => { pageErrors.push('dialog: ' + d.message()); d.dismiss(); });
  console.log('app ready in ' + (appReady - started) + ' ms; browser ' + context.browser()?.version?.() +
    ' ready in ' + (Date.now() - appReady) + ' ms');
});

after(async () => {
  if (context) await context.close().catch(() => {});
  await stopApp();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

/** The page's own accessibility rules: labelled controls, titled images/SVG, no positive tabindex, landmarks. */
async function accessibilityProblems(p) {
  return p.evaluate(() => {
    const problems = [];
    const visible = (e) => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
    for (const c of document.querySelectorAll('input, textarea, select, button')) {
      if (c.type === 'hidden') continue;
      const byLabel = c.labels && Array.from(c.labels).some((l) => l.textContent.trim());
      const byAria = (c.getAttribute('aria-label') || '').trim() ||
        (c.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)
          .some((id) => document.getElementById(id) && document.getElementById(id).textContent.trim());
      const byText = c.tagName === 'BUTTON' && c.textContent.trim();
      if (!byLabel && !byAria && !byText) problems.push('unlabelled control: ' + c.outerHTML.slice(0, 80));
    }
    for (const img of document.querySelectorAll('img')) {
      if (!img.hasAttribute('alt')) problems.push('img without alt: ' + img.outerHTML.slice(0, 80));
    }
    for (const svg of document.querySelectorAll('svg')) {
      if (svg.getAttribute('aria-hidden') === 'true') continue;
      const title = svg.querySelector(':scope > title');
      if (!title || !title.textContent.trim()) problems.push('svg without a title');
      if (svg.getAttribute('role') !== 'img') problems.push('svg without role="img"');
    }
    for (const e of document.querySelectorAll('[tabindex]')) {
      if (Number(e.getAttribute('tabindex')) > 0) problems.push('positive tabindex: ' + e.outerHTML.slice(0, 80));
    }
    if (!document.documentElement.lang) problems.push('no lang on <html>');
    if (!document.title.trim()) problems.push('no <title>');
    if (document.querySelectorAll('main').length !== 1) problems.push('not exactly one <main>');
    if (!document.querySelector('header')) problems.push('no <header> landmark');
    if (document.querySelectorAll('h1').length !== 1) problems.push('not exactly one <h1>');
    const ids = new Map();
    for (const e of document.querySelectorAll('[id]')) ids.set(e.id, (ids.get(e.id) || 0) + 1);
    for (const [id, n] of ids) if (n > 1) problems.push('duplicate id ' + id);
    for (const e of document.querySelectorAll('[aria-describedby], [aria-labelledby]')) {
      for (const attr of ['aria-describedby', 'aria-labelledby']) {
        for (const id of (e.getAttribute(attr) || '').split(/\s+/).filter(Boolean)) {
          if (!document.getElementById(id)) problems.push(attr + ' points to missing #' + id);
        }
      }
    }
    void visible;
    return problems;
  });
}

/** Text contrast of the visible elements that carry text, against the first opaque background behind them. */
async function contrastProblems(p, selectors) {
  return p.evaluate((sels) => {
    function rgba(str) {
      const m = str.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const v = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r: v[0], g: v[1], b: v[2], a: v.length > 3 ? v[3] : 1 };
    }
    function lum(c) {
      const f = (x) => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); };
      return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
    }
    function background(e) {
      for (let n = e; n; n = n.parentElement) {
        const c = rgba(getComputedStyle(n).backgroundColor);
        if (c && c.a >= 0.99) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    }
    const problems = [];
    let checked = 0;
    for (const sel of sels) {
      for (const e of document.querySelectorAll(sel)) {
        if (!e.getClientRects().length) continue;
        const fg = rgba(getComputedStyle(e).color);
        const bg = background(e);
        const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
        const ratio = (hi + 0.05) / (lo + 0.05);
        checked++;
        if (ratio < 4.5) problems.push(sel + ' "' + e.textContent.slice(0, 30) + '" ' + ratio.toFixed(2) + ':1');
      }
    }
    return { checked, problems };
  }, selectors);
}

async function scoreSample(p) {
  await p.getByRole('button', { name: 'Load sample article' }).click();
  await p.waitForFunction(() => document.getElementById('article').value.length > 100);
  const [response] = await Promise.all([
    p.waitForResponse((r) => r.url().endsWith('/score') && r.request().method() === 'POST'),
    p.getByRole('button', { name: 'Score', exact: true }).click()
  ]);
  assert.equal(response.status(), 200);
  const report = await response.json();
  await p.locator('#results').waitFor({ state: 'visible' });
  return report;
}

test('the bundled sample is a copy of samples/seed-article.json', async () => {
  const served = await (await fetch(baseUrl + 'samples/seed-article.json')).text();
  assert.equal(served, fs.readFileSync(path.join(ROOT, 'samples', 'seed-article.json'), 'utf8'),
    'copy samples/seed-article.json to src/main/resources/META-INF/resources/samples/');
});

test('the page is served at / with labelled controls', async () => {
  const response = await page.goto(baseUrl);
  assert.equal(response.status(), 200);
  assert.match(await page.title(), /claimscore/);
  // Playwright's accessible-name lookups prove the labels are wired, not just present.
  await page.getByLabel('Article text').waitFor();
  await page.getByLabel('Headline (optional)').waitFor();
  await page.getByRole('radio', { name: 'HTML' }).waitFor();
  assert.deepEqual(await accessibilityProblems(page), []);
});

test('scoring the sample highlights every statement, source and cue, and fills the summary', async () => {
  apiReport = await scoreSample(page);
  const statements = apiReport.statements;
  assert.ok(statements.length > 0, 'the sample has statements');

  const perStatement = await page.evaluate((ids) => ids.map((id) =>
    document.querySelectorAll('#article-view .stmt[data-id="' + id + '"]').length), statements.map((s) => s.id));
  perStatement.forEach((n, i) => assert.ok(n >= 1, 'statement ' + statements[i].id + ' has a mark'));
  assert.equal(await page.locator('#article-view .stmt[tabindex="0"]').count(), statements.length,
    'one focusable mark per statement');

  // Every mark's text is the API's statement text: offsets were applied as JavaScript string indices.
  const markTexts = await page.evaluate(() => {
    const out = {};
    for (const node of document.querySelectorAll('#article-view .stmt')) {
      const clone = node.cloneNode(true);
      clone.querySelectorAll('.badge, .sr-only, .tag').forEach((e) => e.remove());
      out[node.dataset.id] = (out[node.dataset.id] || '') + clone.textContent;
    }
    return out;
  });
  // A statement split by a crossing one is in several fragments; nested fragments repeat text, so compare loosely:
  // every fragment text must occur in order in the statement text, and the first fragment starts it.
  for (const s of statements) {
    assert.ok(markTexts[s.id].includes(s.text.slice(0, 10)) || s.text.startsWith(markTexts[s.id].slice(0, 10)),
      s.id + ' mark text starts like the API text');
  }
  const articleText = await page.evaluate(() => {
    const clone = document.getElementById('article-view').cloneNode(true);
    clone.querySelectorAll('.badge, .sr-only, .tag').forEach((e) => e.remove());
    return clone.textContent;
  });
  assert.equal(articleText, await page.inputValue('#article'), 'the rendered article is the input text, unaltered');

  const sourceMarks = await page.locator('#article-view .src').count();
  const apiSourceMentions = apiReport.sources.reduce((n, s) => n + s.mentions.length, 0);
  assert.ok(sourceMarks >= 1, 'source marks present');
  assert.ok(sourceMarks >= Math.min(1, apiSourceMentions));
  const typeTags = await page.locator('#article-view .src > .tag').allTextContents();
  assert.ok(typeTags.includes('named person'), 'sources labelled by type: ' + typeTags.join(', '));
  assert.ok(await page.locator('#article-view .cue').count() >= 1, 'cue marks present');
  const hedged = statements.some((s) => s.attribution && s.attribution.hedges.length);
  if (hedged) assert.ok(await page.locator('#article-view .hedge').count() >= 1, 'hedge marks present');
  const distancing = statements.some((s) => s.attribution && s.attribution.cue && s.attribution.cue.stance === 'DISTANCING');
  if (distancing) assert.ok(await page.locator('#article-view .cue.stance-DISTANCING > .tag').count() >= 1);
  const flagged = statements.filter((s) => s.checkWorthy && !s.attributed).length;
  assert.equal(await page.locator('#article-view .stmt.flagged[tabindex="0"]').count(), flagged,
    'unattributed check-worthy claims flagged');
  assert.equal(await page.locator('#article-view .badge').count(), statements.length, 'a score label per statement');

  const summary = apiReport.summary;
  assert.equal((await page.textContent('#summary-score')).trim(), String(summary.score));
  assert.equal((await page.textContent('#verdict')).trim(), summary.verdict);
  assert.ok(summary.verdict.length > 0);
  assert.deepEqual(await page.locator('#summary-reasons li').allTextContents(), summary.reasons);
  const chartTitle = await page.locator('#chart svg > title').textContent();
  assert.match(chartTitle, /source type/);
  for (const [type, n] of Object.entries(summary.bySourceType)) {
    const value = await page.locator('#chart .bar.type-' + type + ' .bar-value').textContent();
    assert.equal(value, String(n), 'chart bar for ' + type);
  }
  assert.equal(await page.locator('#sources li').count(), apiReport.sources.length);
  assert.match(await page.textContent('#status'), /Scored \d+ statements/);
  assert.equal((await page.textContent('#alert')).trim(), '');
});

test('focusing a statement shows its reasons; Enter pins them, Escape closes', async () => {
  const s = apiReport.statements.find((x) => x.attributed && x.reasons.length) || apiReport.statements[0];
  const tip = page.locator('#tip');
  // Keyboard: Tab from the last form button reaches the first statement (legend toggle in between).
  await page.focus('#clear-button');
  let reached = false;
  for (let i = 0; i < 5 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement.classList.contains('stmt'));
  }
  assert.ok(reached, 'Tab reaches the statements');
  await tip.waitFor({ state: 'visible' });

  await page.locator('#stmt-' + s.id).focus();
  await tip.waitFor({ state: 'visible' });
  const text = await tip.textContent();
  assert.ok(text.includes('Statement ' + s.id), text);
  for (const reason of s.reasons) assert.ok(text.includes(reason), 'reason shown: ' + reason);
  if (s.attribution) assert.ok(text.includes(s.attribution.source.name), 'source name shown');

  await page.keyboard.press('Enter');
  assert.ok(await page.locator('#stmt-' + s.id).evaluate((e) => e.classList.contains('pinned')));
  await page.focus('#article'); // leaving the statement keeps pinned details open
  assert.ok(await tip.isVisible(), 'pinned details stay');
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });

  // Space pins too, and mouse hover shows another statement's details.
  await page.locator('#stmt-' + s.id).focus();
  await page.keyboard.press(' ');
  assert.ok(await page.locator('#stmt-' + s.id).evaluate((e) => e.classList.contains('pinned')));
  await page.keyboard.press('Escape');
  const other = apiReport.statements.find((x) => x.checkWorthy && !x.attributed);
  if (other) {
    await page.locator('#stmt-' + other.id + ' > .badge').hover();
    await tip.waitFor({ state: 'visible' });
    assert.ok((await tip.textContent()).includes(other.reasons[0]));
  }
});

test('accessibility: labels, titles, tabindex and contrast after scoring', async () => {
  assert.deepEqual(await accessibilityProblems(page), []);
  const contrast = await contrastProblems(page, [
    'body', 'p', 'label', 'legend', 'button', '.hint', '.status', '#article-view', '.stmt', '.badge', '.tag',
    '.band-label', '.verdict', '.count dt', '.count dd', '.reasons li', '.source-role', '.source-count', '.tip',
    '.swatch', '.site-footer'
  ]);
  assert.ok(contrast.checked > 50, 'checked ' + contrast.checked + ' elements');
  assert.deepEqual(contrast.problems, []);
});

test('screenshot of the scored sample', async () => {
  // Show one statement's details, as a reader hovering it would see them.
  const s = apiReport.statements.find((x) => x.attributed && x.attribution.source.type === 'NAMED_PERSON') ||
    apiReport.statements[0];
  await page.mouse.move(0, 0);
  await page.locator('#stmt-' + s.id).focus();
  await page.keyboard.press('Enter');
  await page.evaluate(() => document.activeElement.blur());
  const file = path.join(ARTIFACTS, 'score-page.png');
  await page.screenshot({ path: file, fullPage: true });
  assert.ok(fs.statSync(file).size > 10000);
  // The README's picture: the results, from their heading down, at a readable height.
  const box = await page.locator('#results').evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { y: r.top + window.scrollY, height: r.height };
  });
  const results = path.join(ARTIFACTS, 'score-page-results.png');
  await page.screenshot({
    path: results, fullPage: true,
    clip: { x: 0, y: Math.max(0, box.y - 12), width: 1280, height: Math.min(box.height + 24, 1250) }
  });
  fs.mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true });
  fs.copyFileSync(results, DOCS_SCREENSHOT);
  await page.keyboard.press('Escape');
});

test('article markup and scripts render as text (XSS)', async () => {
  await page.fill('#article', XSS_ARTICLE);
  await page.fill('#title', '<img src=y onerror="window.__xss = 3">');
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/score')),
    page.getByRole('button', { name: 'Score', exact: true }).click()
  ]);
  assert.equal(response.status(), 200);
  await page.waitForFunction(() => document.getElementById('article-view').textContent.includes('minister'));
  const result = await page.evaluate(() => ({
    xss: window.__xss,
    elements: document.querySelectorAll('#article-view script, #article-view img, #article-view b').length,
    text: document.getElementById('article-view').textContent
  }));
  assert.equal(result.xss, undefined, 'no injected script ran');
  assert.equal(result.elements, 0, 'no element was created from the article');
  assert.ok(result.text.includes('<script>window.__xss = 1</script>'), 'the script tag shows as text');
  assert.ok(result.text.includes('<b>flood</b>'));
  assert.ok(await page.locator('#article-view .stmt').count() >= 1);
});

test('API errors are shown in the alert region', async () => {
  await page.fill('#article', '   ');
  await page.getByRole('button', { name: 'Score', exact: true }).click();
  const alert = page.getByRole('alert');
  await page.waitForFunction(() => document.getElementById('alert').textContent.trim().length > 0);
  const text = await alert.textContent();
  assert.match(text, /empty_text/);
  assert.match(text, /HTTP 400/);
  // A good request clears it.
  await page.fill('#article', 'The mayor said the bridge will reopen in May.');
  await page.getByRole('button', { name: 'Score', exact: true }).click();
  await page.waitForFunction(() => document.getElementById('alert').textContent.trim() === '');
});

test('works at 320 px width', async () => {
  const narrow = await context.newPage();
  narrow.on('pageerror', (e) => pageErrors.push(String(e)));
  await narrow.setViewportSize({ width: 320, height: 720 });
  await narrow.goto(baseUrl);
  await scoreSample(narrow);
  const widths = await narrow.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth
  }));
  assert.ok(widths.scroll <= widths.client, 'no horizontal scrolling at 320 px: ' + JSON.stringify(widths));
  await narrow.locator('#article-view .stmt[tabindex="0"]').first().focus();
  const tipBox = await narrow.locator('#tip').boundingBox();
  assert.ok(tipBox && tipBox.x >= 0 && tipBox.x + tipBox.width <= 320 + 0.5, 'details fit the screen');
  await narrow.screenshot({ path: path.join(ARTIFACTS, 'score-page-320.png'), fullPage: false });
  await narrow.close();
});

test('no script errors on the page', () => {
  assert.deepEqual(pageErrors.filter((e) => !/status of 400/.test(e)), []);
});
