import type { Lang } from './types';

/**
 * Made-up people and places shown in the pictures, per language. The organisation and its admin
 * are the demo's own (electron/sandbox/constants.ts), as the invitation pack names them in every
 * language, so a picture never names another organisation than the text beside it.
 */
export interface Sample {
  readonly admin: string;
  readonly adminEmail: string;
  readonly org: string;
  readonly me: string;
  readonly myEmail: string;
  readonly today: string;
}

/** The made-up example data for each language. */
export const samples: Readonly<Record<Lang, Sample>> = {
  en: {
    admin: 'Maria Lopez',
    adminEmail: 'maria.lopez@riverside.example.org',
    org: 'Riverside Food Bank',
    me: 'Sam Taylor',
    myEmail: 'sam.taylor@example.org',
    today: '9:41 AM',
  },
  es: {
    admin: 'Maria Lopez',
    adminEmail: 'maria.lopez@riverside.example.org',
    org: 'Riverside Food Bank',
    me: 'Ana García',
    myEmail: 'ana.garcia@example.org',
    today: '9:41',
  },
};
