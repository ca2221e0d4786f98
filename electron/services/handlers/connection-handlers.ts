import type { ApiHandlers } from '../../../shared/api';
import {
  ConnectionNotebook,
  diagnose,
  observeFailures,
  probeAuthorizePage,
  type ConnectionDoctorPorts,
} from '../connection-doctor';
import type { EventHub } from '../events';
import type { Logger } from '../log';
import type { ZoomService } from '../zoom-service';
import type { FetchPort } from '../zoom/oauth-endpoints';

export type ConnectionHandlers = Pick<ApiHandlers, 'diagnoseConnection'>;

export interface ConnectionPorts {
  readonly zoom: Pick<ZoomService, 'environment' | 'signedIn' | 'connectionFacts'>;
  readonly events: EventHub;
  readonly log: Logger;
  readonly now: () => Date;
  /** How the doctor asks Zoom's authorize page (global fetch unless a test gives one). */
  readonly fetch?: FetchPort;
}

export interface ConnectionGroup {
  readonly handlers: ConnectionHandlers;
  /**
   * Wraps the team's handlers: when one fails for want of a scope, a role or a licence, the
   * doctor notes it and runs again for the admin (event `connectionDiagnosed`).
   */
  observe<H extends Record<string, (args: never) => Promise<unknown>>>(handlers: H): H;
}

/** The connection doctor (issue 13): see electron/services/connection-doctor.ts. */
export function createConnectionHandlers(ports: ConnectionPorts): ConnectionGroup {
  const notebook = new ConnectionNotebook();
  const fetchPort: FetchPort = ports.fetch ?? ((url, init) => fetch(url, init));
  const doctorPorts: ConnectionDoctorPorts = {
    clientId: () => ports.zoom.environment.clientId || null,
    session: () => ports.zoom.signedIn(),
    grantedScope: () => ports.zoom.connectionFacts().grantedScope,
    lastSignInFailure: () => ports.zoom.connectionFacts().lastSignInFailure,
    probeAuthorize: () => probeAuthorizePage(ports.zoom.environment, fetchPort),
    now: ports.now,
  };
  // What the team ran into belongs to one sign-in: a new person (or none) starts afresh.
  let lastUser: string | null = null;
  ports.events.subscribe((event) => {
    if (event.name !== 'sessionChanged') return;
    const user = ports.zoom.signedIn()?.userId ?? null;
    if (user !== lastUser) notebook.clear();
    lastUser = user;
  });

  const run = async (purpose: 'admin' | 'invitee') => {
    const diagnosis = await diagnose(purpose, doctorPorts, notebook.notes);
    ports.log.info('Connection doctor', {
      purpose,
      problems: diagnosis.problems.map((p) => p.code),
    });
    return diagnosis;
  };

  return {
    handlers: { diagnoseConnection: ({ purpose }) => run(purpose) },
    observe: (handlers) =>
      observeFailures(
        handlers,
        notebook,
        () => {
          void run('admin')
            .then((diagnosis) => ports.events.emit('connectionDiagnosed', diagnosis))
            .catch((error: unknown) =>
              ports.log.warn('The connection doctor could not run', { error: String(error) }),
            );
        },
        ports.log,
      ),
  };
}
