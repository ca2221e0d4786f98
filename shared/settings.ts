import { z } from 'zod';

/** The settings file's current shape; bump it and add a step to `migrateSettings` when it changes. */
export const settingsVersion = 1;

export const Language = z.enum(['en', 'es']);
export type Language = z.infer<typeof Language>;

export const Role = z.enum(['invitee', 'admin']);
export type Role = z.infer<typeof Role>;

export const Settings = z.object({
  schemaVersion: z.literal(settingsVersion),
  /** null until the person picks one; then the app stops following the system language. */
  language: Language.nullable(),
  /** The answer to the first question, so the app reopens where the person was. */
  role: Role.nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z
  .object({
    language: Language.nullable().optional(),
    role: Role.nullable().optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultSettings: Settings = {
  schemaVersion: settingsVersion,
  language: null,
  role: null,
};

/** Settings written before schemaVersion existed (version 0) kept the language under `locale`. */
const SettingsV0 = z.object({ locale: z.string().optional() }).passthrough();

function pick<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/**
 * Turns whatever was on disk into valid current settings. Unknown keys are dropped and each bad
 * value falls back to its default, so one bad field never costs the person the others.
 */
export function migrateSettings(raw: unknown): { settings: Settings; changed: boolean } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: defaultSettings, changed: true };
  }
  let data = raw as Record<string, unknown>;
  if (data.schemaVersion === undefined) {
    const v0 = SettingsV0.safeParse(data);
    const locale = v0.success ? v0.data.locale?.slice(0, 2) : undefined;
    data = { ...data, language: locale, schemaVersion: 1 };
    delete data.locale;
  }
  const settings: Settings = {
    schemaVersion: settingsVersion,
    language: pick(Language.nullable(), data.language, null),
    role: pick(Role.nullable(), data.role, null),
  };
  const changed = JSON.stringify(settings) !== JSON.stringify(raw);
  return { settings, changed };
}
