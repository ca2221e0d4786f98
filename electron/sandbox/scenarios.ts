import { dayMs } from './clock';
import {
  edgePeople,
  nonprofitPeople,
  outdatedClientVersion,
  type SandboxScenarioName,
} from './constants';
import { buildLargeScenario } from './scenario-large';
import {
  addAccountWithOwner,
  addInvitee,
  addMeeting,
  addOrganisation,
  addPaidPersonalAccount,
  addPersonalAccount,
  onTheHour,
} from './scenario-kit';
import { SandboxState } from './state';

const hourMs = 3600 * 1000;

export interface ScenarioOptions {
  /** Sandbox time when the scenario is loaded; every "9 days ago" is relative to it. */
  readonly now: number;
  /** How many users the large scenario has (default 1,000). */
  readonly users?: number;
}

function buildNonprofit(now: number): SandboxState {
  const state = new SandboxState('nonprofit', 1);
  const { account, owner } = addOrganisation(state, now);
  const coAdmin = state.addUser({
    ...nonprofitPeople.coAdmin,
    accountId: account.id,
    type: 2,
    roleId: '1',
    createdAt: now - 200 * dayMs,
    lastLoginTime: now - 2 * dayMs,
    lastClientVersion: '6.1.10.45566(win)',
    dept: 'Volunteers',
  });
  state.addUser({
    ...nonprofitPeople.member,
    accountId: account.id,
    type: 2,
    createdAt: now - 5 * dayMs,
    lastLoginTime: now - 5 * dayMs,
    dept: 'Warehouse',
  });
  addInvitee(state, account, owner, nonprofitPeople.pendingNineDays, now - 9 * dayMs);
  addPersonalAccount(state, nonprofitPeople.pendingTwoDays, {
    createdAt: now - 380 * dayMs,
    loginTypes: [1],
    lastClientVersion: '6.0.11.39959(win)',
    now,
  });
  addInvitee(state, account, owner, nonprofitPeople.pendingTwoDays, now - 2 * dayMs);
  addInvitee(state, account, owner, nonprofitPeople.pendingToday, now - 2 * hourMs);

  const meetings = [
    { topic: 'Volunteer orientation', inDays: 2, duration: 60 },
    { topic: 'Board meeting', inDays: 6, duration: 90 },
    { topic: 'Weekly distribution planning', inDays: 9, duration: 45 },
  ];
  for (const m of meetings) {
    addMeeting(state, owner, {
      topic: m.topic,
      startTime: onTheHour(now + m.inDays * dayMs),
      duration: m.duration,
      createdAt: now - 20 * dayMs,
      alternativeHosts: [coAdmin],
    });
  }
  addMeeting(state, owner, {
    topic: 'Holiday food drive wrap-up',
    startTime: onTheHour(now - 5 * dayMs),
    duration: 60,
    createdAt: now - 30 * dayMs,
  });
  return state;
}

function buildEdge(now: number): SandboxState {
  const state = new SandboxState('edge', 2);
  // One licence more than the nonprofit's: the edge scenario's invitees hold seven of them.
  const { account, owner } = addOrganisation(state, now, { licences: 10 });
  const p = edgePeople;
  addInvitee(state, account, owner, p.expiredInvitation, now - 31 * dayMs);
  state.addUser({
    ...p.basicUser,
    accountId: account.id,
    type: 1,
    createdAt: now - 60 * dayMs,
    lastLoginTime: now - 1 * dayMs,
    lastClientVersion: '6.2.0.46690(mac)',
  });
  state.addUser({
    ...p.unverifiedUser,
    accountId: account.id,
    type: 2,
    verified: 0,
    createdAt: now - 14 * dayMs,
  });
  addPersonalAccount(state, p.personalAccount, {
    createdAt: now - 700 * dayMs,
    loginTypes: [1],
    lastClientVersion: '6.0.11.39959(mac)',
    now,
  });
  addInvitee(state, account, owner, p.personalAccount, now - 3 * dayMs);
  const ownPro = addPaidPersonalAccount(state, p.paysOwnPlan, {
    createdAt: now - 500 * dayMs,
    lastClientVersion: '6.2.0.46690(win)',
    now,
  });
  addMeeting(state, ownPro, {
    topic: 'Piano lessons',
    startTime: onTheHour(now + 4 * dayMs),
    duration: 45,
    createdAt: now - 30 * dayMs,
  });
  addInvitee(state, account, owner, p.paysOwnPlan, now - 1 * dayMs);
  state.addUser({
    ...p.outdatedApp,
    accountId: account.id,
    type: 2,
    createdAt: now - 900 * dayMs,
    lastLoginTime: now - 40 * dayMs,
    lastClientVersion: outdatedClientVersion,
  });
  state.bouncedAddresses.add(p.bouncedAddress.email);
  addInvitee(state, account, owner, p.bouncedAddress, now - 9 * dayMs);

  const other = addAccountWithOwner(
    state,
    {
      id: 'adamsTutoring01Acct',
      number: 81_765_432,
      name: 'Adams Tutoring',
      planName: 'Zoom One Pro',
      plan: 'pro',
      licences: 2,
    },
    {
      ...p.ownsOtherAccount,
      type: 2,
      createdAt: now - 800 * dayMs,
      lastLoginTime: now - 1 * dayMs,
      lastClientVersion: '6.1.0.43000(win)',
    },
  );
  state.addUser({
    firstName: 'Ivy',
    lastName: 'Adams',
    email: 'ivy.adams@example.org',
    accountId: other.account.id,
    type: 2,
    createdAt: now - 700 * dayMs,
  });

  addMeeting(state, owner, {
    topic: 'Monthly volunteer check-in',
    startTime: onTheHour(now + 3 * dayMs),
    duration: 60,
    createdAt: now - 10 * dayMs,
  });
  return state;
}

/** Builds a scenario's state from scratch (deterministic apart from the current time). */
export function buildScenario(name: SandboxScenarioName, options: ScenarioOptions): SandboxState {
  switch (name) {
    case 'nonprofit':
      return buildNonprofit(options.now);
    case 'edge':
      return buildEdge(options.now);
    case 'large':
      return buildLargeScenario(options.now, options.users ?? 1000);
  }
}
