import { dayMs } from './clock';

const hourMs = 3600 * 1000;
import { outdatedClientVersion } from './constants';
import { addInvitee, addMeeting, addOrganisation, onTheHour } from './scenario-kit';
import { SandboxState } from './state';

const firstNames = [
  'Ana',
  'Ben',
  'Chloe',
  'David',
  'Elena',
  'Farah',
  'George',
  'Hana',
  'Ivan',
  'Julia',
  'Kofi',
  'Lena',
  'Marco',
  'Nadia',
  'Oscar',
  'Paula',
  'Quinn',
  'Rosa',
  'Sipho',
  'Tomas',
  'Uma',
  'Victor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
];
const lastNames = [
  'Anderson',
  'Baker',
  'Costa',
  'Diaz',
  'Edwards',
  'Fischer',
  'Garcia',
  'Hughes',
  'Ito',
  'Jones',
  'Khan',
  'Lee',
  'Martin',
  'Nakamura',
  'Olsen',
  'Patel',
  'Quinn',
  'Rossi',
  'Silva',
  'Taylor',
  'Usman',
  'Varga',
  'Wang',
  'Young',
  'Zhang',
];
const currentVersions = [
  '6.2.5.1234(mac)',
  '6.2.3.5678(win)',
  '6.1.10.45566(win)',
  '6.2.0.46690(mac)',
  '6.1.6.1013(linux)',
];

/**
 * A big organisation with a realistic mix of stages: mostly active and signed in, some never
 * signed in to the Zoom app, some Basic, some outdated, pending (a few expired) and inactive.
 */
export function buildLargeScenario(now: number, count: number): SandboxState {
  const state = new SandboxState('large', 3 + count);
  const random = state.random;
  const total = Math.max(1, Math.floor(count));
  const { account, owner } = addOrganisation(state, now, {
    plan: 'business',
    planName: 'Zoom One Business',
    licences: total + 50,
  });
  for (let i = 1; i < total; i += 1) {
    const firstName = random.pick(firstNames);
    const lastName = random.pick(lastNames);
    const person = {
      firstName,
      lastName,
      email: `${firstName}.${lastName}.${i}@members.example.org`.toLowerCase(),
    };
    const roll = random.next();
    const createdAt = now - random.int(1, 700) * dayMs;
    if (roll < 0.12) {
      addInvitee(state, account, owner, person, now - random.int(0, 40 * 24) * hourMs);
      continue;
    }
    const common = { ...person, accountId: account.id, createdAt };
    if (roll < 0.6) {
      state.addUser({
        ...common,
        type: 2,
        lastLoginTime: now - random.int(0, 20) * dayMs,
        lastClientVersion: random.pick(currentVersions),
      });
    } else if (roll < 0.7) {
      state.addUser({ ...common, type: 2, lastLoginTime: now - random.int(0, 30) * dayMs });
    } else if (roll < 0.78) {
      state.addUser({
        ...common,
        type: 1,
        lastLoginTime: now - random.int(0, 60) * dayMs,
        lastClientVersion: random.pick(currentVersions),
      });
    } else if (roll < 0.82) {
      state.addUser({
        ...common,
        type: 2,
        lastLoginTime: now - random.int(30, 200) * dayMs,
        lastClientVersion: outdatedClientVersion,
      });
    } else if (roll < 0.86) {
      state.addUser({ ...common, type: 2, verified: 0 });
    } else if (roll < 0.95) {
      state.addUser({
        ...common,
        type: 2,
        roleId: random.next() < 0.05 ? '1' : '2',
        lastLoginTime: now - random.int(0, 10) * dayMs,
        lastClientVersion: random.pick(currentVersions),
      });
    } else {
      state.addUser({ ...common, type: 2, status: 'inactive', lastLoginTime: createdAt + dayMs });
    }
  }
  for (let d = 1; d <= 3; d += 1) {
    addMeeting(state, owner, {
      topic: `All-hands ${d}`,
      startTime: onTheHour(now + d * 7 * dayMs),
      duration: 60,
      createdAt: now - 10 * dayMs,
    });
  }
  return state;
}
