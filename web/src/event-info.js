// Shared views of one event: its facts (code and CAMEO name, quad, Goldstein,
// PLOVER, actors, pattern) and rows of event tables.
import cameoNames from 'virtual:cameo-names';
import { h, fmtNum, QUAD_NAMES } from './dom.js';

export function cameoName(code) {
  return cameoNames[code] || null;
}

export function eventLabel(e) {
  const name = cameoName(e.code);
  return name ? `${e.code} ${name}` : e.code;
}

function dl(pairs) {
  const list = h('dl.facts');
  for (const [k, v, cls] of pairs) {
    if (v === undefined || v === null || v === '') continue;
    list.append(h('dt', null, k), h(`dd${cls ? `.${cls}` : ''}`, null, v));
  }
  return list;
}

/** The facts of one event as a definition list. */
export function eventFacts(e) {
  const loc = e.location && e.location.name
    ? `${e.location.name}${e.location.country ? ` (${e.location.country})` : ''}` : null;
  return dl([
    ['event', eventLabel(e), 'code'],
    ['quad class', e.quad ? `${e.quad} · ${QUAD_NAMES[e.quad] || ''}` : null],
    ['Goldstein', fmtNum(e.goldstein)],
    ['PLOVER', e.plover ? `${e.plover}${e.mode ? ` (${e.mode})` : ''}` : null],
    ['source', h('span', null, h('mark.hl.hl-source', null, e.source_text || '—'), ` ${e.source}`)],
    ['verb', h('mark.hl.hl-verb', null, e.verb_text || '—')],
    ['target', h('span', null, h('mark.hl.hl-target', null, e.target_text || '—'), ` ${e.target}`)],
    ['date', e.date],
    ['location', loc],
    ['one-a-day', e.num_mentions !== undefined
      ? `${e.num_mentions} mention(s) in ${e.num_articles} article(s) from ${e.num_sources} source(s) that day` : null],
    ['pattern', e.pattern, 'pattern'],
  ]);
}

/** One <tr> of an event table; `open` is called when the event is chosen. */
export function eventRow(e, { open, selected = false, withSentence = true } = {}) {
  const name = cameoName(e.code);
  const btn = h('button.linkish', {
    type: 'button', title: name ? `${e.code}: ${name}` : e.code,
    'aria-label': `Open event ${e.code}${name ? ` ${name}` : ''}: ${e.source} to ${e.target}`,
    on: { click: () => open && open(e) },
  }, h('span.code', null, e.code), name ? ` ${name}` : '');
  const tr = h(`tr.quad-${e.quad}`, {
    dataset: { eventId: e.event_id ?? '', doc: e.doc_id ?? '' },
    'aria-current': selected ? 'true' : null,
  },
  h('td.nowrap', null, e.date || ''),
  h('td', { title: e.source_text }, e.source),
  h('td', null, btn),
  h('td', { title: e.target_text }, e.target),
  h('td.num', null, fmtNum(e.goldstein)),
  withSentence ? h('td.sentence', { title: e.text || '' }, e.text || '') : null);
  tr.addEventListener('click', (ev) => { if (ev.target === tr || ev.target.tagName === 'TD') btn.click(); });
  return tr;
}
