/**
 * Runs inside the page after layout. Kept as plain JavaScript text (not a TypeScript function
 * passed to page.evaluate) so no transpiler helper can leak into the browser.
 * For every [data-mark] element it draws a thick outline, a numbered badge and, when the element
 * has data-note, a label placed on data-side (moved by data-shift "dx,dy"), kept inside the
 * picture, joined by a line.
 */
export const annotatorScript = String.raw`
(() => {
  const W = document.documentElement.clientWidth;
  const H = document.documentElement.clientHeight;
  const pad = 5, gap = 26, edge = 6;
  const layer = document.createElement('div');
  layer.className = 'ann-layer';
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', W);
  svg.setAttribute('height', H);
  svg.setAttribute('class', 'ann-lines');
  layer.appendChild(svg);
  document.body.appendChild(layer);
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  const nearest = (px, py, r) => [clamp(px, r.x, r.x + r.w), clamp(py, r.y, r.y + r.h)];
  for (const el of document.querySelectorAll('[data-mark]')) {
    const b = el.getBoundingClientRect();
    const box = { x: b.left - pad, y: b.top - pad, w: b.width + 2 * pad, h: b.height + 2 * pad };
    const ring = document.createElement('div');
    ring.className = 'ann-ring';
    Object.assign(ring.style, { left: box.x + 'px', top: box.y + 'px', width: box.w + 'px', height: box.h + 'px' });
    layer.appendChild(ring);
    const n = el.getAttribute('data-mark');
    const note = el.getAttribute('data-note');
    if (note) {
      const label = document.createElement('div');
      label.className = 'ann-label';
      // A note in Arabic reads right to left (number first, on the right); others left to right.
      label.dir = 'auto';
      if (n && n !== '0') {
        const num = document.createElement('span');
        num.className = 'ann-num';
        num.textContent = n;
        label.appendChild(num);
      }
      const text = document.createElement('span');
      text.textContent = note;
      label.appendChild(text);
      layer.appendChild(label);
      const lw = label.offsetWidth, lh = label.offsetHeight;
      const cx = box.x + box.w / 2, cy = box.y + box.h / 2;
      const side = el.getAttribute('data-side') || 'right';
      let x = side === 'right' ? box.x + box.w + gap : side === 'left' ? box.x - gap - lw : cx - lw / 2;
      let y = side === 'top' ? box.y - gap - lh : side === 'bottom' ? box.y + box.h + gap : cy - lh / 2;
      const shift = (el.getAttribute('data-shift') || '0,0').split(',').map(Number);
      x += shift[0] || 0;
      y += shift[1] || 0;
      x = clamp(x, edge, W - lw - edge);
      y = clamp(y, edge, H - lh - edge);
      Object.assign(label.style, { left: x + 'px', top: y + 'px' });
      const lr = { x, y, w: lw, h: lh };
      const [ax, ay] = nearest(cx, cy, lr);
      const [bx, by] = nearest(ax, ay, box);
      const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      line.setAttribute('x1', ax); line.setAttribute('y1', ay);
      line.setAttribute('x2', bx); line.setAttribute('y2', by);
      svg.appendChild(line);
    } else if (n && n !== '0') {
      const badge = document.createElement('div');
      badge.className = 'ann-badge';
      badge.textContent = n;
      Object.assign(badge.style, { left: box.x - 15 + 'px', top: box.y - 15 + 'px' });
      layer.appendChild(badge);
    }
  }
  document.body.setAttribute('data-annotated', 'yes');
})();
`;
