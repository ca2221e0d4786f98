/** The annotation colour: a strong magenta that no mocked-up interface uses. */
export const annotationColour = '#c2185b';

/** Shared CSS for every mock-up: flat colours only, so the PNGs stay small. */
export const baseCss = `
* { box-sizing: border-box; }
html, body { margin: 0; width: 800px; height: 500px; overflow: hidden; }
body {
  font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 14px; line-height: 1.35;
  color: #1f2328; background: #dfe5ec; position: relative;
}
#frame { position: absolute; inset: 0; padding: 14px; }
/* Arabic words inside the mock-ups read right to left, each text in its own direction. */
:lang(ar) p, :lang(ar) div, :lang(ar) span, :lang(ar) li { unicode-bidi: plaintext; }
/* Korean breaks lines between words, not inside them (as Korean screens do). */
:lang(ko) { word-break: keep-all; }
.row { display: flex; align-items: center; gap: 8px; }
.col { display: flex; flex-direction: column; gap: 8px; }
.grow { flex: 1; min-width: 0; }
.muted { color: #5b6470; }
.small { font-size: 12px; }
.bold { font-weight: bold; }
.center { text-align: center; }

/* Windows, title bars, browsers */
.win { position: absolute; background: #fff; border: 1px solid #aab3bd; border-radius: 10px;
  overflow: hidden; display: flex; flex-direction: column; }
.win-body { flex: 1; position: relative; min-height: 0; }
.tb { height: 34px; display: flex; align-items: center; padding: 0 12px; background: #eceff2;
  border-bottom: 1px solid #d3d8de; font-size: 13px; gap: 8px; flex: none; }
.tb-title { flex: 1; text-align: center; font-weight: bold; color: #333; }
.tb-win { background: #f3f3f3; padding-right: 0; }
.tb-win .tb-title { text-align: left; font-weight: normal; }
.tb-linux { height: 40px; background: #ebebeb; }
.lights { display: flex; gap: 7px; }
.lights i { width: 12px; height: 12px; border-radius: 50%; display: block; }
.lights i:nth-child(1) { background: #ff5f57; }
.lights i:nth-child(2) { background: #febc2e; }
.lights i:nth-child(3) { background: #28c840; }
.wctl { display: flex; height: 100%; }
.wctl span { width: 42px; display: flex; align-items: center; justify-content: center; color: #333; font-size: 13px; }
.gclose { width: 22px; height: 22px; border-radius: 50%; background: #d7d7d7; display: flex;
  align-items: center; justify-content: center; font-size: 13px; color: #333; }
.dots { display: flex; gap: 6px; }
.dots i { width: 10px; height: 10px; border-radius: 50%; background: #c4cad1; display: block; }
.tabs { height: 36px; background: #dfe3e8; display: flex; align-items: flex-end; padding: 0 10px; gap: 8px; flex: none; }
.tab { background: #fff; border-radius: 8px 8px 0 0; padding: 8px 14px; font-size: 12px; max-width: 240px;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; display: flex; gap: 6px; align-items: center; }
.addr { height: 38px; display: flex; align-items: center; gap: 10px; padding: 0 12px; background: #fff;
  border-bottom: 1px solid #d3d8de; flex: none; }
.addr .url { flex: 1; background: #eef1f4; border-radius: 16px; padding: 6px 12px; font-size: 13px; color: #333; }
.nav { color: #7a828c; font-size: 16px; }

/* Zoom-like web pages: plain, white, blue buttons */
.zpage { position: absolute; inset: 0; background: #fff; }
.zhead { height: 48px; display: flex; align-items: center; padding: 0 18px; border-bottom: 1px solid #e3e6ea; gap: 10px; }
.zbtn { display: inline-flex; align-items: center; justify-content: center; background: #0e5ce6; color: #fff;
  font-weight: bold; border-radius: 8px; padding: 8px 16px; font-size: 14px; }
.zbtn.ghost { background: #fff; color: #1f2328; border: 1px solid #b8c0c9; font-weight: normal; }
.zbtn.wide { width: 100%; }
.field { border: 1px solid #b8c0c9; border-radius: 6px; padding: 6px 10px; color: #6b7480; background: #fff; }
.flabel { font-size: 12px; color: #3d4550; margin-bottom: -4px; }
.card { background: #fff; border: 1px solid #d5dae0; border-radius: 10px; padding: 18px; }
.h1 { font-size: 20px; font-weight: bold; }
.h2 { font-size: 16px; font-weight: bold; }
.link { color: #0e5ce6; text-decoration: underline; }

/* Mail app */
.mail { display: flex; height: 100%; }
.mail-side { width: 170px; background: #f4f6f8; border-right: 1px solid #dde2e7; padding: 10px 8px; flex: none; }
.folder { padding: 7px 10px; border-radius: 6px; display: flex; gap: 8px; align-items: center; font-size: 13px; }
.folder.sel { background: #dbe6f5; font-weight: bold; }
.folder .count { margin-left: auto; font-size: 12px; }
.mail-list { width: 230px; border-right: 1px solid #dde2e7; flex: none; }
.msg { padding: 9px 12px; border-bottom: 1px solid #edf0f3; font-size: 12px; }
.msg .from { font-weight: bold; font-size: 13px; }
.msg.unread .subj { font-weight: bold; }
.msg.sel { background: #e8f0fb; }
.mail-read { flex: 1; padding: 14px 18px; min-width: 0; }

/* Switches, notes, icons */
.switch { width: 40px; height: 22px; border-radius: 11px; background: #c3c8ce; position: relative; flex: none; }
.switch::after { content: ''; position: absolute; top: 3px; left: 3px; width: 16px; height: 16px; border-radius: 50%; background: #fff; }
.switch.on { background: #2f6fdd; }
.switch.on::after { left: 21px; }
.note { position: absolute; background: #fff3bf; border: 2px solid #e0b400; border-radius: 8px; padding: 8px 11px;
  font-size: 13px; color: #2b2100; max-width: 260px; }
svg.i { width: 16px; height: 16px; flex: none; }
.zlogo { display: inline-flex; align-items: center; gap: 8px; font-weight: bold; color: #0e5ce6; }

/* Annotations, drawn last by the annotator */
.ann-layer { position: absolute; inset: 0; pointer-events: none; }
.ann-lines { position: absolute; left: 0; top: 0; }
.ann-lines line { stroke: ${annotationColour}; stroke-width: 4; stroke-linecap: round; }
.ann-ring { position: absolute; border: 4px solid ${annotationColour}; border-radius: 10px; }
.ann-label { position: absolute; display: flex; gap: 8px; align-items: center; max-width: 280px; background: ${annotationColour};
  color: #fff; font-weight: bold; font-size: 14px; line-height: 1.3; padding: 7px 11px; border-radius: 8px; }
.ann-num, .ann-badge { display: inline-flex; align-items: center; justify-content: center; width: 26px; height: 26px;
  border-radius: 50%; background: #fff; color: ${annotationColour}; font-weight: bold; font-size: 15px; flex: none; }
.ann-badge { position: absolute; background: ${annotationColour}; color: #fff; border: 2px solid #fff; }
`;
