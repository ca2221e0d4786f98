import type { SandboxContext } from './context';
import type { SandboxAccount, SandboxUser } from './model';
import type { Grant } from './oauth-store';

/** Who is calling: the token's grant, its person and account, and its scopes. */
export interface Caller {
  readonly grant: Grant;
  readonly user: SandboxUser;
  readonly account: SandboxAccount;
  readonly scopes: ReadonlySet<string>;
}

export interface ApiRequest {
  readonly sandbox: SandboxContext;
  readonly caller: Caller;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** Parsed JSON body (undefined when there was none). */
  readonly body: unknown;
}

export interface ApiResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type ApiHandler = (request: ApiRequest) => ApiResponse;
