import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { answerNoSoonerThan, type AnswerTimer } from '../../electron/sandbox/http';

/** A clock that moves only when told, and the answers waiting on it. */
function manualTimer(): AnswerTimer & { advance(ms: number): void } {
  let now = 0;
  const waiting: Array<{ at: number; run: () => void }> = [];
  return {
    now: () => now,
    after: (ms, run) => void waiting.push({ at: now + ms, run }),
    advance(ms) {
      now += ms;
      for (const item of waiting.splice(0)) {
        if (item.at <= now) item.run();
        else waiting.push(item);
      }
    },
  };
}

function fakeResponse(): { res: http.ServerResponse; sent: unknown[][]; destroy(): void } {
  const sent: unknown[][] = [];
  const state = {
    destroyed: false,
    end: (...args: unknown[]) => {
      sent.push(args);
      return state;
    },
  };
  return {
    res: state as unknown as http.ServerResponse,
    sent,
    destroy: () => void (state.destroyed = true),
  };
}

describe('the sandbox answers Zoom calls the latency after they arrived', () => {
  it('holds an answer that was ready early until the latency is up, body intact', () => {
    const timer = manualTimer();
    const { res, sent } = fakeResponse();
    answerNoSoonerThan(res, 80, timer);
    timer.advance(9); // the sandbox's own work
    res.end('{"users":[]}');
    expect(sent).toEqual([]);
    timer.advance(70);
    expect(sent).toEqual([]);
    timer.advance(1);
    expect(sent).toHaveLength(1);
    expect(String(sent[0]?.[0])).toBe('{"users":[]}');
  });

  it('makes the text bytes while it waits, every character kept', () => {
    const timer = manualTimer();
    const { res, sent } = fakeResponse();
    answerNoSoonerThan(res, 80, timer);
    res.end('{"first_name":"José 李"}');
    timer.advance(80);
    // Encoding the answer is the sandbox's own work: done inside the wait, not after it.
    expect(Buffer.isBuffer(sent[0]?.[0])).toBe(true);
    expect((sent[0]?.[0] as Buffer).toString('utf8')).toBe('{"first_name":"José 李"}');
  });

  it('sends at once an answer whose work took longer than the latency', () => {
    const timer = manualTimer();
    const { res, sent } = fakeResponse();
    answerNoSoonerThan(res, 80, timer);
    timer.advance(95);
    res.end('late');
    expect(sent.map((args) => String(args[0]))).toEqual(['late']);
  });

  it('sends nothing on a connection that closed while the answer waited', () => {
    const timer = manualTimer();
    const { res, sent, destroy } = fakeResponse();
    answerNoSoonerThan(res, 80, timer);
    res.end('never read');
    destroy();
    timer.advance(80);
    expect(sent).toEqual([]);
  });
});
