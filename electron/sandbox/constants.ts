/**
 * Well-known names of the Zoom sandbox: the demo OAuth apps and the people of each scenario, so
 * tests, benchmarks and demo mode can refer to them without repeating strings.
 */

/** The public OAuth client id demo mode uses ("Use Public Client OAuth": no secret). */
export const sandboxClientId = 'readyroom-demo';

/**
 * DEMO ONLY — a Server-to-Server OAuth app that exists only inside the sandbox. These are not
 * secrets of any real Zoom app; never reuse them anywhere else.
 */
export const demoServerToServerApp = {
  clientId: 'sandbox-s2s-demo-client',
  clientSecret: 'sandbox-s2s-demo-secret-not-a-real-secret',
} as const;

/** Scenario names the sandbox can load. */
export const sandboxScenarioNames = ['nonprofit', 'edge', 'large'] as const;
export type SandboxScenarioName = (typeof sandboxScenarioNames)[number];

/** Per-second limit tiers: Zoom Pro, Zoom Business and above, or no limits. */
export const rateLimitTiers = ['pro', 'business', 'off'] as const;
export type RateLimitTier = (typeof rateLimitTiers)[number];

export interface SandboxPerson {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
}

/** The organisation every scenario's admin works for. */
export const sandboxOrganisation = {
  name: 'Riverside Food Bank',
  plan: 'Zoom One Pro',
  accountId: 'rvsdFoodBank01Acct',
  /** Licences a Zoom One Pro account of this size has bought. */
  licences: 9,
} as const;

/** The nonprofit scenario: the owner, a co-admin, a member and three pending invitees. */
export const nonprofitPeople = {
  /** Account owner (role Owner, Licensed, signed in to the Zoom app). */
  owner: { firstName: 'Maria', lastName: 'Lopez', email: 'maria.lopez@riverside.example.org' },
  /**
   * Co-admin (role Admin, Licensed): alternative host on the owner's upcoming meetings, but not
   * the owner's assistant (no scheduling privilege), so the meetings are not in her own list.
   */
  coAdmin: { firstName: 'James', lastName: 'Carter', email: 'james.carter@riverside.example.org' },
  /** Licensed member who activated but never signed in to the Zoom app. */
  member: { firstName: 'Robert', lastName: 'Chen', email: 'robert.chen@riverside.example.org' },
  /** Invited 9 days ago, still pending (the volunteer whose invitation went to spam). */
  pendingNineDays: { firstName: 'Dorothy', lastName: 'Evans', email: 'dorothy.evans@example.com' },
  /** Invited 2 days ago; her email already has a personal free Zoom account made with Google. */
  pendingTwoDays: { firstName: 'Samuel', lastName: 'Okafor', email: 'samuel.okafor@example.net' },
  /** Invited today. */
  pendingToday: { firstName: 'Priya', lastName: 'Shah', email: 'priya.shah@example.com' },
} as const satisfies Record<string, SandboxPerson>;

/** The edge scenario: the owner plus one person for each awkward case. */
export const edgePeople = {
  owner: nonprofitPeople.owner,
  /** Pending, invited 31 days ago: the invitation has expired (Zoom answers 1120). */
  expiredInvitation: {
    firstName: 'Walter',
    lastName: 'Brooks',
    email: 'walter.brooks@example.com',
  },
  /** Active but Basic (type 1) instead of Licensed. */
  basicUser: { firstName: 'Linda', lastName: 'Park', email: 'linda.park@riverside.example.org' },
  /** Active, Licensed, email not verified. */
  unverifiedUser: {
    firstName: 'Omar',
    lastName: 'Haddad',
    email: 'omar.haddad@riverside.example.org',
  },
  /** Pending in the organisation, and already owns a personal free account made with Google. */
  personalAccount: { firstName: 'Grace', lastName: 'Kim', email: 'grace.kim@example.com' },
  /** Licensed, but the Zoom app last used is older than Zoom's minimum version. */
  outdatedApp: {
    firstName: 'Frank',
    lastName: 'Miller',
    email: 'frank.miller@riverside.example.org',
  },
  /** Pending 9 days; the invitation bounced (the address has a typo). */
  bouncedAddress: { firstName: 'Teresa', lastName: 'Nunez', email: 'teresa.nunez@exmaple.com' },
  /**
   * Pending in the organisation; the invited email is the owner of a Pro plan she pays for
   * herself, alone on it (so Zoom lets her accept, and her own plan would end).
   */
  paysOwnPlan: { firstName: 'Nadia', lastName: 'Rahman', email: 'nadia.rahman@example.com' },
  /** Owns another paid account that has users: inviting him fails with 1009. */
  ownsOtherAccount: { firstName: 'Henry', lastName: 'Adams', email: 'henry.adams@example.org' },
} as const satisfies Record<string, SandboxPerson>;

/** The Zoom app version the edge scenario's outdated person last used. */
export const outdatedClientVersion = '5.10.0.2450(win)';
/** The Zoom app version `/_sandbox/app-signin` records when none is given. */
export const defaultClientVersion = '6.2.5.1234(mac)';

/** Sandbox lifetimes, in seconds of sandbox time (Zoom's values). */
export const lifetimes = {
  accessToken: 3600,
  refreshToken: 90 * 24 * 3600,
  authorizationCode: 5 * 60,
  nextPageToken: 15 * 60,
  invitation: 30 * 24 * 3600,
  signInRequest: 30 * 60,
} as const;
