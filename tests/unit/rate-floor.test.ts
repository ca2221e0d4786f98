import { describe, expect, it } from 'vitest';
import {
  leastChainedTimeMs,
  leastTimeMs,
  zoomPlanRateLimits,
} from '../../electron/services/zoom/rate-limiter';

const pro = zoomPlanRateLimits.pro;

describe('leastTimeMs (the bench floor)', () => {
  it('lets the first second’s burst go at once', () => {
    expect(leastTimeMs({ light: 30 }, pro, 80)).toBe(80);
    expect(leastTimeMs({ medium: 20 }, pro, 80)).toBe(80);
  });

  it('waits one second for each further group of the per-second limit', () => {
    expect(leastTimeMs({ light: 31 }, pro, 80)).toBe(1080);
    expect(leastTimeMs({ light: 60 }, pro, 80)).toBe(1080);
    expect(leastTimeMs({ light: 61 }, pro, 80)).toBe(2080);
  });

  it('is decided by the slowest category, since categories run side by side', () => {
    // 1,000 light calls: last starts at 33 s; 10 medium calls fit in the burst.
    expect(leastTimeMs({ light: 1000, medium: 10 }, pro, 80)).toBe(33_080);
    expect(leastTimeMs({ light: 10, medium: 41 }, pro, 80)).toBe(2080);
  });

  it('is below the old rate-only estimate when the burst covers the calls', () => {
    // 10 medium calls: the old estimate said 10 / 20 s + 80 ms = 580 ms; the burst allows 80 ms.
    expect(leastTimeMs({ medium: 10 }, pro, 80)).toBeLessThan((10 / 20) * 1000 + 80);
  });

  it('takes no time when nothing is called', () => {
    expect(leastTimeMs({}, pro, 80)).toBe(0);
    expect(leastTimeMs({ light: 0 }, zoomPlanRateLimits.business, 80)).toBe(0);
  });
});

describe('leastChainedTimeMs (pages that follow one another)', () => {
  it('is held up by the longest list, whose pages come one after another', () => {
    // 10,000 people in pages of 2000: 5 active pages in a row, 1 pending, 1 inactive.
    expect(leastChainedTimeMs({ medium: 7 }, pro, 80, 5)).toBe(400);
    expect(leastTimeMs({ medium: 7 }, pro, 80)).toBe(80);
  });

  it('is the rate floor when the rate holds things up more than any chain', () => {
    expect(leastChainedTimeMs({ medium: 41 }, pro, 80, 1)).toBe(2080);
    expect(leastChainedTimeMs({ light: 61 }, pro, 80, 3)).toBe(2080);
  });

  it('takes no time when nothing is called', () => {
    expect(leastChainedTimeMs({}, pro, 80, 0)).toBe(0);
  });
});
