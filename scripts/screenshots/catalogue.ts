import type { PictureId } from '../../renderer/wizard/pictures';
import { activateExisting } from './pictures/activate-existing';
import { activateNew } from './pictures/activate-new';
import { altHostStart } from './pictures/alt-host-start';
import { claimHost } from './pictures/claim-host';
import { installZoom } from './pictures/install-zoom';
import { invitationEmail } from './pictures/invitation-email';
import { invitationEmailSpam } from './pictures/invitation-email-spam';
import { joinSignedOut } from './pictures/join-signed-out';
import { macPrivacyCamera, macPrivacyMicrophone } from './pictures/mac-privacy';
import {
  marketplaceActivation,
  marketplaceBasicInfo,
  marketplaceBuild,
  marketplaceScopes,
} from './pictures/marketplace';
import { meetingDetails } from './pictures/meeting-details';
import { micPermission } from './pictures/mic-permission';
import { zoomAppSignin } from './pictures/zoom-app-signin';
import { zoomConsent } from './pictures/zoom-consent';
import type { PictureSpec } from './types';

// Keyed by PictureId so the compiler rejects a picture the wizard knows but the script does not draw.
const specs: Readonly<Record<PictureId, PictureSpec>> = {
  'invitation-email': invitationEmail,
  'invitation-email-spam': invitationEmailSpam,
  'activate-new': activateNew,
  'activate-existing': activateExisting,
  'zoom-consent': zoomConsent,
  'install-zoom': installZoom,
  'zoom-app-signin': zoomAppSignin,
  'mic-permission': micPermission,
  'mac-privacy-microphone': macPrivacyMicrophone,
  'mac-privacy-camera': macPrivacyCamera,
  'meeting-details': meetingDetails,
  'join-signed-out': joinSignedOut,
  'claim-host': claimHost,
  'alt-host-start': altHostStart,
  'marketplace-build': marketplaceBuild,
  'marketplace-basic-info': marketplaceBasicInfo,
  'marketplace-scopes': marketplaceScopes,
  'marketplace-activation': marketplaceActivation,
};

/** Every mock-up, in render order. */
export const pictureSpecs: ReadonlyArray<PictureSpec> = Object.values(specs);
