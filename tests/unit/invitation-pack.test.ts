import fc from 'fast-check';
import {
  INVITATION_LINK_PREFIX,
  decodeInvitationLink,
  encodeInvitationLink,
  hasUnsafeText,
  packParseReasons,
  parseInvitationPack,
  serializeInvitationPack,
  type InvitationPack,
  type PackParseResult,
} from '../../shared/invitation-pack';

const pack: InvitationPack = {
  format: 'readyroom-invitation',
  version: 1,
  organisation: { name: 'Riverside Food Bank & Pantry', zoomAccountId: 'rFbA9x_Q-2' },
  admin: { name: 'María Ñúñez', email: 'maria@riverside.example', phone: '+1 (555) 010-2030' },
  invitee: { email: 'rosa@riverside.example', name: 'Rosa 李', role: 'co-admin' },
  zoomClientId: 'AbCdEf123456_-xy',
  issuedAt: '2025-03-01T09:30:00.000Z',
};

/** The pack as a JSON text, with some fields changed. */
function packText(change: (p: Record<string, unknown>) => void): string {
  const copy = JSON.parse(JSON.stringify(pack)) as Record<string, unknown>;
  change(copy);
  return JSON.stringify(copy);
}

function reasonOf(result: PackParseResult): string {
  return result.ok ? 'ok' : result.reason;
}

function b64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

describe('a valid invitation pack', () => {
  it('round-trips through the file', () => {
    const text = serializeInvitationPack(pack);
    expect(parseInvitationPack(text)).toEqual({ ok: true, pack });
  });

  it('round-trips through the link, names in any script included', () => {
    const link = encodeInvitationLink(pack);
    expect(link.startsWith(INVITATION_LINK_PREFIX)).toBe(true);
    expect(link.slice(INVITATION_LINK_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeInvitationLink(link)).toEqual({ ok: true, pack });
  });

  it('needs only the required fields', () => {
    const minimal: InvitationPack = {
      format: 'readyroom-invitation',
      version: 1,
      organisation: { name: 'Riverside', zoomAccountId: 'abc' },
      admin: { name: 'Maria', email: 'maria@riverside.example' },
      invitee: { email: 'rosa@riverside.example', role: 'member' },
      issuedAt: '2025-03-01T09:30:00+01:00',
    };
    expect(parseInvitationPack(serializeInvitationPack(minimal))).toEqual({
      ok: true,
      pack: minimal,
    });
    expect(decodeInvitationLink(encodeInvitationLink(minimal))).toEqual({
      ok: true,
      pack: minimal,
    });
  });

  it('opens a link pasted with spaces, line breaks, brackets or quotes around it', () => {
    const link = encodeInvitationLink(pack);
    const half = Math.floor(link.length / 2);
    for (const pasted of [
      `  ${link}\n`,
      `<${link}>`,
      `"${link}"`,
      `${link.slice(0, half)}\r\n ${link.slice(half)}`,
      link.replace('readyroom://invite', 'READYROOM://Invite'),
      link.replace('?p=', '?utm=x&p='),
    ]) {
      expect(decodeInvitationLink(pasted)).toEqual({ ok: true, pack });
    }
  });

  it('opens a file saved with a byte-order mark, and trims names', () => {
    expect(parseInvitationPack(`\uFEFF${serializeInvitationPack(pack)}`).ok).toBe(true);
    const padded = parseInvitationPack(
      packText((p) => ((p.invitee as Record<string, unknown>).name = '  Rosa  ')),
    );
    expect(padded.ok && padded.pack.invitee.name).toBe('Rosa');
  });
});

describe('a pack that cannot be used gets one clear reason', () => {
  it('refuses a file over 16 KB, counting bytes, not characters', () => {
    expect(reasonOf(parseInvitationPack(' '.repeat(16 * 1024 + 1)))).toBe('too-large');
    const euros = packText(
      (p) => ((p.organisation as Record<string, unknown>).name = '€'.repeat(5500)),
    );
    expect(euros.length).toBeLessThan(16 * 1024);
    expect(reasonOf(parseInvitationPack(euros))).toBe('too-large');
  });

  it.each(['', 'hello', '{"format":', 'Riverside Food Bank', '{format: 1}'])(
    'calls %j not JSON',
    (text) => {
      expect(reasonOf(parseInvitationPack(text))).toBe('not-json');
    },
  );

  it.each([
    '[]',
    '42',
    'null',
    '"readyroom-invitation"',
    '{"format":"something-else","version":1}',
    '{"id":"u1","email":"a@b.example","type":2}',
  ])('says %s is not an invitation pack', (text) => {
    expect(reasonOf(parseInvitationPack(text))).toBe('not-a-pack');
  });

  it('opens a version 2 pack that names the language the admin expects, and writes it back', () => {
    const text = packText((p) => {
      p.version = 2;
      (p.invitee as Record<string, unknown>).language = 'es';
    });
    const parsed = parseInvitationPack(text);
    expect(parsed.ok && parsed.pack.invitee.language).toBe('es');
    if (parsed.ok)
      expect(JSON.parse(serializeInvitationPack(parsed.pack))).toMatchObject({
        version: 2,
        invitee: { language: 'es' },
      });
    // A pack without a language stays version 1, so an older ReadyRoom still opens it.
    const plain = parseInvitationPack(packText(() => undefined));
    if (plain.ok) expect(JSON.parse(serializeInvitationPack(plain.pack)).version).toBe(1);
    // Version 1 never named a language, and a language ReadyRoom does not offer is refused.
    const v1WithLanguage = packText((p) => {
      (p.invitee as Record<string, unknown>).language = 'es';
    });
    expect(reasonOf(parseInvitationPack(v1WithLanguage))).toBe('invalid');
    const unknownLanguage = packText((p) => {
      p.version = 2;
      (p.invitee as Record<string, unknown>).language = 'xx';
    });
    expect(reasonOf(parseInvitationPack(unknownLanguage))).toBe('invalid');
  });

  it('recognises a pack from another version of ReadyRoom', () => {
    expect(parseInvitationPack(packText((p) => (p.version = 3)))).toEqual({
      ok: false,
      reason: 'unknown-version',
      detail: 'version 3',
    });
    expect(reasonOf(parseInvitationPack(packText((p) => (p.version = 0))))).toBe('unknown-version');
    expect(reasonOf(parseInvitationPack(packText((p) => (p.version = '1'))))).toBe('invalid');
  });

  const field = (section: string, key: string, value: unknown) => (p: Record<string, unknown>) => {
    (p[section] as Record<string, unknown>)[key] = value;
  };

  it.each<[string, (p: Record<string, unknown>) => void, string]>([
    ['a bad invitee email', field('invitee', 'email', 'rosa at riverside'), 'invitee.email'],
    ['a bad admin email', field('admin', 'email', 'maria@'), 'admin.email'],
    [
      'HTML in the organisation name',
      field('organisation', 'name', '<img src=x onerror=alert(1)>'),
      'organisation.name',
    ],
    ['HTML in the admin name', field('admin', 'name', 'Maria</b>'), 'admin.name'],
    ['a control character in a name', field('invitee', 'name', 'Ro\u0007sa'), 'invitee.name'],
    [
      'text that reverses itself on screen',
      field('admin', 'name', 'Maria\u202Eknab'),
      'admin.name',
    ],
    ['an empty organisation name', field('organisation', 'name', '   '), 'organisation.name'],
    ['an over-long name', field('organisation', 'name', 'x'.repeat(121)), 'organisation.name'],
    ['an unknown role', field('invitee', 'role', 'owner'), 'invitee.role'],
    ['a phone number with words in it', field('admin', 'phone', 'call me maybe'), 'admin.phone'],
    [
      'an account id with odd characters',
      field('organisation', 'zoomAccountId', 'a/b'),
      'organisation.zoomAccountId',
    ],
    ['an unknown key', (p) => (p.password = 'secret'), '(pack)'],
    ['an unknown nested key', field('admin', 'token', 'x'), 'admin'],
    ['a missing date', (p) => delete p.issuedAt, 'issuedAt'],
    ['a date that is not a date', (p) => (p.issuedAt = 'yesterday'), 'issuedAt'],
  ])('refuses %s as invalid', (_label, change, path) => {
    const result = parseInvitationPack(packText(change));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('invalid');
    expect(!result.ok && result.detail?.startsWith(path)).toBe(true);
  });

  it('refuses a pack that tries to set __proto__', () => {
    const text = serializeInvitationPack(pack).replace(
      '"format"',
      '"__proto__":{"admin":1},"format"',
    );
    expect(reasonOf(parseInvitationPack(text))).toBe('invalid');
  });
});

describe('a link that cannot be used', () => {
  it.each([
    ['a web link', 'https://readyroom.example/invite?p=abc'],
    ['a link without a pack', 'readyroom://invite'],
    ['an empty pack', 'readyroom://invite?p='],
    ['another action', `readyroom://settings?p=${b64url('{}')}`],
    ['characters base64 cannot hold', 'readyroom://invite?p=abc$def'],
    ['a cut base64 block', 'readyroom://invite?p=abcde'],
    ['plain words', 'please open this'],
  ])('says %s is not a ReadyRoom link', (_label, url) => {
    expect(reasonOf(decodeInvitationLink(url))).toBe('not-a-link');
  });

  it('gives the same reasons as a file for what the link carries', () => {
    expect(reasonOf(decodeInvitationLink(INVITATION_LINK_PREFIX + b64url('not json')))).toBe(
      'not-json',
    );
    expect(reasonOf(decodeInvitationLink(INVITATION_LINK_PREFIX + b64url('{"a":1}')))).toBe(
      'not-a-pack',
    );
    const v3 = packText((p) => (p.version = 3));
    expect(reasonOf(decodeInvitationLink(INVITATION_LINK_PREFIX + b64url(v3)))).toBe(
      'unknown-version',
    );
    const bytes = Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url');
    expect(reasonOf(decodeInvitationLink(INVITATION_LINK_PREFIX + bytes))).toBe('not-json');
    const huge = b64url(
      JSON.stringify({ format: 'readyroom-invitation', pad: 'x'.repeat(20_000) }),
    );
    expect(reasonOf(decodeInvitationLink(INVITATION_LINK_PREFIX + huge))).toBe('too-large');
  });
});

describe('whatever arrives', () => {
  const isResult = (result: PackParseResult) =>
    result.ok === true || (packParseReasons as ReadonlyArray<string>).includes(result.reason);

  it('never throws on any text, as a file or as a link', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.string()), (text) => {
        expect(isResult(parseInvitationPack(text))).toBe(true);
        expect(isResult(decodeInvitationLink(text))).toBe(true);
        expect(isResult(decodeInvitationLink(INVITATION_LINK_PREFIX + text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts a pack with a field changed to something arbitrary unless it is still valid', () => {
    const paths = [
      ['organisation', 'name'],
      ['admin', 'email'],
      ['invitee', 'role'],
      ['admin', 'phone'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), ([section, key], value) => {
        const text = packText((p) => ((p[section] as Record<string, unknown>)[key] = value));
        const result = parseInvitationPack(text);
        expect(isResult(result)).toBe(true);
        if (result.ok) {
          const kept = (result.pack[section] as Record<string, unknown>)[key];
          expect(typeof kept === 'string' || kept === undefined).toBe(true);
          const shown = [...String(kept ?? '')];
          expect(shown.some((ch) => ch < ' ' || ch === '<' || ch === '>')).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips every valid pack through the file and the link', () => {
    const name = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && !hasUnsafeText(s));
    const email = fc
      .tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.stringMatching(/^[a-z]{2,10}$/))
      .map(([local, domain]) => `${local}@${domain}.example`);
    const anyPack: fc.Arbitrary<InvitationPack> = fc.record({
      format: fc.constant('readyroom-invitation' as const),
      version: fc.constant(1 as const),
      organisation: fc.record({ name, zoomAccountId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) }),
      admin: fc.record({ name, email }, { requiredKeys: ['name', 'email'] }),
      invitee: fc.record(
        {
          email,
          name,
          role: fc.constantFrom(
            'member' as const,
            'alternative-host' as const,
            'co-admin' as const,
          ),
        },
        { requiredKeys: ['email', 'role'] },
      ),
      issuedAt: fc
        .integer({ min: 0, max: 4_102_444_800_000 })
        .map((ms) => new Date(ms).toISOString()),
    });
    fc.assert(
      fc.property(anyPack, (p) => {
        expect(parseInvitationPack(serializeInvitationPack(p))).toEqual({ ok: true, pack: p });
        expect(decodeInvitationLink(encodeInvitationLink(p))).toEqual({ ok: true, pack: p });
      }),
      { numRuns: 500 },
    );
  });
});
