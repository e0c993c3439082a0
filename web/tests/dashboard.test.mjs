// Real-browser tests of the dashboard: Debian's chromium driven by
// playwright-core against a running `detente serve` on a test database.
// Every check compares what the page shows with what the API answers.
//
//   DETENTE_URL=http://127.0.0.1:PORT/ DETENTE_ARTIFACTS=DIR node --test web/tests/
// (tests/web/run builds the database, starts the server and sets these.)
import { test, before, after, afterEach, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.DETENTE_URL;
const ARTIFACTS = process.env.DETENTE_ARTIFACTS || 'test-artifacts/web';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TOKEN = process.env.DETENTE_TEST_TOKEN || '';  // the server's token for POST /api/documents
if (!BASE) throw new Error('set DETENTE_URL to the address of a running `detente serve` (tests/web/run does)');
const origin = new URL(BASE).origin;

let browser;
const pages = [];

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--no-first-run', '--disable-extensions'],
  });
});

after(async () => {
  if (browser) await browser.close();
});

// A test that failed left its pages open: keep a screenshot of each for the report.
afterEach(async (t) => {
  while (pages.length) {
    const page = pages.pop();
    const name = `FAILED-${t.name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60)}-${pages.length}`;
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true }).catch(() => {});
    console.log(`page log of the failed test: ${JSON.stringify(page.log)}; screenshot ${name}.png`);
    await page.context().close().catch(() => {});
  }
});

// ---------------------------------------------------------------- helpers
async function api(path, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(new URL(path, origin), init);
  const data = await res.json();
  return { status: res.status, data };
}

/** A fresh page at 1366x768 that records console errors, page errors, dialogs and outside requests. */
async function open(hash = '') {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const log = { errors: [], dialogs: [], outside: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => log.errors.push(`page error: ${e.message}`));
  page.on('dialog', async (d) => { log.dialogs.push(d.message()); await d.dismiss(); });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:')) log.outside.push(u);
  });
  page.log = log;
  pages.push(page);
  await page.goto(new URL(`/${hash}`, origin).href);
  await settled(page);
  return page;
}

/** Waits until the page has no request in flight. */
async function settled(page) {
  await page.waitForFunction(() => document.body.getAttribute('aria-busy') === 'false', null, { timeout: 20000 });
}

async function close(page) {
  assert.deepEqual(page.log.errors, [], 'no console or page errors');
  assert.deepEqual(page.log.dialogs, [], 'no dialog opened');
  assert.deepEqual(page.log.outside, [], 'nothing loaded from outside the server');
  pages.splice(pages.indexOf(page), 1);
  await page.context().close();
}

async function screenshot(page, name) {
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

function periodEnd(start, by) {
  const [y, m, d] = start.split('-').map(Number);
  let e;
  if (by === 'day') e = new Date(Date.UTC(y, m - 1, d));
  else if (by === 'week') e = new Date(Date.UTC(y, m - 1, d + 6));
  else if (by === 'month') e = new Date(Date.UTC(y, m, 0));
  else e = new Date(Date.UTC(y, 11, 31));
  return e.toISOString().slice(0, 10);
}

/** The text of a document between two UTF-8 byte offsets. */
function byteSlice(text, [b, e]) {
  return Buffer.from(text, 'utf8').subarray(b, e).toString('utf8');
}

/** The highlighted text of each role, as shown in `selector`. */
async function highlights(page, selector) {
  return page.$$eval(`${selector} mark.hl`, (marks) => {
    const out = { source: '', verb: '', target: '' };
    for (const m of marks) for (const r of (m.dataset.roles || '').split(' ')) if (r in out) out[r] += m.textContent;
    return out;
  });
}

/** The page-space centre of period `i` of `n` in the chart, from uPlot's plotting area. */
async function periodPoint(page, i, n) {
  const box = await page.locator('#chart .u-over').boundingBox();
  return { x: box.x + ((i + 0.5) / n) * box.width, y: box.y + box.height / 2, box };
}

/** Per period, whether the chart's column holds cooperation-green and conflict-red pixels. */
async function columnColours(page, n) {
  return page.evaluate((n) => {
    const over = document.querySelector('#chart .u-over').getBoundingClientRect();
    const canvas = document.querySelector('#chart canvas');
    const cr = canvas.getBoundingClientRect();
    const sx = canvas.width / cr.width, sy = canvas.height / cr.height;
    const ctx = canvas.getContext('2d');
    const hex = (s) => [1, 3, 5].map((k) => parseInt(s.slice(k, k + 2), 16));
    const coop = ['#74c476', '#1b7837'].map(hex), confl = ['#f4a261', '#c0392b'].map(hex);
    const near = (p, cs) => cs.some((c) => Math.abs(p[0] - c[0]) + Math.abs(p[1] - c[1]) + Math.abs(p[2] - c[2]) < 24);
    const out = [];
    for (let i = 0; i < n; i++) {
      const x = Math.round((over.left - cr.left + ((i + 0.5) / n) * over.width) * sx);
      const y0 = Math.round((over.top - cr.top) * sy), y1 = Math.round((over.bottom - cr.top) * sy);
      const px = ctx.getImageData(x, y0, 1, y1 - y0).data;
      let g = 0, r = 0;
      for (let k = 0; k < px.length; k += 4) {
        const p = [px[k], px[k + 1], px[k + 2]];
        if (near(p, coop)) g++;
        if (near(p, confl)) r++;
      }
      out.push({ coop: g, conflict: r });
    }
    return out;
  }, n);
}

// The dyad the tests look at: the most frequent one, as the API ranks it.
let top;
async function topDyad() {
  if (!top) {
    const { data } = await api('/api/dyads?limit=20');
    assert.ok(data.dyads.length > 0, '/api/dyads lists at least one dyad');
    top = data.dyads[0];
  }
  return top;
}

async function chooseTopDyad(page) {
  const d = await topDyad();
  await page.locator(`#quick-dyads button.chip[data-a="${d.a}"][data-b="${d.b}"]`).click();
  await page.waitForSelector('#chart canvas');
  await settled(page);
  return d;
}

// ---------------------------------------------------------------- tests
describe('dashboard', { concurrency: false }, () => {
  test('loads and shows the database summary of /api/health', async () => {
    const { data: health } = await api('/api/health');
    assert.equal(health.status, 'ok');
    const page = await open();
    const docs = await page.textContent('#h-docs b');
    const events = await page.textContent('#h-events b');
    assert.equal(Number(docs.replace(/,/g, '')), health.documents);
    assert.equal(Number(events.replace(/,/g, '')), health.events);
    assert.equal(await page.textContent('#h-range'), `${health.first_date} – ${health.last_date}`);
    const { data: dy } = await api('/api/dyads?limit=8');
    const chips = await page.$$eval('#quick-dyads button.chip', (bs) => bs.map((b) => `${b.dataset.a}-${b.dataset.b}`));
    assert.deepEqual(chips, dy.dyads.map((d) => `${d.a}-${d.b}`));
    // typing an actor suggests the codes /api/actors finds
    await page.locator('#actor-a').pressSequentially('jap', { delay: 30 });
    const { data: act } = await api('/api/actors?q=jap&limit=20');
    assert.ok(act.actors.some((a) => a.code === 'JPN'), '/api/actors finds Japan for "jap"');
    await page.waitForFunction((n) => document.querySelectorAll('#actor-list-a option').length === n, act.actors.length);
    assert.deepEqual(await page.$$eval('#actor-list-a option', (os) => os.map((o) => o.value)), act.actors.map((a) => a.code));
    await settled(page);
    await screenshot(page, '01-loaded');
    await close(page);
  });

  test('a dyad draws its periods: cooperation up, conflict down, as /api/dyad counts them', async () => {
    const page = await open();
    const d = await chooseTopDyad(page);
    const { data: dyad } = await api(`/api/dyad?a=${d.a}&b=${d.b}&by=month`);
    const n = dyad.periods.length;
    assert.ok(n >= 3, `the test corpus spans several months (got ${n} periods)`);
    assert.equal(await page.getAttribute('#chart', 'data-periods'), String(n));
    // the periods table holds the API's numbers
    const rows = await page.$$eval('#periods tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    assert.deepEqual(rows.map((r) => r[0]), dyad.periods.map((p) => p.period));
    assert.deepEqual(rows.map((r) => Number(r[1])), dyad.periods.map((p) => p.both.events));
    assert.deepEqual(rows.map((r) => r.slice(2, 6).map(Number)), dyad.periods.map((p) => p.both.quad));
    // and the canvas has bars where the API has events, and none where it has none
    const cols = await columnColours(page, n);
    dyad.periods.forEach((p, i) => {
      const [q1, q2, q3, q4] = p.both.quad;
      assert.equal(cols[i].coop > 0, q1 + q2 > 0, `${p.period}: cooperation bar drawn iff ${q1}+${q2} > 0`);
      assert.equal(cols[i].conflict > 0, q3 + q4 > 0, `${p.period}: conflict bar drawn iff ${q3}+${q4} > 0`);
    });
    assert.ok(cols.some((c) => c.coop > 0) && cols.some((c) => c.conflict > 0), 'both kinds of bar drawn');
    await screenshot(page, '02-dyad-chart');

    // direction A→B: the table follows the API's `ab` numbers
    await page.locator('input[name=dir][value=ab]').check();
    const ab = await page.$$eval('#periods tbody tr td:nth-child(2)', (tds) => tds.map((td) => Number(td.textContent)));
    assert.deepEqual(ab, dyad.periods.map((p) => p.ab.events));
    await close(page);
  });

  test('clicking a period lists the events /api/events gives for it', async () => {
    const page = await open();
    const d = await chooseTopDyad(page);
    const { data: dyad } = await api(`/api/dyad?a=${d.a}&b=${d.b}&by=month`);
    const n = dyad.periods.length;
    // the busiest period
    let i = 0;
    dyad.periods.forEach((p, k) => { if (p.both.events > dyad.periods[i].both.events) i = k; });
    const p = dyad.periods[i];
    const pt = await periodPoint(page, i, n);
    await page.mouse.click(pt.x, pt.y);
    await page.waitForSelector('#events:not([hidden])');
    await settled(page);
    const q = new URLSearchParams({ a: d.a, b: d.b, directed: '0', from: p.start, to: periodEnd(p.start, 'month'), page: '1', page_size: '50' });
    const { data: ev } = await api(`/api/events?${q}`);
    assert.ok(ev.total > 0, `${p.period} has events`);
    assert.equal(await page.getAttribute('#events-panel', 'data-total'), String(ev.total));
    assert.match(await page.textContent('#events-title'), new RegExp(`${p.period} \\(${ev.total}\\)`));
    const rows = await page.$$eval('#events tbody tr', (trs) => trs.map((tr) => ({
      id: tr.dataset.eventId, cells: [...tr.children].slice(0, 5).map((c) => c.textContent.trim()),
    })));
    assert.equal(rows.length, ev.events.length);
    ev.events.forEach((e, k) => {
      assert.equal(rows[k].id, String(e.event_id));
      assert.equal(rows[k].cells[0], e.date);
      assert.equal(rows[k].cells[1], e.source);
      assert.ok(rows[k].cells[2].startsWith(e.code), `row ${k}: code ${e.code}`);
      assert.equal(rows[k].cells[3], e.target);
      assert.equal(Number(rows[k].cells[4]), Number(e.goldstein.toFixed(1)));
    });
    assert.equal(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('period')), p.period);
    await screenshot(page, '03-period-events');

    // the keyboard moves along the periods: the arrow key lists the neighbouring period's events
    const j = i + 1 < n ? i + 1 : i - 1;
    await page.locator('#chart').focus();
    await page.keyboard.press(j > i ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForFunction((per) => document.querySelector('#events-title').textContent.includes(per), dyad.periods[j].period);
    await settled(page);
    const pj = dyad.periods[j];
    const qj = new URLSearchParams({ a: d.a, b: d.b, directed: '0', from: pj.start, to: periodEnd(pj.start, 'month'), page_size: '50' });
    const { data: evj } = await api(`/api/events?${qj}`);
    assert.equal(await page.getAttribute('#events-panel', 'data-total'), String(evj.total));
    assert.deepEqual(await page.$$eval('#events tbody tr', (trs) => trs.map((tr) => tr.dataset.eventId)), evj.events.map((e) => String(e.event_id)));
    await close(page);
  });

  test('opening an event highlights exactly its source, verb and target (byte offsets, non-ASCII text)', async () => {
    const page = await open();
    const d = await chooseTopDyad(page);
    // an event whose spans come after a multi-byte character in its document
    const { data: all } = await api(`/api/events?a=${d.a}&b=${d.b}&page_size=500`);
    const docs = new Map();
    let chosen = null;
    for (const e of all.events) {
      if (!docs.has(e.doc_id)) docs.set(e.doc_id, (await api(`/api/documents/${encodeURIComponent(e.doc_id)}`)).data);
      const text = docs.get(e.doc_id).text;
      const last = Math.max(e.spans.source[0], e.spans.verb[0], e.spans.target[0]);
      if (/[^\x00-\x7f]/.test(byteSlice(text, [0, last]))) { chosen = e; break; }
    }
    assert.ok(chosen, 'the test corpus has an event after non-ASCII text');
    const doc = docs.get(chosen.doc_id);
    // choose its period and click the event
    const { data: dyad } = await api(`/api/dyad?a=${d.a}&b=${d.b}&by=month`);
    const i = dyad.periods.findIndex((p) => p.period === chosen.date.slice(0, 7));
    await page.locator('.periods-box summary').click();
    await page.locator(`#periods tbody tr[data-period="${dyad.periods[i].period}"] button`).click();
    await page.waitForSelector(`#events tbody tr[data-event-id="${chosen.event_id}"]`);
    await page.locator(`#events tbody tr[data-event-id="${chosen.event_id}"] button`).click();
    await page.waitForSelector('#article-text-box mark.hl');
    await settled(page);
    // the article is the document's text, whole
    assert.equal(await page.textContent('#article-text-box'), doc.text);
    assert.equal(await page.textContent('#article-doc-title'), doc.title || doc.doc_id);
    // highlights: exactly the event's texts, which are the byte spans of the text
    const hl = await highlights(page, '#article-text-box');
    assert.deepEqual(hl, { source: chosen.source_text, verb: chosen.verb_text, target: chosen.target_text });
    for (const role of ['source', 'verb', 'target']) assert.equal(hl[role], byteSlice(doc.text, chosen.spans[role]));
    const facts = await page.textContent('#event-facts');
    assert.ok(facts.includes(chosen.code), 'facts show the code');
    assert.ok(facts.includes(chosen.pattern), 'facts show the pattern that fired');
    assert.ok(facts.includes(chosen.plover), 'facts show the PLOVER category');
    assert.ok(facts.includes(chosen.goldstein.toFixed(1)), 'facts show the Goldstein score');
    assert.equal(await page.locator('.hl-legend mark').count(), 3, 'a legend of the three colours');
    await screenshot(page, '04-article-highlights');

    // the other events of the article are listed, and each can be highlighted
    const items = page.locator('ol.doc-events li');
    assert.equal(await items.count(), doc.events.length);
    for (const other of doc.events) {
      await page.locator(`ol.doc-events li[data-event-id="${other.event_id}"] button`).click();
      assert.deepEqual(await highlights(page, '#article-text-box'),
        { source: other.source_text, verb: other.verb_text, target: other.target_text });
    }
    await close(page);
  });

  test('a hostile article is shown as text: no script runs, no element is injected', async () => {
    // the corpus holds one article with <script> and <img onerror> in its text and title
    const { data: all } = await api('/api/events?page_size=500');
    const hostile = all.events.find((e) => /<script>/.test(e.text || ''));
    assert.ok(hostile, 'the hostile article was ingested and coded');
    const { data: doc } = await api(`/api/documents/${encodeURIComponent(hostile.doc_id)}`);
    assert.ok(doc.text.includes('<script>window.__xss=1</script>') && doc.text.includes('onerror'));

    const page = await open();
    const d = await chooseTopDyad(page);
    assert.ok([d.a, d.b].sort().join() === [hostile.source.slice(0, 3), hostile.target.slice(0, 3)].sort().join(),
      'the hostile article belongs to the top dyad');
    await page.locator('.periods-box summary').click();
    await page.locator(`#periods tbody tr[data-period="${hostile.date.slice(0, 7)}"] button`).click();
    await page.locator(`#events tbody tr[data-event-id="${hostile.event_id}"] button`).click();
    await page.waitForSelector('#article-text-box mark.hl');
    await settled(page);
    assert.equal(await page.textContent('#article-text-box'), doc.text, 'the text is shown literally');
    assert.equal(await page.textContent('#article-doc-title'), doc.title);
    assert.ok((await page.textContent('#article')).includes('<script>'), 'the page shows the literal string "<script>"');
    assert.equal(await page.locator('#article script, #article img, #article b, #events script, #events img').count(), 0, 'no element made from the text');
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no injected script ran');
    // the sentence column of the event list shows it literally too
    assert.ok((await page.textContent(`#events tbody tr[data-event-id="${hostile.event_id}"]`)).includes('<script>'));
    await screenshot(page, '05-hostile-article');
    await close(page);
  });

  test('"Try it" codes pasted text: the events and tokens of POST /api/code', async () => {
    const text = 'Japan imposed export restrictions on South Korea.';
    const date = '2019-07-04';
    const { status, data: coded } = await api('/api/code', { text, date, explain: true });
    assert.equal(status, 200);
    assert.ok(coded.events.length > 0, 'the API codes the sentence');
    const page = await open();
    await page.locator('#tab-try').click();
    await page.locator('#try-text').fill(text);
    await page.locator('#try-date').fill(date);
    await page.locator('#try-run').click();
    await page.waitForSelector('#try-out h3');
    await settled(page);
    const rows = await page.$$eval('#try-events tbody tr', (trs) => trs.map((tr) => [...tr.children].slice(0, 4).map((c) => c.textContent.trim())));
    assert.equal(rows.length, coded.events.length);
    coded.events.forEach((e, k) => {
      assert.equal(rows[k][1], e.source);
      assert.ok(rows[k][2].startsWith(e.code));
      assert.equal(rows[k][3], e.target);
    });
    const first = coded.events[0];
    assert.deepEqual(await highlights(page, '#try-text-box'), { source: first.source_text, verb: first.verb_text, target: first.target_text });
    // the explain view: one tokens table per sentence, the API's tokens in order
    const sentences = coded.explain.sentences;
    assert.equal(await page.locator('table.tokens').count(), sentences.length);
    const cells = await page.locator('table.tokens').first().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 6).map((c) => c.textContent)));
    assert.deepEqual(cells, sentences[0].tokens.map((t) => [String(t.id), t.form, t.lemma, t.upos, String(t.head), t.deprel]));
    // the tree has every token once, under the root
    assert.equal(await page.locator('ul.tree').first().locator('li').count(), sentences[0].tokens.length);
    const root = sentences[0].tokens.find((t) => t.head === 0);
    assert.equal(await page.locator('ul.tree').first().locator(':scope > li > .form').textContent(), root.form);
    // actors and matched patterns
    const actorTexts = await page.locator('table.actors').first().locator('tbody tr td:first-child').allTextContents();
    assert.deepEqual(actorTexts, coded.explain.actors.filter((a) => a.sentence === 0).map((a) => a.text));
    const matched = coded.explain.patterns.filter((p) => p.matched && p.sentence === 0).length;
    assert.equal(await page.locator('ul.patterns.matched li').count(), matched);
    await screenshot(page, '06-try-it');
    await close(page);
  });

  test('the view is kept in the URL and comes back on reload', async () => {
    const page = await open();
    const d = await chooseTopDyad(page);
    await page.locator('input[name=dir][value=ab]').check();
    await settled(page);
    const { data: dyad } = await api(`/api/dyad?a=${d.a}&b=${d.b}&by=month`);
    const i = dyad.periods.findIndex((p) => p.ab.events > 0);
    const pt = await periodPoint(page, i, dyad.periods.length);
    await page.mouse.click(pt.x, pt.y);
    await page.waitForSelector('#events tbody tr button');
    await settled(page);
    await page.locator('#events tbody tr button').first().click();
    await page.waitForSelector('#article-text-box mark.hl');
    await settled(page);
    const hash = await page.evaluate(() => location.hash);
    const before = {
      title: await page.textContent('#events-title'),
      rows: await page.locator('#events tbody tr').count(),
      hl: await highlights(page, '#article-text-box'),
    };
    const q = new URLSearchParams(hash.slice(1));
    assert.equal(q.get('a'), d.a);
    assert.equal(q.get('b'), d.b);
    assert.equal(q.get('dir'), 'ab');
    assert.equal(q.get('period'), dyad.periods[i].period);
    assert.ok(q.get('doc') && q.get('event'), 'document and event in the URL');

    await page.reload();
    await page.waitForSelector('#article-text-box mark.hl');
    await settled(page);
    assert.equal(await page.evaluate(() => location.hash), hash);
    assert.equal(await page.inputValue('#actor-a'), d.a);
    assert.equal(await page.inputValue('#actor-b'), d.b);
    assert.ok(await page.locator('input[name=dir][value=ab]').isChecked());
    assert.equal(await page.textContent('#events-title'), before.title);
    assert.equal(await page.locator('#events tbody tr').count(), before.rows);
    assert.deepEqual(await highlights(page, '#article-text-box'), before.hl);
    assert.equal(await page.locator(`#events tbody tr[aria-current][data-event-id="${q.get('event')}"]`).count(), 1);
    await screenshot(page, '07-reloaded');

    // and in a new page, the same address shows the same view (a shared link)
    const other = await open(hash);
    await other.waitForSelector('#article-text-box mark.hl');
    await settled(other);
    assert.deepEqual(await highlights(other, '#article-text-box'), before.hl);
    await close(other);
    await close(page);
  });

  test('loading shows progress, and API errors are shown in the page', async () => {
    const page = await open();
    // hold the real answers back for a moment to see the indicator
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/api/dyad?*', async (route) => { await held; await route.continue(); });
    const d = await topDyad();
    await page.locator(`#quick-dyads button.chip[data-a="${d.a}"]`).first().click();
    await page.waitForFunction(() => document.querySelector('#chart-panel').getAttribute('aria-busy') === 'true'
      && document.querySelector('#progress').classList.contains('on'));
    await screenshot(page, '08-loading');
    release();
    await page.waitForSelector('#chart canvas');
    await settled(page);
    assert.equal(await page.getAttribute('#chart-panel', 'aria-busy'), 'false');
    assert.equal(await page.getAttribute('#progress', 'aria-hidden'), 'true');
    await page.unroute('**/api/dyad?*');

    // a bad date range: the API's error message appears in the chart panel
    const { status, data } = await api(`/api/dyad?a=${d.a}&b=${d.b}&by=month&from=2019-13`);
    assert.equal(status, 400, '/api/dyad refuses month 13');
    await page.locator('#from').fill('2019-13');
    await page.locator('#dyad-form button[type=submit]').click();
    await page.waitForSelector('#chart-error:not([hidden])');
    assert.ok((await page.textContent('#chart-error')).includes(data.error.message));
    await screenshot(page, '09-error');
    // the browser logs the 400 answer itself; that is the one expected console error
    page.log.errors = page.log.errors.filter((e) => !/status of 400/.test(e));
    await close(page);
  });

  test('an article ingested through POST /api/documents is shown as text too', { skip: !TOKEN && 'no DETENTE_TEST_TOKEN' }, async () => {
    const doc = {
      id: 'api-hostile <&>',
      date: '2019-09-30',
      title: '<img src=x onerror="alert(1)"> Ukraine & Russia',
      text: 'Russia criticized Ukraine on Monday. <svg onload="window.__xss=3"></svg><script>alert(document.domain)</script> “Smart quotes” & <i>tags</i> stay text.',
    };
    const body = `${JSON.stringify(doc)}\n`;
    const url = new URL('/api/documents', origin);
    const denied = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body });
    assert.equal(denied.status, 401, 'no token, no ingest');
    const res = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/x-ndjson' }, body });
    const out = await res.json();
    assert.equal(res.status, 200, JSON.stringify(out));
    assert.equal(out.stored, 1);
    const { data: stored } = await api(`/api/documents/${encodeURIComponent(doc.id)}`);
    assert.equal(stored.text, doc.text);
    assert.ok(stored.events.length > 0, 'the ingested article has an event');

    const page = await open(`#doc=${encodeURIComponent(doc.id)}`);
    await page.waitForSelector('#article-text-box mark.hl');
    await settled(page);
    assert.equal(await page.textContent('#article-text-box'), doc.text);
    assert.equal(await page.textContent('#article-doc-title'), doc.title);
    assert.equal(await page.locator('#article script, #article img, #article svg, #article i').count(), 0);
    const e = stored.events[0];
    assert.deepEqual(await highlights(page, '#article-text-box'), { source: e.source_text, verb: e.verb_text, target: e.target_text });
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    // the header counts the new document, as /api/health does
    const { data: health } = await api('/api/health');
    assert.equal(Number((await page.textContent('#h-docs b')).replace(/,/g, '')), health.documents);
    await screenshot(page, '10-ingested-article');
    await close(page);  // an alert() would have opened a dialog: close() checks there was none
  });
});
