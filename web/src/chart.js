// The dyad chart: per period, cooperation (quad classes 1 and 2) stacked above
// zero and conflict (3 and 4) stacked below, with the mean Goldstein score as a
// line on a second axis (-10 .. +10). Bars are drawn by uPlot on a canvas; the
// x axis is the period index, labelled with the period names.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export const COLORS = {
  q1: '#74c476', q2: '#1b7837', q3: '#f4a261', q4: '#c0392b', goldstein: '#1f3b73', selected: 'rgba(31,59,115,0.12)',
};

/** The series values for one direction ('ab', 'ba' or 'both') of a /api/dyad answer. */
export function seriesOf(dyad, dir) {
  const p = dyad.periods;
  const q = (i, k) => (p[i][dir] && p[i][dir].quad ? Number(p[i][dir].quad[k]) || 0 : 0);
  const x = p.map((_, i) => i);
  const q1 = x.map((i) => q(i, 0));
  const coop = x.map((i) => q(i, 0) + q(i, 1));
  const q3 = x.map((i) => -q(i, 2));
  const confl = x.map((i) => -(q(i, 2) + q(i, 3)));
  const gmean = x.map((i) => {
    const m = p[i][dir] ? p[i][dir].goldstein_mean : null;
    return m === null || m === undefined ? null : Number(m);
  });
  return [x, coop, q1, confl, q3, gmean];
}

export class DyadChart {
  constructor(el, { onSelect, onHover } = {}) {
    this.el = el;
    this.onSelect = onSelect;
    this.onHover = onHover;
    this.plot = null;
    this.selected = -1;
    this.labels = [];
    this.ro = new ResizeObserver(() => this.resize());
    this.ro.observe(el);
    // keyboard: left/right arrows choose the previous/next period
    el.tabIndex = 0;
    el.setAttribute('role', 'group');
    el.addEventListener('keydown', (ev) => {
      const n = this.labels.length;
      if (!n || !this.onSelect) return;
      let i = this.selected;
      if (ev.key === 'ArrowRight') i = Math.min(n - 1, i + 1);
      else if (ev.key === 'ArrowLeft') i = i < 0 ? n - 1 : Math.max(0, i - 1);
      else if (ev.key === 'Home') i = 0;
      else if (ev.key === 'End') i = n - 1;
      else return;
      ev.preventDefault();
      if (i !== this.selected) this.onSelect(i);
    });
  }

  size() {
    const w = Math.max(320, Math.floor(this.el.clientWidth));
    const h = Math.max(180, Math.min(320, Math.floor(window.innerHeight * 0.34)));
    return { width: w, height: h };
  }

  resize() {
    if (!this.plot) return;
    const s = this.size();
    if (s.width !== this.plot.width || s.height !== this.plot.height) this.plot.setSize(s);
  }

  destroy() {
    if (this.plot) this.plot.destroy();
    this.plot = null;
  }

  render(dyad, dir, selected = -1) {
    this.destroy();
    this.labels = dyad.periods.map((p) => p.period);
    this.selected = selected;
    const n = this.labels.length;
    const data = seriesOf(dyad, dir);
    const bars = uPlot.paths.bars({ size: [0.72, 48], align: 0 });
    const barSeries = (label, color) => ({
      label, fill: color, stroke: color, width: 0, paths: bars, points: { show: false }, fillTo: 0,
    });
    const self = this;
    const opts = {
      ...this.size(),
      legend: { show: false },
      padding: [12, 8, 0, 4],
      cursor: { drag: { x: false, y: false }, points: { show: false }, y: false },
      scales: {
        x: { time: false, range: () => [-0.5, Math.max(0.5, n - 0.5)] },
        y: {
          range: (u, min, max) => {
            const lo = Math.min(0, min ?? 0), hi = Math.max(0, max ?? 0);
            const pad = Math.max(1, Math.ceil((hi - lo) * 0.08));
            return [lo < 0 ? lo - pad : 0 - (hi > 0 ? 0 : 1), hi > 0 ? hi + pad : 1];
          },
        },
        g: { range: [-10, 10] },
      },
      axes: [
        {
          splits: (u) => {
            const step = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(u.bbox.width / devicePixelRatio / 72))));
            const s = [];
            for (let i = 0; i < n; i += step) s.push(i);
            return s;
          },
          values: (u, splits) => splits.map((i) => self.labels[i] ?? ''),
          grid: { show: false },
        },
        {
          label: 'events (conflict below 0)', labelSize: 18, size: 44,
          values: (u, splits) => splits.map((v) => (Number.isInteger(v) ? String(Math.abs(v)) : '')),
        },
        {
          scale: 'g', side: 1, label: 'Goldstein mean', labelSize: 18, size: 40, grid: { show: false },
          splits: () => [-10, -5, 0, 5, 10],
        },
      ],
      series: [
        { label: 'period' },
        barSeries('cooperation (verbal + material)', COLORS.q2),
        barSeries('verbal cooperation', COLORS.q1),
        barSeries('conflict (verbal + material)', COLORS.q4),
        barSeries('verbal conflict', COLORS.q3),
        {
          label: 'Goldstein mean', scale: 'g', stroke: COLORS.goldstein, width: 2, spanGaps: false,
          points: { show: true, size: 6, fill: COLORS.goldstein },
        },
      ],
      hooks: {
        drawClear: [(u) => {
          if (self.selected < 0 || self.selected >= n) return;
          const x0 = u.valToPos(self.selected - 0.5, 'x', true), x1 = u.valToPos(self.selected + 0.5, 'x', true);
          u.ctx.save();
          u.ctx.fillStyle = COLORS.selected;
          u.ctx.fillRect(x0, u.bbox.top, x1 - x0, u.bbox.height);
          u.ctx.restore();
        }],
        draw: [(u) => { // the zero line
          const y = Math.round(u.valToPos(0, 'y', true));
          u.ctx.save();
          u.ctx.strokeStyle = '#555'; u.ctx.lineWidth = 1;
          u.ctx.beginPath(); u.ctx.moveTo(u.bbox.left, y + 0.5); u.ctx.lineTo(u.bbox.left + u.bbox.width, y + 0.5); u.ctx.stroke();
          u.ctx.restore();
        }],
        setCursor: [(u) => { if (self.onHover) self.onHover(self.indexAt(u)); }],
      },
    };
    this.plot = new uPlot(opts, data, this.el);
    this.plot.over.addEventListener('click', () => {
      const i = this.indexAt(this.plot);
      if (i >= 0 && this.onSelect) this.onSelect(i);
    });
    this.el.dataset.periods = String(n);
  }

  indexAt(u) {
    if (u.cursor.left === undefined || u.cursor.left < 0) return -1;
    const v = Math.round(u.posToVal(u.cursor.left, 'x'));
    return v >= 0 && v < this.labels.length ? v : -1;
  }

  select(i) {
    this.selected = i;
    if (this.plot) this.plot.redraw(false);
  }
}
