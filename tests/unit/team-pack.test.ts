import {
  decodeInvitationLink,
  encodeInvitationLink,
  parseInvitationPack,
  serializeInvitationPack,
} from '../../shared/invitation-pack';
import { buildOnboardingPack, mailtoLink, packFileName } from '../../shared/team-pack';

const input = {
  organisationName: 'Riverside Food Bank',
  accountId: 'rvsdFoodBank01Acct',
  admin: { name: 'Maria Lopez', email: 'maria.lopez@riverside.example.org' },
  invitee: { email: 'dorothy.evans@example.com', name: 'Dorothy Evans', role: 'member' as const },
  zoomClientId: null,
  issuedAt: new Date('2026-03-01T10:00:00Z'),
};

describe('the onboarding pack the dashboard makes', () => {
  it('is a pack the wizard opens, as a file and as a link', () => {
    const pack = buildOnboardingPack(input);
    expect(pack).not.toBeNull();
    expect(parseInvitationPack(serializeInvitationPack(pack!))).toEqual({ ok: true, pack });
    expect(decodeInvitationLink(encodeInvitationLink(pack!))).toEqual({ ok: true, pack });
    expect(pack).toMatchObject({
      organisation: { name: 'Riverside Food Bank', zoomAccountId: 'rvsdFoodBank01Acct' },
      admin: { name: 'Maria Lopez' },
      invitee: { email: 'dorothy.evans@example.com', name: 'Dorothy Evans', role: 'member' },
    });
  });

  it('is refused rather than made wrong: no organisation name, or a name with HTML', () => {
    expect(buildOnboardingPack({ ...input, organisationName: '  ' })).toBeNull();
    expect(buildOnboardingPack({ ...input, organisationName: '<b>Riverside</b>' })).toBeNull();
  });

  it('leaves out a client id the pack format cannot carry, and a name that is only the email', () => {
    const pack = buildOnboardingPack({
      ...input,
      zoomClientId: 'client.with.dots',
      invitee: { ...input.invitee, name: 'dorothy.evans@example.com' },
    });
    expect(pack?.zoomClientId).toBeUndefined();
    expect(pack?.invitee.name).toBeUndefined();
  });

  it('names files and mail links safely', () => {
    expect(packFileName('Dorothy.Evans+x@example.com')).toBe(
      'readyroom-invitation-dorothy-evans-x.readyroom',
    );
    expect(mailtoLink('a@b.org', 'Hi there', 'Line 1\nLine 2 & more')).toBe(
      'mailto:a%40b.org?subject=Hi%20there&body=Line%201%0ALine%202%20%26%20more',
    );
  });
});
