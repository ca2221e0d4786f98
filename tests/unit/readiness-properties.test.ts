import fc from 'fast-check';
import {
  Readiness,
  assessReadiness,
  blockerCodes,
  fixCodes,
  readinessStages,
  stageOrder,
  type ReadinessContext,
  type ReadinessInput,
} from '../../shared/readiness';
import type { ZoomUser } from '../../shared/zoom';
import { ACCOUNT, CO_ADMIN_EMAIL, NOW, OWNER, daysAgo } from '../support/readiness-fixtures';

/** Anything at all, or a value of the right kind: Zoom's answers and callers can both surprise. */
function orGarbage<T>(value: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: value }, { weight: 1, arbitrary: fc.anything() });
}

const isoDate = fc
  .integer({ min: NOW - 400 * 86_400_000, max: NOW + 5 * 86_400_000 })
  .map((ms) => new Date(ms).toISOString());
const versionText = fc.oneof(
  fc.constantFrom('', ' ', '5.17.11.34827(mac)', '5.12.0 (12345)', '6.0.0', 'unknown', '5..', '.5'),
  fc.string(),
  fc.array(fc.nat(99_999), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.')),
);
const email = fc.constantFrom(
  'ana@riverside.example',
  CO_ADMIN_EMAIL,
  OWNER.email,
  'JOE@riverside.example',
  '',
);

/** Every shape of user record, including missing fields and values of the wrong type. */
const anyUser = fc.record(
  {
    id: orGarbage(fc.constantFrom('u1', '')),
    email: orGarbage(email),
    type: orGarbage(fc.constantFrom(1, 2, 3, 4, 99, 0, 5)),
    status: orGarbage(fc.constantFrom('active', 'inactive', 'pending', 'Active', '')),
    verified: orGarbage(fc.constantFrom(0, 1)),
    created_at: orGarbage(fc.oneof(isoDate, fc.string())),
    user_created_at: orGarbage(isoDate),
    last_client_version: orGarbage(versionText),
    account_id: orGarbage(fc.constantFrom(ACCOUNT, 'personal1', '')),
  },
  { requiredKeys: [] },
);

const meetings = fc.array(
  fc.record({
    id: fc.constant('1'),
    alternativeHosts: orGarbage(fc.array(email, { maxLength: 3 })),
  }),
  { maxLength: 4 },
);

const anyInput = fc.record(
  {
    user: orGarbage(anyUser),
    role: orGarbage(fc.constantFrom('member', 'alternative-host', 'co-admin', 'owner')),
    emailBounced: orGarbage(fc.boolean()),
    hosting: orGarbage(
      fc.record(
        {
          host: orGarbage(
            fc.record({ email: orGarbage(email), name: fc.constantFrom('Maria', '') }),
          ),
          upcomingMeetings: orGarbage(meetings),
          assistants: orGarbage(fc.array(fc.record({ email: orGarbage(email) }), { maxLength: 2 })),
        },
        { requiredKeys: [] },
      ),
    ),
    schedulers: orGarbage(fc.array(fc.record({ email: orGarbage(email) }), { maxLength: 2 })),
  },
  { requiredKeys: ['user'] },
) as fc.Arbitrary<unknown> as fc.Arbitrary<ReadinessInput>;

const anyContext = fc.record(
  {
    now: fc.oneof(fc.constant(NOW), fc.date(), fc.integer(), fc.double()),
    accountId: fc.option(fc.constantFrom(ACCOUNT, '', 'other'), { nil: undefined }),
    minimumAppVersion: versionText,
    invitationExpiryDays: fc.option(fc.oneof(fc.constant(30), fc.double(), fc.integer()), {
      nil: undefined,
    }),
    invitationSentAt: fc.option(fc.oneof(isoDate, fc.string(), fc.date(), fc.double()), {
      nil: undefined,
    }),
    viewer: fc.option(fc.constantFrom('admin' as const, 'invitee' as const), { nil: undefined }),
  },
  { requiredKeys: ['now', 'minimumAppVersion'] },
) as fc.Arbitrary<unknown> as fc.Arbitrary<ReadinessContext>;

describe('readiness for every possible record', () => {
  it('gives exactly one known stage and only known blockers and fixes, and never throws', () => {
    fc.assert(
      fc.property(anyInput, anyContext, (input, context) => {
        const result = assessReadiness(input, context);
        expect(readinessStages).toContain(result.stage);
        for (const blocker of result.blockers) {
          expect(blockerCodes).toContain(blocker.code);
          expect(fixCodes).toContain(blocker.fix);
        }
        // The result is what the API contract may carry (finite numbers, known codes, no extras).
        expect(Readiness.safeParse(result).success).toBe(true);
        const seen = new Set(result.blockers.map((b) => b.code));
        expect(seen.size).toBe(result.blockers.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('is Ready exactly when nothing blocks, so every stuck person shows why', () => {
    fc.assert(
      fc.property(anyInput, anyContext, (input, context) => {
        const result = assessReadiness(input, context);
        const blocking = result.blockers.some((b) => b.severity === 'blocking');
        expect(result.stage === 'ready').toBe(!blocking);
      }),
      { numRuns: 2000 },
    );
  });

  it('lists blockers in the order a person should fix them', () => {
    fc.assert(
      fc.property(anyInput, anyContext, (input, context) => {
        const order = assessReadiness(input, context).blockers.map((b) =>
          blockerCodes.indexOf(b.code),
        );
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
      { numRuns: 1000 },
    );
  });
});

/** A well-formed active or pending person, as Zoom would describe them. */
const validUser: fc.Arbitrary<ZoomUser> = fc.record({
  id: fc.constant('u1'),
  email: fc.constant(CO_ADMIN_EMAIL),
  type: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 99 as const),
  status: fc.constantFrom('active' as const, 'pending' as const),
  verified: fc.constantFrom(0 as const, 1 as const),
  created_at: isoDate,
  last_client_version: fc.constantFrom('', '5.17.11.34827(mac)', '6.1.0', '5.1.0'),
  account_id: fc.constant(ACCOUNT),
});

// Each adds one problem that must block a person, whatever else is true of them.
const problems: ReadonlyArray<[string, (input: ReadinessInput) => ReadinessInput]> = [
  ['deactivated', (i) => ({ ...i, user: { ...i.user, status: 'inactive' } })],
  ['Basic', (i) => ({ ...i, user: { ...i.user, type: 1 } })],
  ['no licence', (i) => ({ ...i, user: { ...i.user, type: 99 } })],
  ['unverified', (i) => ({ ...i, user: { ...i.user, verified: 0 } })],
  ['never signed in', (i) => ({ ...i, user: { ...i.user, last_client_version: '' } })],
  // An older app, not a first sign-in: a person who never signed in stays that way.
  [
    'old app',
    (i) => ({
      ...i,
      user: { ...i.user, last_client_version: i.user.last_client_version ? '1.0.0' : '' },
    }),
  ],
  ['wrong account', (i) => ({ ...i, user: { ...i.user, account_id: 'personal1' } })],
  [
    'invitation expired',
    (i) => ({
      ...i,
      user: { ...i.user, status: 'pending', id: undefined, created_at: daysAgo(45) },
    }),
  ],
  [
    'bounced invitation',
    (i) => ({ ...i, emailBounced: i.user.status === 'pending' ? true : i.emailBounced }),
  ],
  [
    'no scheduling privilege',
    (i) => ({
      ...i,
      role: 'co-admin',
      hosting: {
        host: OWNER,
        upcomingMeetings: [{ id: '1', alternativeHosts: [CO_ADMIN_EMAIL] }],
        assistants: [],
      },
      schedulers: [],
    }),
  ],
];

describe('adding a problem', () => {
  it('never makes a person more ready, and a blocking problem never leaves them Ready', () => {
    fc.assert(
      fc.property(
        validUser,
        fc.boolean(),
        fc.constantFrom(...problems),
        (user, bounced, [name, add]) => {
          const before = assessReadiness(
            { user, emailBounced: bounced },
            { now: NOW, accountId: ACCOUNT, minimumAppVersion: '5.17.0' },
          );
          const input = add({ user, emailBounced: bounced });
          const after = assessReadiness(input, {
            now: NOW,
            accountId: ACCOUNT,
            minimumAppVersion: '5.17.0',
          });
          expect(stageOrder(after.stage), name).toBeLessThanOrEqual(stageOrder(before.stage));
          const blockingBefore = before.blockers.filter((b) => b.severity === 'blocking').length;
          const blockingAfter = after.blockers.filter((b) => b.severity === 'blocking').length;
          if (name !== 'bounced invitation' || user.status === 'pending') {
            expect(after.stage, name).not.toBe('ready');
          }
          // Either the person moved back a stage, or the new problem is listed.
          expect(
            stageOrder(after.stage) < stageOrder(before.stage) || blockingAfter >= blockingBefore,
            name,
          ).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never lets a later stage hide a fix that a person at an earlier stage would see', () => {
    fc.assert(
      fc.property(validUser, (user) => {
        const signedIn = assessReadiness(
          { user: { ...user, status: 'active' } },
          { now: NOW, minimumAppVersion: '5.17.0' },
        );
        const notSignedIn = assessReadiness(
          { user: { ...user, status: 'active', last_client_version: '' } },
          { now: NOW, minimumAppVersion: '5.17.0' },
        );
        expect(stageOrder(notSignedIn.stage)).toBeLessThanOrEqual(stageOrder(signedIn.stage));
        const remaining = signedIn.blockers
          .filter((b) => b.code !== 'app-too-old')
          .map((b) => b.code);
        for (const code of remaining)
          expect(notSignedIn.blockers.map((b) => b.code)).toContain(code);
      }),
      { numRuns: 500 },
    );
  });
});
