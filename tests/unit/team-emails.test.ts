import fc from 'fast-check';
import {
  emailProblemOf,
  isValidEmail,
  MAX_PASTED_EMAILS,
  normaliseEmail,
  parseEmailList,
} from '../../shared/team-emails';
import type { EmailProblem } from '../../shared/team-schemas';

const emails = (text: string, inTeam?: (e: string) => boolean) =>
  parseEmailList(text, inTeam).addresses.map((p) => [p.email, p.problem]);

describe('reading pasted email addresses', () => {
  it('accepts any separators: commas, semicolons, spaces, tabs and new lines', () => {
    expect(emails('a@x.org, b@x.org;c@x.org d@x.org\te@x.org\r\nf@x.org\n\n')).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => [`${n}@x.org`, null]),
    );
  });

  it('reads "Name <address>" as mail programs copy it, and keeps the name', () => {
    expect(
      parseEmailList('"Dorothy Evans" <Dorothy.Evans@Example.com>,\nSam <sam@example.net>')
        .addresses,
    ).toEqual([
      {
        input: '"Dorothy Evans" <Dorothy.Evans@Example.com>',
        email: 'dorothy.evans@example.com',
        firstName: 'Dorothy',
        lastName: 'Evans',
        line: 1,
        problem: null,
      },
      {
        input: 'Sam <sam@example.net>',
        email: 'sam@example.net',
        firstName: 'Sam',
        line: 2,
        problem: null,
      },
    ]);
  });

  it('drops what comes along when copying from text: mailto:, quotes and a full stop', () => {
    expect(emails('mailto:a@x.org "b@x.org" (c@x.org). d@x.org.')).toEqual([
      ['a@x.org', null],
      ['b@x.org', null],
      ['c@x.org', null],
      ['d@x.org', null],
    ]);
  });

  it('gives each refused address its own reason, not one "not an address" for all', () => {
    const cases: ReadonlyArray<readonly [string, EmailProblem]> = [
      ['jane.example.org', 'no-at'],
      ['jane doe', 'no-at'],
      ['two@@x.org', 'two-at'],
      ['a@b@x.org', 'two-at'],
      ['Jane <jane doe@x.org>', 'space'],
      ['jane@', 'no-domain'],
      ['@x.org', 'no-name'],
      ['jane@example', 'no-dot-in-domain'],
      ['jane@example.org..', 'dot-at-end'],
      ['<jane@example.org.>.', 'dot-at-end'],
      ['jane..doe@x.org', 'dots'],
      ['jane.@x.org', 'dots'],
      ['jane@.x.org', 'dots'],
      ['jané@x.org', 'bad-character'],
      ['jane@ex_ample.org', 'bad-character'],
      ['jane@-x.org', 'bad-domain'],
      ['jane@x.c', 'bad-domain'],
      [`${'a'.repeat(65)}@x.org`, 'too-long'],
      [`a@${['b', 'c', 'd', 'e'].map((l) => l.repeat(63)).join('.')}.org`, 'too-long'],
    ];
    for (const [input, problem] of cases) expect(emails(input)[0]?.[1], input).toBe(problem);
    expect(new Set(cases.map(([, p]) => p)).size).toBe(11);
  });

  it('says which line the first copy of a repeated address is on', () => {
    const { addresses } = parseEmailList(
      'ok@x.org\nMember@Riverside.org\n\nbad@\nOK@x.org, ok@x.org',
      (e) => e.startsWith('member@'),
    );
    expect(addresses.map((p) => [p.input, p.line, p.problem, p.firstLine])).toEqual([
      ['ok@x.org', 1, null, undefined],
      ['Member@Riverside.org', 2, 'in-team', undefined],
      ['bad@', 4, 'no-domain', undefined],
      ['OK@x.org', 5, 'duplicate', 1],
      ['ok@x.org', 5, 'duplicate', 1],
    ]);
  });

  it('counts all 5,000 addresses of a long paste, not only the first 1,000', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `p${i}@x.org`).join('\n');
    const { addresses, notRead } = parseEmailList(many);
    expect(addresses).toHaveLength(5000);
    expect(addresses.every((p) => p.problem === null)).toBe(true);
    expect(addresses[4999]).toMatchObject({ email: 'p4999@x.org', line: 5000 });
    expect(notRead).toBe(0);
  });

  it('reads up to its limit and counts, without dropping a word, what is past it', () => {
    const many = Array.from({ length: MAX_PASTED_EMAILS + 37 }, (_, i) => `p${i}@x.org`);
    const { addresses, notRead, firstUnreadLine } = parseEmailList(many.join('\n'));
    expect(addresses).toHaveLength(MAX_PASTED_EMAILS);
    expect(notRead).toBe(37);
    expect(firstUnreadLine).toBe(MAX_PASTED_EMAILS + 1);
    expect(parseEmailList('a@x.org').firstUnreadLine).toBeNull();
  });

  it('knows an address from things that look like one', () => {
    for (const good of [
      'a@b.co',
      'first.last+tag@sub.example.org',
      "o'neil@example.ie",
      'x@xn--bcher-kva.de',
    ])
      expect(isValidEmail(good), good).toBe(true);
    for (const bad of [
      'a@b',
      'a@.org',
      '.a@b.org',
      'a..b@c.org',
      'a@b..org',
      'a@-b.org',
      'a@b.c',
      'a b@c.org',
      '@b.org',
      'a@b.org.',
    ])
      expect(isValidEmail(bad), bad).toBe(false);
    expect(emailProblemOf('a@b.org.')).toBe('dot-at-end');
  });

  it('never throws, and every refusal has a reason that matches the address check', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const { addresses } = parseEmailList(text);
        for (const p of addresses) {
          const own = emailProblemOf(p.email);
          if (own) expect(p.problem).toBe(own);
          else expect(p.problem === null || p.problem === 'duplicate').toBe(true);
          expect(isValidEmail(p.email)).toBe(own === null);
        }
      }),
    );
  });
});

describe('normaliseEmail', () => {
  it('matches addresses the way Zoom does: case and surrounding spaces do not count', () => {
    expect(normaliseEmail('  Dorothy.Evans@Example.COM\n')).toBe('dorothy.evans@example.com');
    expect(normaliseEmail('sam@example.net')).toBe('sam@example.net');
  });

  it('keeps everything inside the address, so different addresses stay different', () => {
    expect(normaliseEmail('a+b@x.org')).toBe('a+b@x.org');
    expect(normaliseEmail('a b@x.org')).toBe('a b@x.org');
  });

  it('gives the same answer when applied twice', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(normaliseEmail(normaliseEmail(text))).toBe(normaliseEmail(text));
      }),
    );
  });
});
