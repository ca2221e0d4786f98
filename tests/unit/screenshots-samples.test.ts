import { nonprofitPeople, sandboxOrganisation } from '../../electron/sandbox/constants';
import { activateExisting } from '../../scripts/screenshots/pictures/activate-existing';
import { invitationEmail } from '../../scripts/screenshots/pictures/invitation-email';
import { samples } from '../../scripts/screenshots/samples';
import { allLangs } from '../../scripts/screenshots/types';

describe('the people and places in the pictures', () => {
  it('are the ones the invitation names, in every language', () => {
    const { owner } = nonprofitPeople;
    for (const lang of allLangs) {
      expect(samples[lang].org, lang).toBe(sandboxOrganisation.name);
      expect(samples[lang].admin, lang).toBe(`${owner.firstName} ${owner.lastName}`);
      expect(samples[lang].adminEmail, lang).toBe(owner.email);
    }
  });

  it('so the step 2 and step 3 pictures name the organisation of the invitation', () => {
    for (const lang of allLangs) {
      expect(activateExisting.render('all', lang)).toContain(sandboxOrganisation.name);
      expect(invitationEmail.render('all', lang)).toContain(sandboxOrganisation.name);
      expect(activateExisting.render('all', lang)).not.toContain('Community Centre');
    }
  });
});
