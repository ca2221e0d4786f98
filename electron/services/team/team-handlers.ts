import type { ApiHandlers } from '../../../shared/api';
import type { teamCalls } from '../../../shared/api-team';
import type { EventHub } from '../events';
import type { Logger } from '../log';
import type { ZoomService } from '../zoom-service';

/** The handlers for the dashboard's calls. */
export type TeamHandlers = Pick<ApiHandlers, keyof typeof teamCalls>;

export interface TeamPorts {
  readonly zoom: ZoomService;
  readonly events: EventHub;
  readonly log: Logger;
  readonly now: () => Date;
  readonly dataDir: string | null;
  readonly minimumZoomVersion: () => string;
  /** Shows an OS notification (Electron); absent in the browser host, where the page does it. */
  readonly notify?: (title: string, body: string) => void;
}

/** Implements the dashboard's calls with the Zoom client and the readiness model. */
export function createTeamHandlers(_ports: TeamPorts): TeamHandlers {
  return {};
}
