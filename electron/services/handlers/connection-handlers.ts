import type { ApiHandlers } from '../../../shared/api';

export type ConnectionHandlers = Pick<ApiHandlers, 'diagnoseConnection'>;

/** The connection doctor (issue 13): being built; see shared/connection-doctor.ts. */
export function createConnectionHandlers(): ConnectionHandlers {
  return {
    diagnoseConnection: () => Promise.reject(new Error('The connection doctor is not built yet.')),
  };
}
