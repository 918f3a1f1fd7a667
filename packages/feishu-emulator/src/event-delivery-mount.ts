import { createEventDelivery, type EventDelivery, type EventDeliveryDeps } from './events/index.js';

/** The one seam to event delivery (src/events, owned separately): built from the store's feed. */
export function mountEventDelivery(deps: EventDeliveryDeps): EventDelivery {
  return createEventDelivery(deps);
}
