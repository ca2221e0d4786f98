import type { RateLimitCategory } from './rate-limit';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One REST v2 operation the sandbox serves, as Zoom's OpenAPI file describes it. */
export interface OperationInfo {
  /** Zoom's operationId. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path as the spec writes it, under /v2. */
  readonly path: string;
  /** The classic scopes the spec's description lists (any one of them is enough). */
  readonly scopes: ReadonlyArray<string>;
  /**
   * The granular scopes that replace them (ZoomUserAPISpec.2025 x-extensions; the meeting ones
   * from tokens Zoom issued, not confirmed in a spec: see docs/zoom-app-setup.md). `user` acts on
   * the caller only; null when Zoom has no user-level scope for the operation.
   */
  readonly granular: { readonly user: string | null; readonly admin: string };
  /** The spec's "Rate Limit Label". */
  readonly category: RateLimitCategory;
}

/** The operations the sandbox serves; a unit test checks scopes and labels against the spec. */
export const sandboxOperations = [
  {
    operationId: 'users',
    granular: { user: null, admin: 'user:read:list_users:admin' },
    method: 'GET',
    path: '/users',
    scopes: ['user:read:admin'],
    category: 'Medium',
  },
  {
    operationId: 'userCreate',
    granular: { user: null, admin: 'user:write:user:admin' },
    method: 'POST',
    path: '/users',
    scopes: ['user:write:admin'],
    category: 'Light',
  },
  {
    operationId: 'user',
    granular: { user: 'user:read:user', admin: 'user:read:user:admin' },
    method: 'GET',
    path: '/users/{userId}',
    scopes: ['user:read:admin', 'user:read', 'user_info:read'],
    category: 'Light',
  },
  {
    operationId: 'userUpdate',
    granular: { user: 'user:update:user', admin: 'user:update:user:admin' },
    method: 'PATCH',
    path: '/users/{userId}',
    scopes: ['user:write:admin', 'user:write'],
    category: 'Light',
  },
  {
    operationId: 'userDelete',
    granular: { user: 'user:delete:user', admin: 'user:delete:user:admin' },
    method: 'DELETE',
    path: '/users/{userId}',
    scopes: ['user:write:admin', 'user:write'],
    category: 'Light',
  },
  {
    operationId: 'userStatus',
    granular: { user: 'user:update:status', admin: 'user:update:status:admin' },
    method: 'PUT',
    path: '/users/{userId}/status',
    scopes: ['user:write:admin', 'user:write'],
    category: 'Light',
  },
  {
    operationId: 'userSettings',
    granular: { user: 'user:read:settings', admin: 'user:read:settings:admin' },
    method: 'GET',
    path: '/users/{userId}/settings',
    scopes: ['user:read:admin', 'user:read'],
    category: 'Medium',
  },
  {
    operationId: 'meetings',
    granular: { user: 'meeting:read:list_meetings', admin: 'meeting:read:list_meetings:admin' },
    method: 'GET',
    path: '/users/{userId}/meetings',
    scopes: ['meeting:read:admin', 'meeting:read'],
    category: 'Medium',
  },
  {
    operationId: 'meeting',
    granular: { user: 'meeting:read:meeting', admin: 'meeting:read:meeting:admin' },
    method: 'GET',
    path: '/meetings/{meetingId}',
    scopes: ['meeting:read:admin', 'meeting:read'],
    category: 'Light',
  },
  {
    operationId: 'meetingUpdate',
    granular: { user: 'meeting:update:meeting', admin: 'meeting:update:meeting:admin' },
    method: 'PATCH',
    path: '/meetings/{meetingId}',
    scopes: ['meeting:write:admin', 'meeting:write'],
    category: 'Light',
  },
  {
    operationId: 'userAssistants',
    granular: { user: 'user:read:list_assistants', admin: 'user:read:list_assistants:admin' },
    method: 'GET',
    path: '/users/{userId}/assistants',
    scopes: ['user:read:admin', 'user:read'],
    category: 'Medium',
  },
  {
    operationId: 'userAssistantCreate',
    granular: { user: 'user:write:assistant', admin: 'user:write:assistant:admin' },
    method: 'POST',
    path: '/users/{userId}/assistants',
    scopes: ['user:write:admin', 'user:write'],
    category: 'Medium',
  },
  {
    operationId: 'userAssistantsDelete',
    granular: { user: 'user:delete:assistant', admin: 'user:delete:assistant:admin' },
    method: 'DELETE',
    path: '/users/{userId}/assistants',
    scopes: ['user:write:admin', 'user:write'],
    category: 'Light',
  },
  {
    operationId: 'userAssistantDelete',
    granular: { user: 'user:delete:assistant', admin: 'user:delete:assistant:admin' },
    method: 'DELETE',
    path: '/users/{userId}/assistants/{assistantId}',
    scopes: ['user:write:admin', 'user:write'],
    category: 'Light',
  },
  {
    operationId: 'userSchedulers',
    granular: { user: 'user:read:list_schedulers', admin: 'user:read:list_schedulers:admin' },
    method: 'GET',
    path: '/users/{userId}/schedulers',
    scopes: ['user:read:admin', 'user:read'],
    category: 'Medium',
  },
] as const satisfies ReadonlyArray<OperationInfo>;

export type SandboxOperationId = (typeof sandboxOperations)[number]['operationId'];

/** Matches a request path (without /v2) against an operation's path template. */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const match = new RegExp(`^${pattern}$`).exec(path);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  for (const [i, name] of names.entries()) {
    const raw = match[i + 1] ?? '';
    try {
      params[name] = decodeURIComponent(raw);
    } catch {
      params[name] = raw;
    }
  }
  return params;
}
