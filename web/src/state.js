// The view's state in the URL hash (#a=KOR&b=JPN&by=month&dir=both&period=2019-07&doc=...&event=12),
// so a view can be shared and survives a reload.
const KEYS = ['view', 'a', 'b', 'by', 'from', 'to', 'dir', 'all', 'period', 'page', 'doc', 'event'];
const DEFAULTS = { view: 'dyad', by: 'month', dir: 'both', page: '1', all: '0' };

export function readHash(hash = location.hash) {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const s = { ...DEFAULTS };
  for (const k of KEYS) if (q.has(k) && q.get(k) !== '') s[k] = q.get(k);
  if (!['day', 'week', 'month', 'year'].includes(s.by)) s.by = 'month';
  if (!['both', 'ab', 'ba'].includes(s.dir)) s.dir = 'both';
  if (!['dyad', 'try'].includes(s.view)) s.view = 'dyad';
  return s;
}

export function writeHash(s) {
  const q = new URLSearchParams();
  for (const k of KEYS) {
    const v = s[k];
    if (v === undefined || v === null || v === '' || DEFAULTS[k] === String(v)) continue;
    q.set(k, String(v));
  }
  const h = q.toString();
  const url = `${location.pathname}${location.search}${h ? `#${h}` : ''}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}

/** The last day (YYYY-MM-DD) of a period that starts on `start`. */
export function periodEnd(start, by) {
  const [y, m, d] = start.split('-').map(Number);
  let e;
  if (by === 'day') e = new Date(Date.UTC(y, m - 1, d));
  else if (by === 'week') e = new Date(Date.UTC(y, m - 1, d + 6));
  else if (by === 'month') e = new Date(Date.UTC(y, m, 0));
  else e = new Date(Date.UTC(y, 11, 31));
  return e.toISOString().slice(0, 10);
}
