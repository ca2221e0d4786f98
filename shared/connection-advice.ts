import { z } from 'zod';

/**
 * The connection check before the test meeting (issue 12, part 4): what ReadyRoom measured
 * between this computer and the Zoom in use, and the plain advice drawn from it. The rules here
 * are pure; the measuring is in electron/services/checks/connection-check.ts.
 *
 * Zoom's figures, with their sources, are in docs/zoom-facts-wizard.md §2 ("Bandwidth").
 */

/** Where the figures were measured to: the demo Zoom (the sandbox) or real Zoom's servers. */
export const ConnectionTarget = z.enum(['demo-zoom', 'zoom']);
export type ConnectionTarget = z.infer<typeof ConnectionTarget>;

/** Why a figure is missing: Zoom offers nothing to measure it against, or measuring it failed. */
export const NotMeasured = z.enum(['no-endpoint', 'failed']);
export type NotMeasured = z.infer<typeof NotMeasured>;

const Kbps = z.number().int().min(0).max(10_000_000);

/** The figures measured just now from this computer; a null figure says why in `notMeasured`. */
export const ConnectionMeasured = z
  .object({
    status: z.literal('measured'),
    target: ConnectionTarget,
    /** The host the figures were measured to (shown to the person, e.g. "zoom.us"). */
    host: z.string().max(200),
    measuredAt: z.string(),
    /** The quickest of a few small round trips, in milliseconds. */
    roundTripMs: z.number().int().min(0).max(600_000),
    /** Receiving speed (Zoom to this computer), kilobits per second. */
    downloadKbps: Kbps.nullable(),
    /** Sending speed (this computer to Zoom), kilobits per second. */
    uploadKbps: Kbps.nullable(),
    notMeasured: z
      .object({ download: NotMeasured.optional(), upload: NotMeasured.optional() })
      .strict(),
  })
  .strict();
export type ConnectionMeasured = z.infer<typeof ConnectionMeasured>;

/**
 * No figures: `offline` when no connection could be made at all (this computer seems to be
 * offline), `no-answer` when a connection was made but Zoom did not answer in time.
 */
export const ConnectionUnreached = z
  .object({
    status: z.enum(['offline', 'no-answer']),
    target: ConnectionTarget,
    host: z.string().max(200),
    measuredAt: z.string(),
  })
  .strict();
export type ConnectionUnreached = z.infer<typeof ConnectionUnreached>;

export const ConnectionCheck = z.discriminatedUnion('status', [
  ConnectionMeasured,
  ConnectionUnreached,
]);
export type ConnectionCheck = z.infer<typeof ConnectionCheck>;

/**
 * Zoom's bandwidth needs, from library.zoom.com "Calculating bandwidth usage for Zoom Meetings
 * and Phone" (docs/zoom-facts-wizard.md §2). The test meeting is one-to-one, but the meetings a
 * person is invited to are group meetings, so the group figures are the ones that matter.
 */
export const zoomBandwidth = {
  /** Group meeting, high quality (360p) video: 1 Mbps up. */
  groupVideoUploadKbps: 1_000,
  /** Group meeting, high quality (360p) video: 600 kbps down. */
  groupVideoDownloadKbps: 600,
  /** Voice (VoIP) only: 60–80 kbps; the top of that range, each way. */
  audioOnlyKbps: 80,
} as const;

/**
 * Round-trip limits. Zoom's bandwidth pages publish no latency figure (not confirmed anywhere
 * we could read), so these come from ITU-T G.114, the telephone standard for delay: up to 150 ms
 * one way suits conversation, and over 400 ms one way is unacceptable for planning. Doubled
 * for a round trip.
 */
export const roundTripLimitsMs = {
  /** Over this, talk starts to lag (150 ms one way). */
  lagging: 300,
  /** Over this, conversation breaks down (400 ms one way): a phone line is steadier. */
  tooSlow: 800,
} as const;

/** The advice, from best to worst. */
export const ConnectionAdvice = z.enum(['fine', 'video-off', 'phone', 'offline', 'no-answer']);
export type ConnectionAdvice = z.infer<typeof ConnectionAdvice>;

/** Which figure led to the advice (for the "why" sentence). */
export type ConnectionShortfall =
  | 'download-video'
  | 'upload-video'
  | 'download-audio'
  | 'upload-audio'
  | 'round-trip-lag'
  | 'round-trip-slow';

export interface ConnectionVerdict {
  readonly advice: ConnectionAdvice;
  /** The figures that fell short, worst first; empty when fine or when nothing was measured. */
  readonly shortfalls: ReadonlyArray<ConnectionShortfall>;
}

/**
 * The advice for one measurement: fine; turn off your video if it freezes (below Zoom's figure
 * for video in a group meeting, or talk lags); join by phone (below Zoom's figure for voice
 * alone, or the round trip is too slow to talk). A figure that was not measured is left out of
 * the rule; the screen says it was not measured.
 */
export function connectionAdvice(check: ConnectionCheck): ConnectionVerdict {
  if (check.status !== 'measured') return { advice: check.status, shortfalls: [] };
  const phone: ConnectionShortfall[] = [];
  const video: ConnectionShortfall[] = [];
  const { downloadKbps: down, uploadKbps: up, roundTripMs: rtt } = check;
  if (down !== null) {
    if (down < zoomBandwidth.audioOnlyKbps) phone.push('download-audio');
    else if (down < zoomBandwidth.groupVideoDownloadKbps) video.push('download-video');
  }
  if (up !== null) {
    if (up < zoomBandwidth.audioOnlyKbps) phone.push('upload-audio');
    else if (up < zoomBandwidth.groupVideoUploadKbps) video.push('upload-video');
  }
  if (rtt > roundTripLimitsMs.tooSlow) phone.push('round-trip-slow');
  else if (rtt > roundTripLimitsMs.lagging) video.push('round-trip-lag');
  if (phone.length > 0) return { advice: 'phone', shortfalls: [...phone, ...video] };
  if (video.length > 0) return { advice: 'video-off', shortfalls: video };
  return { advice: 'fine', shortfalls: [] };
}

/** "2.4 Mbps" / "350 kbps" style figures: the number and its unit, for the locale strings. */
export function speedFigure(kbps: number): {
  readonly value: number;
  readonly unit: 'kbps' | 'Mbps';
} {
  if (kbps >= 1_000) return { value: Math.round(kbps / 100) / 10, unit: 'Mbps' };
  return { value: Math.round(kbps), unit: 'kbps' };
}
