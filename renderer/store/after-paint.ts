/**
 * Resolves once the screen has had the chance to show what was just rendered: after the next
 * animation frame (the browser paints straight after it), or after `fallbackMs` when no frame
 * comes (a hidden window, or a test without frames). Used so that big work that follows — reading
 * the whole team — cannot hold back the first rows a person is waiting for.
 */
export function afterPaint(fallbackMs = 100): Promise<void> {
  // Without frames at all (not a browser), there is no paint to wait for.
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, fallbackMs);
    // The frame callback runs before the paint; the task after it runs once it is on screen.
    requestAnimationFrame(() => setTimeout(finish, 0));
  });
}
