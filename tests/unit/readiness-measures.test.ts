import {
  blockerMessage,
  compareVersions,
  daysBetween,
  displayVersion,
  readinessStages,
  stageOrder,
} from '../../shared/readiness';
import { NOW, assess, daysAgo, pendingUser } from '../support/readiness-fixtures';

describe('versions, days and stage order', () => {
  it.each([
    ['5.17.11.34827(mac)', '5.17.0', 1],
    ['5.17.0', '5.17', 0],
    ['5.9.9', '5.17.0', -1],
    ['6.0.0 (24601)', '5.99.99', 1],
    ['v5.17.1', '5.17.0', 1],
    ['', '1.0', -1],
    ['garbage', 'nonsense', 0],
    ['5.17.0', 'garbage', 1],
    ['99999999999999999999.1', '99999999999999999999.2', -1],
  ])('compares %s with %s', (a, b, expected) => {
    expect(Math.sign(compareVersions(a, b))).toBe(expected);
    expect(Math.sign(compareVersions(b, a))).toBe(-expected || 0);
  });

  it('shows the version without the platform', () => {
    expect(displayVersion('5.17.11.34827(mac)')).toBe('5.17.11.34827');
    expect(displayVersion('nothing')).toBe('');
  });

  it('counts whole days between two moments', () => {
    expect(daysBetween(daysAgo(9.9), NOW)).toBe(9);
    expect(daysBetween(new Date(NOW), NOW - 86_400_000)).toBe(-1);
    expect(daysBetween('not a date', NOW)).toBeNaN();
  });

  it('orders stages from turned off to ready', () => {
    const ordered = [...readinessStages].sort((a, b) => stageOrder(a) - stageOrder(b));
    expect(ordered).toEqual(['inactive', 'invited', 'activated', 'app-signed-in', 'ready']);
  });

  it('words a count with the plural form i18next needs', () => {
    const blocker = assess({ user: pendingUser(9) }).blockers[0]!;
    expect(blockerMessage(blocker)).toEqual({
      key: 'blockers.invitation-pending.explanation',
      values: { days: 9, count: 9 },
    });
  });
});
