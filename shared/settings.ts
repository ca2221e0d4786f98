import { z } from 'zod';
import { Language, matchLanguage } from './languages';

export { Language };

/** The settings file's current shape; bump it and add a step to `migrateSettings` when it changes. */
export const settingsVersion = 2;

export const Role = z.enum(['invitee', 'admin']);
export type Role = z.infer<typeof Role>;

/** A Zoom app version such as "6.0.0" (the first numbers of "6.0.11.34827(mac)"). */
export const VersionString = z.string().regex(/^\d{1,3}(\.\d{1,6}){0,3}$/);

/** Zoom raises the minimum app version every 90 days; admins can set the one their team needs. */
export const defaultMinimumZoomVersion = '6.0.0';

export const Settings = z.object({
  schemaVersion: z.literal(settingsVersion),
  /** null until the person picks one; then the app stops following the system language. */
  language: Language.nullable(),
  /** The answer to the first question, so the app reopens where the person was. */
  role: Role.nullable(),
  /** The oldest Zoom app version the checks accept. */
  minimumZoomVersion: VersionString,
  /** The organisation's Zoom app (public client id); null means demo mode on the sandbox. */
  zoomClientId: z
    .string()
    .regex(/^[\w.-]{1,100}$/)
    .nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z
  .object({
    language: Language.nullable().optional(),
    role: Role.nullable().optional(),
    minimumZoomVersion: VersionString.optional(),
    zoomClientId: z
      .string()
      .regex(/^[\w.-]{1,100}$/)
      .nullable()
      .optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultSettings: Settings = {
  schemaVersion: settingsVersion,
  language: null,
  role: null,
  minimumZoomVersion: defaultMinimumZoomVersion,
  zoomClientId: null,
};

function pick<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

type Raw = Record<string, unknown>;

/** Each step takes the file one version forward. */
const migrations: Readonly<Record<number, (data: Raw) => Raw>> = {
  // Version 0 (before schemaVersion existed) kept the language as a locale under `locale`.
  0: ({ locale, ...rest }) => ({
    ...rest,
    language: typeof locale === 'string' ? matchLanguage(locale) : null,
    schemaVersion: 1,
  }),
  // Version 2 added the minimum Zoom app version.
  1: (data) => ({ ...data, minimumZoomVersion: defaultMinimumZoomVersion, schemaVersion: 2 }),
};

/**
 * Turns whatever was on disk into valid current settings. Unknown keys are dropped and each bad
 * value falls back to its default, so one bad field never costs the person the others.
 */
export function migrateSettings(raw: unknown): { value: Settings; changed: boolean } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { value: defaultSettings, changed: true };
  }
  let data = raw as Raw;
  let version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  while (version < settingsVersion) {
    const step = migrations[version];
    if (!step) break;
    data = step(data);
    version += 1;
  }
  const settings: Settings = {
    schemaVersion: settingsVersion,
    language: pick(Language.nullable(), data.language, null),
    role: pick(Role.nullable(), data.role, null),
    minimumZoomVersion: pick(VersionString, data.minimumZoomVersion, defaultMinimumZoomVersion),
    zoomClientId: pick(Settings.shape.zoomClientId, data.zoomClientId, null),
  };
  return { value: settings, changed: JSON.stringify(settings) !== JSON.stringify(raw) };
}
