import type { ApiEvent, ApiEventName, ApiEventPayload } from '../../shared/api';

type Listener = (event: ApiEvent) => void;

/** Fans backend events out to every connected window or browser tab. */
export class EventHub {
  readonly #listeners = new Set<Listener>();

  /** Sends an event to every subscriber. */
  emit<E extends ApiEventName>(name: E, payload: ApiEventPayload<E>): void {
    const event = { name, payload } as ApiEvent;
    for (const listener of this.#listeners) listener(event);
  }

  /** Adds a subscriber and returns the function that removes it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
