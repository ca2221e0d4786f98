import fc from 'fast-check';
import {
  isValidEmail,
  MAX_PASTED_EMAILS,
  normaliseEmail,
  parseEmailList,
} from '../../shared/team-emails';

const emails = (text: string, inTeam?: (e: string) => boolean) =>
  parseEmailList(text, inTeam).map((p) => [p.email, p.problem]);

describe('reading pasted email addresses', () => {
  it('accepts any separators: commas, semicolons, spaces, tabs and new lines', () => {
    expect(emails('a@x.org, b@x.org;c@x.org d@x.org\te@x.org\r\nf@x.org\n\n')).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => [`${n}@x.org`, null]),
    );
  });

  it('reads "Name <address>" as mail programs copy it, and keeps the name', () => {
    expect(
      parseEmailList('"Dorothy Evans" <Dorothy.Evans@Example.com>, Sam <sam@example.net>'),
    ).toEqual([
      {
        input: '"Dorothy Evans" <Dorothy.Evans@Example.com>',
        email: 'dorothy.evans@example.com',
        firstName: 'Dorothy',
        lastName: 'Evans',
        problem: null,
      },
      { input: 'Sam <sam@example.net>', email: 'sam@example.net', firstName: 'Sam', problem: null },
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

  it('gives each refused address its precise reason', () => {
    expect(
      emails('ok@x.org, bad@, OK@x.org, member@riverside.org, two@@x.org, a b', (e) =>
        e.startsWith('member@'),
      ),
    ).toEqual([
      ['ok@x.org', null],
      ['bad@', 'syntax'],
      ['ok@x.org', 'duplicate'],
      ['member@riverside.org', 'in-team'],
      ['two@@x.org', 'syntax'],
      ['a b', 'syntax'],
    ]);
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
  });

  it('never throws, and never gives more than the limit, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const parsed = parseEmailList(text);
        expect(parsed.length).toBeLessThanOrEqual(MAX_PASTED_EMAILS);
        for (const p of parsed) expect(p.problem === 'syntax').toBe(!isValidEmail(p.email));
      }),
    );
    const many = Array.from({ length: 1200 }, (_, i) => `p${i}@x.org`).join('\n');
    expect(parseEmailList(many)).toHaveLength(MAX_PASTED_EMAILS);
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
