// The detente serve API, with a loading indicator for every request and
// errors turned into exceptions that carry the API's code and message.

const bar = () => document.getElementById('progress');
let inflight = 0;

function busy(delta, panel) {
  inflight += delta;
  const p = bar();
  if (p) {
    p.classList.toggle('on', inflight > 0);
    p.setAttribute('aria-hidden', inflight > 0 ? 'false' : 'true');
    p.setAttribute('aria-busy', inflight > 0 ? 'true' : 'false');
  }
  document.body.setAttribute('aria-busy', inflight > 0 ? 'true' : 'false');
  if (panel) {
    const n = Number(panel.dataset.loading || 0) + delta;
    panel.dataset.loading = String(n);
    panel.setAttribute('aria-busy', n > 0 ? 'true' : 'false');
  }
}

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * request('/api/dyad', {params, body, panel, signal}) → the JSON answer.
 * `panel` (an element) gets aria-busy while the request runs.
 */
export async function request(path, { params, body, panel, signal } = {}) {
  let url = path;
  if (params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
    }
    const s = q.toString();
    if (s) url += `?${s}`;
  }
  const init = { headers: { Accept: 'application/json' }, signal };
  if (body !== undefined) {
    init.method = 'POST';
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  busy(+1, panel);
  try {
    let res;
    try {
      res = await fetch(url, init);
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new ApiError(0, 'network', `cannot reach the server (${e.message})`);
    }
    let data = null;
    const text = await res.text();
    try { data = text ? JSON.parse(text) : null; } catch {
      throw new ApiError(res.status, `HTTP ${res.status}`, `${url}: the answer is not JSON`);
    }
    if (!res.ok || (data && data.error)) {
      const e = (data && data.error) || {};
      throw new ApiError(e.status || res.status, e.code || `HTTP ${res.status}`, e.message || res.statusText);
    }
    return data;
  } finally {
    busy(-1, panel);
  }
}
