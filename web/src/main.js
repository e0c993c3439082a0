// The detente dashboard: choose a dyad → its relations over time; a period →
// its events; an event → the article with the evidence highlighted; and a
// "Try it" view that codes pasted text and explains how.
import './style.css';
import { request } from './api.js';
import { h, $, clear, showError, fmtNum } from './dom.js';
import { DyadChart } from './chart.js';
import { readHash, writeHash, periodEnd } from './state.js';
import { byteIndexer, eventRanges, highlightedText, legend } from './highlight.js';
import { eventFacts, eventRow, eventLabel } from './event-info.js';
import { initTry } from './tryit.js';

const PAGE_SIZE = 50;
let state = readHash();
let dyad = null;        // the last /api/dyad answer
let chart = null;
let health = null;
const seq = { dyad: 0, events: 0, article: 0 }; // drop answers that arrive after a newer request

// ---------------------------------------------------------------- header
async function loadHealth() {
  const el = $('#summary');
  try {
    health = await request('/api/health', { panel: el });
    clear(el);
    const range = health.first_date ? `${health.first_date} – ${health.last_date}` : 'no dated events';
    el.append(
      h('span', { id: 'h-docs' }, h('b', null, Number(health.documents).toLocaleString('en-US')), ' documents'), ' · ',
      h('span', { id: 'h-events' }, h('b', null, Number(health.events).toLocaleString('en-US')), ' events'), ' · ',
      h('span', { id: 'h-range' }, range), ' · ',
      h('span.muted', { id: 'h-version' }, `detente ${health.version}`));
    el.dataset.documents = String(health.documents);
    el.dataset.events = String(health.events);
  } catch (e) {
    clear(el);
    el.append(h('span.error-inline', { role: 'alert' }, `Cannot load the database summary: ${e.code ? `${e.code}: ` : ''}${e.message}`));
  }
}

async function loadQuickDyads() {
  const box = $('#quick-dyads');
  try {
    const r = await request('/api/dyads', { params: { limit: 8 }, panel: box });
    clear(box);
    if (!r.dyads.length) { box.append(h('span.muted', null, 'No dyads in this database yet.')); return; }
    box.append(h('span.muted', null, 'Most frequent: '));
    for (const d of r.dyads) {
      box.append(h('button.chip', {
        type: 'button', dataset: { a: d.a, b: d.b }, title: `${d.events} events`,
        on: { click: () => chooseDyad(d.a, d.b) },
      }, `${d.a}–${d.b}`, h('span.count', null, ` ${d.events}`)));
    }
  } catch (e) {
    clear(box);
    box.append(h('span.error-inline', { role: 'alert' }, `Cannot list dyads: ${e.message}`));
  }
}

// Suggestions for the actor inputs (a <datalist> filled from /api/actors).
function actorSuggestions(input, list) {
  let timer = 0, last = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2 || q === last) return;
    timer = setTimeout(async () => {
      last = q;
      try {
        const r = await request('/api/actors', { params: { q, limit: 20 } });
        clear(list);
        for (const a of r.actors) list.append(h('option', { value: a.code }, `${a.name} (${a.events} events)`));
      } catch { /* suggestions are optional; the dyad request reports real errors */ }
    }, 200);
  });
}

// ---------------------------------------------------------------- dyad + chart
function chooseDyad(a, b) {
  $('#actor-a').value = a;
  $('#actor-b').value = b;
  $('#from').value = '';
  $('#to').value = '';
  Object.assign(state, { a, b, from: '', to: '', period: '', page: '1', doc: '', event: '' });
  loadDyad();
}

function readForm() {
  state.a = $('#actor-a').value.trim().toUpperCase();
  state.b = $('#actor-b').value.trim().toUpperCase();
  state.by = $('#by').value;
  state.from = $('#from').value.trim();
  state.to = $('#to').value.trim();
}

function fillForm() {
  $('#actor-a').value = state.a || '';
  $('#actor-b').value = state.b || '';
  $('#by').value = state.by;
  $('#from').value = state.from || '';
  $('#to').value = state.to || '';
  $('#all-events').checked = state.all === '1';
  for (const r of document.querySelectorAll('input[name=dir]')) r.checked = r.value === state.dir;
}

function setDirLabels() {
  const a = state.a || 'A', b = state.b || 'B';
  $('#dir-ab').textContent = `${a}→${b}`;
  $('#dir-ba').textContent = `${b}→${a}`;
}

async function loadDyad({ keepSelection = false } = {}) {
  const panel = $('#chart-panel');
  const my = ++seq.dyad;
  setDirLabels();
  if (!keepSelection) Object.assign(state, { period: '', page: '1' });
  writeHash(state);
  if (!state.a || !state.b) return;
  showError($('#chart-error'), null);
  try {
    const r = await request('/api/dyad', {
      params: { a: state.a, b: state.b, by: state.by, from: state.from, to: state.to, all_events: state.all === '1' ? 1 : 0 },
      panel,
    });
    if (my !== seq.dyad) return;
    dyad = r;
    $('#chart-title').textContent = `${r.a} and ${r.b} by ${r.by}`;
    $('#chart-empty').hidden = r.periods.length > 0;
    if (!r.periods.length) $('#chart-empty').textContent = 'No periods in this range.';
    drawChart();
    fillPeriodTable();
    const idx = dyad.periods.findIndex((p) => p.period === state.period);
    if (idx >= 0) await selectPeriod(idx, { page: Number(state.page) || 1, keepArticle: true });
    else clearEvents();
  } catch (e) {
    if (my !== seq.dyad) return;
    dyad = null;
    if (chart) chart.destroy();
    $('#periods tbody').replaceChildren();
    clearEvents();
    showError($('#chart-error'), e);
  }
}

function drawChart() {
  if (!dyad) return;
  const idx = dyad.periods.findIndex((p) => p.period === state.period);
  chart.render(dyad, state.dir, idx);
}

function fillPeriodTable() {
  const body = $('#periods tbody');
  clear(body);
  dyad.periods.forEach((p, i) => {
    const d = p[state.dir] || {};
    const q = d.quad || [0, 0, 0, 0];
    body.append(h('tr', { dataset: { period: p.period } },
      h('th', { scope: 'row' }, h('button.linkish', { type: 'button', on: { click: () => selectPeriod(i) } }, p.period)),
      h('td.num', null, d.events ?? 0), ...q.map((x) => h('td.num', null, x)),
      h('td.num', null, fmtNum(d.goldstein_mean, 2))));
  });
}

function hoverReadout(i) {
  const out = $('#readout');
  if (!dyad || i < 0) { out.textContent = state.period ? `selected: ${state.period}` : 'Click a period to list its events.'; return; }
  const p = dyad.periods[i], d = p[state.dir] || {};
  const q = d.quad || [0, 0, 0, 0];
  out.textContent = `${p.period}: ${d.events ?? 0} events · cooperation ${q[0]} verbal + ${q[1]} material · conflict ${q[2]} verbal + ${q[3]} material · Goldstein mean ${fmtNum(d.goldstein_mean, 2)}`;
}

// ---------------------------------------------------------------- events of a period
function clearEvents() {
  $('#events tbody').replaceChildren();
  $('#events').hidden = true;
  $('#events-hint').hidden = false;
  $('#events-title').textContent = 'Events';
  $('#page-info').textContent = '';
  $('#prev-page').disabled = true;
  $('#next-page').disabled = true;
}

function eventQuery() {
  const p = dyad.periods.find((x) => x.period === state.period);
  const from = p.start, to = periodEnd(p.start, dyad.by);
  let a = dyad.a, b = dyad.b, directed = 0;
  if (state.dir === 'ab') directed = 1;
  if (state.dir === 'ba') { a = dyad.b; b = dyad.a; directed = 1; }
  return { a, b, directed, from, to };
}

async function selectPeriod(i, { page = 1, keepArticle = false } = {}) {
  if (!dyad || !dyad.periods[i]) return;
  state.period = dyad.periods[i].period;
  state.page = String(page);
  if (!keepArticle) { state.doc = ''; state.event = ''; }
  writeHash(state);
  if (chart) chart.select(i);
  hoverReadout(-1);
  for (const tr of document.querySelectorAll('#periods tbody tr')) {
    tr.toggleAttribute('aria-current', tr.dataset.period === state.period);
  }
  await loadEvents();
  if (keepArticle && state.doc) await openArticle(state.doc, Number(state.event));
}

async function loadEvents() {
  const panel = $('#events-panel');
  const my = ++seq.events;
  const q = eventQuery();
  const page = Number(state.page) || 1;
  showError($('#events-error'), null);
  $('#events-title').textContent = `Events in ${state.period}`;
  try {
    const r = await request('/api/events', { params: { ...q, page, page_size: PAGE_SIZE }, panel });
    if (my !== seq.events) return;
    const body = $('#events tbody');
    body.replaceChildren(...r.events.map((e) => eventRow(e, {
      open: (ev) => openArticle(ev.doc_id, ev.event_id),
      selected: String(e.event_id) === state.event,
    })));
    $('#events').hidden = false;
    $('#events-hint').hidden = r.total > 0;
    if (!r.total) $('#events-hint').textContent = `No events in ${state.period}.`;
    const pages = Math.max(1, Math.ceil(r.total / r.page_size));
    $('#events-title').textContent = `Events in ${state.period} (${r.total})`;
    $('#events-panel').dataset.total = String(r.total);
    $('#page-info').textContent = `page ${r.page} of ${pages}`;
    $('#prev-page').disabled = r.page <= 1;
    $('#next-page').disabled = r.page >= pages;
  } catch (e) {
    if (my !== seq.events) return;
    showError($('#events-error'), e);
  }
}

// ---------------------------------------------------------------- article
function safeUrl(u) {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch { return null; }
}

async function openArticle(docId, eventId) {
  const panel = $('#article-panel');
  const my = ++seq.article;
  state.doc = docId;
  state.event = eventId !== undefined && eventId !== null && !Number.isNaN(eventId) ? String(eventId) : '';
  writeHash(state);
  for (const tr of document.querySelectorAll('#events tbody tr')) {
    tr.toggleAttribute('aria-current', tr.dataset.eventId === state.event);
  }
  showError($('#article-error'), null);
  try {
    const doc = await request(`/api/documents/${encodeURIComponent(docId)}`, { panel });
    if (my !== seq.article) return;
    renderArticle(doc);
  } catch (e) {
    if (my !== seq.article) return;
    showError($('#article-error'), e);
  }
}

function renderArticle(doc) {
  const box = $('#article');
  const text = doc.text || '';
  const index = byteIndexer(text);
  const events = doc.events || [];
  let current = events.find((e) => String(e.event_id) === state.event) || events[0] || null;

  const head = h('div.article-head',
    h('h3#article-doc-title', null, doc.title || doc.doc_id),
    h('p.meta', null,
      [doc.date, doc.source, `id ${doc.doc_id}`].filter(Boolean).join(' · '),
      safeUrl(doc.url) ? [' · ', h('a', { href: safeUrl(doc.url), rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null));
  const facts = h('div#event-facts');
  const textBox = h('div#article-text-box');
  const list = h('ol.doc-events', { 'aria-label': 'Events in this article' });

  const show = (e) => {
    current = e;
    state.event = e ? String(e.event_id) : '';
    writeHash(state);
    facts.replaceChildren(e ? eventFacts(e) : h('p.hint', null, 'No events were coded in this article.'));
    if (!text) {
      textBox.replaceChildren(h('p.hint', null, 'The text of this article was not stored (ingest --no-text); the evidence sentence is shown.'),
        e ? highlightedText(e.text || '', [], 'article-text') : '');
    } else {
      textBox.replaceChildren(highlightedText(text, e ? eventRanges(text, e, index) : []));
    }
    for (const li of list.children) {
      const on = e && li.dataset.eventId === String(e.event_id);
      li.classList.toggle('current', !!on);
      li.querySelector('button').setAttribute('aria-pressed', on ? 'true' : 'false');
    }
    const first = textBox.querySelector('mark');
    if (first) first.scrollIntoView({ block: 'nearest' });
    for (const tr of document.querySelectorAll('#events tbody tr')) {
      tr.toggleAttribute('aria-current', tr.dataset.eventId === state.event);
    }
  };
  for (const e of events) {
    list.append(h('li', { dataset: { eventId: e.event_id } },
      h('button.linkish', { type: 'button', 'aria-pressed': 'false', on: { click: () => show(e) } },
        `${e.source} → ${e.target}: ${eventLabel(e)}`),
      h('span.muted', null, ` “${e.source_text}” / “${e.verb_text}” / “${e.target_text}”`)));
  }
  box.replaceChildren(head, facts, legend(), textBox,
    h('h4', null, `Events in this article (${events.length})`), list);
  box.hidden = false;
  $('#article-hint').hidden = true;
  show(current);
}

// ---------------------------------------------------------------- tabs
function showView(view) {
  state.view = view;
  writeHash(state);
  for (const [v, tab, panel] of [['dyad', '#tab-dyad', '#view-dyad'], ['try', '#tab-try', '#view-try']]) {
    $(tab).setAttribute('aria-selected', v === view ? 'true' : 'false');
    $(tab).tabIndex = v === view ? 0 : -1;
    $(panel).hidden = v !== view;
  }
  if (view === 'dyad' && chart) chart.resize();
}

function initTabs() {
  const tabs = [$('#tab-dyad'), $('#tab-try')];
  tabs.forEach((t, i) => {
    t.addEventListener('click', () => showView(i === 0 ? 'dyad' : 'try'));
    t.addEventListener('keydown', (ev) => {
      if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
      const next = tabs[(i + 1) % 2];
      next.focus();
      next.click();
    });
  });
}

// ---------------------------------------------------------------- start
function init() {
  // controls that are only useful once the script runs
  $('#dir').append(h('label.all', { title: 'Count every stored event instead of one per day, source, target and code' },
    h('input#all-events', { type: 'checkbox' }), ' every event'));
  $('#chart').after(h('p#readout.readout', { 'aria-live': 'polite' }, 'Click a period to list its events.'));

  chart = new DyadChart($('#chart'), { onSelect: (i) => selectPeriod(i), onHover: hoverReadout });
  $('#dyad-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    readForm();
    Object.assign(state, { doc: '', event: '' });
    loadDyad();
  });
  $('#by').addEventListener('change', () => { readForm(); if (state.a && state.b) loadDyad(); });
  $('#all-events').addEventListener('change', (ev) => { state.all = ev.target.checked ? '1' : '0'; if (state.a && state.b) loadDyad({ keepSelection: true }); });
  for (const r of document.querySelectorAll('input[name=dir]')) {
    r.addEventListener('change', () => {
      state.dir = r.value;
      writeHash(state);
      if (!dyad) return;
      drawChart();
      fillPeriodTable();
      if (state.period) loadEvents();
    });
  }
  $('#prev-page').addEventListener('click', () => { state.page = String(Math.max(1, Number(state.page) - 1)); writeHash(state); loadEvents(); });
  $('#next-page').addEventListener('click', () => { state.page = String(Number(state.page) + 1); writeHash(state); loadEvents(); });
  actorSuggestions($('#actor-a'), $('#actor-list-a'));
  actorSuggestions($('#actor-b'), $('#actor-list-b'));
  initTabs();
  initTry();

  fillForm();
  showView(state.view);
  loadHealth();
  loadQuickDyads();
  if (state.a && state.b) loadDyad({ keepSelection: true });
  else if (state.doc) openArticle(state.doc, Number(state.event));
  window.addEventListener('hashchange', () => {
    const s = readHash();
    const reload = ['a', 'b', 'by', 'from', 'to', 'all', 'period', 'page', 'doc', 'event'].some((k) => (s[k] || '') !== (state[k] || ''));
    state = s;
    fillForm();
    showView(state.view);
    if (reload && state.a && state.b) loadDyad({ keepSelection: true });
  });
}

init();
