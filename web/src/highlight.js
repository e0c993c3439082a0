// Article text with an event's source, verb and target highlighted.
// The API gives spans as UTF-8 byte offsets into the text; JavaScript strings
// index UTF-16 code units, so offsets are converted with TextEncoder /
// TextDecoder before slicing. Everything is built from text nodes.
import { h } from './dom.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Returns a function mapping a UTF-8 byte offset of `text` to a string index. */
export function byteIndexer(text) {
  const bytes = enc.encode(text);
  const cache = new Map();
  return (b) => {
    const off = Math.max(0, Math.min(Number(b) || 0, bytes.length));
    if (!cache.has(off)) cache.set(off, dec.decode(bytes.subarray(0, off)).length);
    return cache.get(off);
  };
}

export const ROLES = ['source', 'verb', 'target'];

/** The [begin, end) string ranges of an event's spans in `text` (byte offsets converted). */
export function eventRanges(text, event, index = byteIndexer(text)) {
  const out = [];
  const spans = (event && event.spans) || {};
  for (const role of ROLES) {
    const s = spans[role];
    if (!Array.isArray(s) || s.length !== 2 || s[1] <= s[0]) continue;
    out.push({ role, begin: index(s[0]), end: index(s[1]) });
  }
  return out;
}

/**
 * A <div> with `text` split at the ranges' boundaries; each piece covered by
 * a range is a <mark> with data-roles ("source", "verb target", ...).
 */
export function highlightedText(text, ranges, className = 'article-text') {
  const cuts = new Set([0, text.length]);
  for (const r of ranges) { cuts.add(r.begin); cuts.add(r.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const box = h(`div.${className}`);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const roles = ROLES.filter((role) => ranges.some((r) => r.role === role && r.begin <= a && b <= r.end));
    if (!roles.length) { box.append(document.createTextNode(piece)); continue; }
    box.append(h(`mark.hl.hl-${roles[0]}`, {
      dataset: { roles: roles.join(' ') },
      title: roles.join(' + '),
    }, piece));
  }
  return box;
}

export function legend() {
  return h('p.legend.hl-legend', { 'aria-label': 'Highlight colours' },
    h('mark.hl.hl-source', null, 'source'), ' ',
    h('mark.hl.hl-verb', null, 'verb'), ' ',
    h('mark.hl.hl-target', null, 'target'));
}
