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
  /** The spec's "Rate Limit Label". */
  readonly category: RateLimitCategory;
}

/** The operations the sandbox serves; a unit test checks scopes and labels against the spec. */
export const sandboxOperations = [
  {
    operationId: 'users',
    method: 'GET',
    path: '/users',
    scopes: ['user:read:admin'],
    category: 'Medium',
  },
  {
    operationId: 'userCreate',
    method: 'POST',
    path: '/users',
    scopes: ['user:write:admin'],
    category: 'Light',
  },
  {
    operationId: 'user',
    method: 'GET',
    path: '/users/{userId}',
    scopes: ['user:read:admin', 'user:read', 'user_info:read'],
    category: 'Light',
  },
  {
    operationId: 'userUpdate',
    method: 'PATCH',
    path: '/users/{userId}',
    scopes: ['user:write:admin', 'user:write'],
    category: 'Light',
  },
  {
    operationId: 'userDelete',
    method: 'DELETE',
    path: '/users/{userId}',
    scopes: ['user:write:admin', 'user:write'],
    category: 'Light',
  },
  {
    operationId: 'userStatus',
    method: 'PUT',
    path: '/users/{userId}/status',
    scopes: ['user:write:admin', 'user:write'],
    category: 'Light',
  },
  {
    operationId: 'userSettings',
    method: 'GET',
    path: '/users/{userId}/settings',
    scopes: ['user:read:admin', 'user:read'],
    category: 'Medium',
  },
  {
    operationId: 'meetings',
    method: 'GET',
    path: '/users/{userId}/meetings',
    scopes: ['meeting:read:admin', 'meeting:read'],
    category: 'Medium',
  },
  {
    operationId: 'meeting',
    method: 'GET',
    path: '/meetings/{meetingId}',
    scopes: ['meeting:read:admin', 'meeting:read'],
    category: 'Light',
  },
  {
    operationId: 'meetingUpdate',
    method: 'PATCH',
    path: '/meetings/{meetingId}',
    scopes: ['meeting:write:admin', 'meeting:write'],
    category: 'Light',
  },
  {
    operationId: 'userAssistants',
    method: 'GET',
    path: '/users/{userId}/assistants',
    scopes: ['user:read:admin', 'user:read'],
    category: 'Medium',
  },
  {
    operationId: 'userAssistantCreate',
    method: 'POST',
    path: '/users/{userId}/assistants',
    scopes: ['user:write:admin', 'user:write'],
    category: 'Medium',
  },
  {
    operationId: 'userAssistantsDelete',
    method: 'DELETE',
    path: '/users/{userId}/assistants',
    scopes: ['user:write:admin', 'user:write'],
    category: 'Light',
  },
  {
    operationId: 'userAssistantDelete',
    method: 'DELETE',
    path: '/users/{userId}/assistants/{assistantId}',
    scopes: ['user:write:admin', 'user:write'],
    category: 'Light',
  },
  {
    operationId: 'userSchedulers',
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
