import type { Lang } from './types';

/** Made-up people and places shown in the pictures, per language. */
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
    adminEmail: 'maria@riverside.example',
    org: 'Riverside Community Centre',
    me: 'Sam Taylor',
    myEmail: 'sam.taylor@example.org',
    today: '9:41 AM',
  },
  es: {
    admin: 'María López',
    adminEmail: 'maria@riverside.example',
    org: 'Centro Comunitario Riverside',
    me: 'Ana García',
    myEmail: 'ana.garcia@example.org',
    today: '9:41',
  },
};
