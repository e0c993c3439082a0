// "Try it": code pasted text with POST /api/code (explain: true) and show the
// events and the explanation: tokens, dependency tree, actors, patterns.
import { request } from './api.js';
import { h, $, clear, showError } from './dom.js';
import { eventFacts, eventRow } from './event-info.js';
import { byteIndexer, eventRanges, highlightedText, legend } from './highlight.js';

const STORE_KEY = 'detente.try';

export function initTry() {
  const form = $('#try-form');
  const text = $('#try-text');
  const date = $('#try-date');
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORE_KEY) || 'null');
    if (saved) { text.value = saved.text || ''; date.value = saved.date || ''; }
  } catch { /* ignore */ }
  if (!date.value) date.value = new Date().toISOString().slice(0, 10);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    run(text.value, date.value);
  });
  text.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); form.requestSubmit(); }
  });
}

let seq = 0;
async function run(text, date) {
  const panel = $('#try-panel');
  const out = $('#try-out');
  const my = ++seq;
  showError($('#try-error'), null);
  if (!text.trim()) { showError($('#try-error'), { message: 'Paste some text first.' }); return; }
  try { sessionStorage.setItem(STORE_KEY, JSON.stringify({ text, date })); } catch { /* ignore */ }
  $('#try-run').disabled = true;
  try {
    const r = await request('/api/code', { body: { text, date, explain: true }, panel });
    if (my !== seq) return;
    $('#try-hint').hidden = true;
    out.replaceChildren(...renderResult(text, r));
  } catch (e) {
    if (my !== seq) return;
    clear(out);
    showError($('#try-error'), e);
  } finally {
    $('#try-run').disabled = false;
  }
}

function renderResult(text, r) {
  const events = r.events || [];
  const x = r.explain || {};
  const index = byteIndexer(text);
  const textBox = h('div#try-text-box');
  const facts = h('div#try-facts');
  const rows = [];
  const show = (e) => {
    textBox.replaceChildren(highlightedText(text, e ? eventRanges(text, e, index) : [], 'article-text try-text'));
    facts.replaceChildren(e ? eventFacts(e) : '');
    rows.forEach((tr, i) => tr.toggleAttribute('aria-current', events[i] === e));
  };
  for (const e of events) rows.push(eventRow(e, { open: show }));
  const parts = [
    h('h3', null, `Events (${events.length})`),
    events.length
      ? h('div.scroll', null, h('table#try-events.grid.events', null,
        h('thead', null, h('tr', null, ...['date', 'source', 'event', 'target', 'Goldstein', 'sentence'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, rows)))
      : h('p#try-no-events.hint', null, 'No events were coded in this text. The explanation below shows why.'),
    legend(), textBox, facts,
  ];
  show(events[0] || null);
  if (x.dropped && x.dropped.length) parts.push(droppedView(x.dropped));
  if (x.notes && x.notes.length) parts.push(h('ul.notes', null, x.notes.map((n) => h('li', null, typeof n === 'string' ? n : JSON.stringify(n)))));
  for (const s of x.sentences || []) parts.push(sentenceView(s, x));
  return parts;
}

function droppedView(dropped) {
  return h('details.dropped', null,
    h('summary', null, `${dropped.length} candidate event(s) dropped`),
    h('ul', null, dropped.map((d) => h('li', null,
      `${d.code || ''} ${d.predicate ? `“${d.predicate}”` : ''}: ${d.reason || ''}${d.detail ? ` (${d.detail})` : ''}`,
      d.pattern ? h('div.pattern', null, d.pattern) : null))));
}

function sentenceView(s, x) {
  const tokens = s.tokens || [];
  const actors = (x.actors || []).filter((a) => a.sentence === s.index);
  const patterns = (x.patterns || []).filter((p) => p.sentence === s.index);
  const matched = patterns.filter((p) => p.matched);
  const tried = patterns.filter((p) => !p.matched);
  const sec = h('section.sentence-explain', { dataset: { sentence: s.index } },
    h('h3', null, `Sentence ${s.index + 1}`),
    h('p.sentence-text', null, s.text || ''));

  const tokTable = h('table.grid.tokens', { 'aria-label': `Tokens of sentence ${s.index + 1}` },
    h('thead', null, h('tr', null, ...['id', 'form', 'lemma', 'upos', 'head', 'deprel', 'actor'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, tokens.map((t) => h('tr', null,
      h('td.num', null, t.id), h('td', null, t.form), h('td', null, t.lemma), h('td', null, t.upos),
      h('td.num', null, t.head), h('td', null, t.deprel),
      h('td', null, t.actor !== undefined && t.actor >= 0 && x.actors && x.actors[t.actor]
        ? (x.actors[t.actor].codes || []).join(' ') : '')))));
  const cols = h('div.explain-cols',
    h('div', null, h('h4', null, 'Tokens'), h('div.scroll.tokens-scroll', null, tokTable)),
    h('div', null, h('h4', null, 'Dependency tree'), treeView(tokens)));
  sec.append(cols);

  sec.append(h('h4', null, `Actors (${actors.length})`));
  sec.append(actors.length
    ? h('table.grid.actors', null,
      h('thead', null, h('tr', null, ...['text', 'codes', 'kind', 'how', 'why'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, actors.map((a) => h('tr', null,
        h('td', null, a.text), h('td.code', null, (a.codes || []).join(' ')), h('td', null, a.kind || ''),
        h('td', null, a.how || ''), h('td.why', null, a.why || '')))))
    : h('p.hint', null, 'No actors found in this sentence.'));

  sec.append(h('h4', null, `Patterns: ${matched.length} matched, ${tried.length} tried without a match`));
  if (matched.length) {
    sec.append(h('ul.patterns.matched', null, matched.map((p) => h('li', null,
      h('span.badge.ok', null, 'match'), ' ', h('b', null, p.predicate), ' ', h('span.pattern', null, p.pattern)))));
  }
  if (tried.length) {
    sec.append(h('details.tried', null, h('summary', null, `Show the ${tried.length} patterns that did not match`),
      h('ul.patterns', null, tried.map((p) => h('li', null,
        h('b', null, p.predicate), ' ', h('span.pattern', null, p.pattern), h('span.muted', null, ` — ${p.why || ''}`))))));
  }
  return sec;
}

/** The dependency tree as an indented, nested list (children under their head). */
function treeView(tokens) {
  const kids = new Map();
  for (const t of tokens) {
    if (!kids.has(t.head)) kids.set(t.head, []);
    kids.get(t.head).push(t);
  }
  const seen = new Set();
  const node = (t) => {
    seen.add(t.id);
    const li = h('li', null, h('span.form', null, t.form), ' ', h('span.deprel', null, t.deprel), h('span.muted', null, ` ${t.upos}`));
    const ch = (kids.get(t.id) || []).filter((c) => !seen.has(c.id));
    if (ch.length) li.append(h('ul', null, ch.map(node)));
    return li;
  };
  const roots = kids.get(0) || [];
  const tree = h('ul.tree', { 'aria-label': 'Dependency tree' }, roots.map(node));
  const orphans = tokens.filter((t) => !seen.has(t.id));
  if (orphans.length) tree.append(...orphans.map(node));
  return tree;
}
