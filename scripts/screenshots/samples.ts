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

/**
 * The made-up example data for each language ReadyRoom has texts for: the invited person has a
 * name from that language (the admin and organisation stay the demo's own). A language must have
 * its sample before it can be offered (`samples` is typed by the offered languages).
 */
const byLanguage = {
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
  fr: {
    admin: 'Maria Lopez',
    adminEmail: 'maria.lopez@riverside.example.org',
    org: 'Riverside Food Bank',
    me: 'Camille Martin',
    myEmail: 'camille.martin@example.org',
    today: '09:41',
  },
  ar: {
    admin: 'Maria Lopez',
    adminEmail: 'maria.lopez@riverside.example.org',
    org: 'Riverside Food Bank',
    me: 'ليلى حداد',
    myEmail: 'layla.haddad@example.org',
    today: '9:41 ص',
  },
  tl: {
    admin: 'Maria Lopez',
    adminEmail: 'maria.lopez@riverside.example.org',
    org: 'Riverside Food Bank',
    me: 'Maricel Santos',
    myEmail: 'maricel.santos@example.org',
    today: '9:41 AM',
  },
  'zh-Hans': {
    admin: 'Maria Lopez',
    adminEmail: 'maria.lopez@riverside.example.org',
    org: 'Riverside Food Bank',
    me: '李梅',
    myEmail: 'li.mei@example.org',
    today: '上午9:41',
  },
  'zh-Hant': {
    admin: 'Maria Lopez',
    adminEmail: 'maria.lopez@riverside.example.org',
    org: 'Riverside Food Bank',
    me: '林怡君',
    myEmail: 'yijun.lin@example.org',
    today: '上午9:41',
  },
  vi: {
    admin: 'Maria Lopez',
    adminEmail: 'maria.lopez@riverside.example.org',
    org: 'Riverside Food Bank',
    me: 'Nguyễn Thị Lan',
    myEmail: 'lan.nguyen@example.org',
    today: '09:41',
  },
  ko: {
    admin: 'Maria Lopez',
    adminEmail: 'maria.lopez@riverside.example.org',
    org: 'Riverside Food Bank',
    me: '김민지',
    myEmail: 'minji.kim@example.org',
    today: '오전 9:41',
  },
} as const satisfies Readonly<Record<string, Sample>>;

export const samples: Readonly<Record<Lang, Sample>> = byLanguage;
