import {
  connectionAdvice,
  ConnectionCheck,
  roundTripLimitsMs,
  speedFigure,
  zoomBandwidth,
  type ConnectionMeasured,
} from '../../shared/connection-advice';

/** A demo-Zoom measurement with good figures, changed where a test says. */
function measured(overrides: Partial<ConnectionMeasured> = {}): ConnectionMeasured {
  return {
    status: 'measured',
    target: 'demo-zoom',
    host: '127.0.0.1:4000',
    measuredAt: '2026-12-03T10:00:00.000Z',
    roundTripMs: 40,
    downloadKbps: 20_000,
    uploadKbps: 8_000,
    notMeasured: {},
    ...overrides,
  };
}

describe('the connection advice', () => {
  it('uses Zoom’s published group-meeting and voice figures', () => {
    // library.zoom.com: group 360p video 1 Mbps up / 600 kbps down; voice 60–80 kbps.
    expect(zoomBandwidth).toEqual({
      groupVideoUploadKbps: 1_000,
      groupVideoDownloadKbps: 600,
      audioOnlyKbps: 80,
    });
    expect(roundTripLimitsMs).toEqual({ lagging: 300, tooSlow: 800 });
  });

  it('says fine when every figure is at or above what Zoom asks for video', () => {
    expect(connectionAdvice(measured())).toEqual({ advice: 'fine', shortfalls: [] });
    const atTheLine = measured({ downloadKbps: 600, uploadKbps: 1_000, roundTripMs: 300 });
    expect(connectionAdvice(atTheLine).advice).toBe('fine');
  });

  it('says turn off video when a figure is below video but above voice', () => {
    expect(connectionAdvice(measured({ downloadKbps: 599 }))).toEqual({
      advice: 'video-off',
      shortfalls: ['download-video'],
    });
    expect(connectionAdvice(measured({ uploadKbps: 999 }))).toEqual({
      advice: 'video-off',
      shortfalls: ['upload-video'],
    });
    expect(connectionAdvice(measured({ roundTripMs: 301 }))).toEqual({
      advice: 'video-off',
      shortfalls: ['round-trip-lag'],
    });
    expect(connectionAdvice(measured({ uploadKbps: 80 })).advice).toBe('video-off');
  });

  it('says join by phone when a figure is below what voice alone needs, or talk cannot keep up', () => {
    expect(connectionAdvice(measured({ uploadKbps: 79 }))).toEqual({
      advice: 'phone',
      shortfalls: ['upload-audio'],
    });
    expect(connectionAdvice(measured({ downloadKbps: 50, uploadKbps: 500 }))).toEqual({
      advice: 'phone',
      shortfalls: ['download-audio', 'upload-video'],
    });
    expect(connectionAdvice(measured({ roundTripMs: 801 })).advice).toBe('phone');
    expect(connectionAdvice(measured({ roundTripMs: 800 })).advice).toBe('video-off');
  });

  it('leaves out a figure that was not measured', () => {
    const noUpload = measured({ uploadKbps: null, notMeasured: { upload: 'no-endpoint' } });
    expect(connectionAdvice(noUpload).advice).toBe('fine');
    const slowNoUpload = measured({ downloadKbps: 300, uploadKbps: null });
    expect(connectionAdvice(slowNoUpload)).toEqual({
      advice: 'video-off',
      shortfalls: ['download-video'],
    });
  });

  it('has its own answers for no connection and for no answer', () => {
    const base = {
      target: 'zoom',
      host: 'zoom.us',
      measuredAt: '2026-12-03T10:00:00.000Z',
    } as const;
    expect(connectionAdvice({ status: 'offline', ...base })).toEqual({
      advice: 'offline',
      shortfalls: [],
    });
    expect(connectionAdvice({ status: 'no-answer', ...base }).advice).toBe('no-answer');
  });

  it('reads only well-formed answers', () => {
    expect(ConnectionCheck.safeParse(measured()).success).toBe(true);
    expect(ConnectionCheck.safeParse({ ...measured(), downloadKbps: -1 }).success).toBe(false);
    expect(ConnectionCheck.safeParse({ ...measured(), extra: 1 }).success).toBe(false);
  });

  it('shows speeds in kbps below 1 Mbps and in Mbps above, one decimal', () => {
    expect(speedFigure(350.4)).toEqual({ value: 350, unit: 'kbps' });
    expect(speedFigure(2_449)).toEqual({ value: 2.4, unit: 'Mbps' });
    expect(speedFigure(1_000)).toEqual({ value: 1, unit: 'Mbps' });
  });
});
