import type { CallbackRequest } from './callback-request.js';
import type { DeliveryQueue } from './delivery-queue.js';
import { DEFAULT_DRAIN_TIMEOUT_MS, drainTimeoutError, type EventAdmin } from './event-admin.js';
import type { EventSettings } from './event-settings.js';
import type { LongConnectionHub } from './long-connection-hub.js';
import { applySettingsPatch } from './parse-event-settings.js';
import { verifyCallbackUrl } from './url-verification.js';

export type EventAdminDeps = {
  queue: DeliveryQueue;
  hub: LongConnectionHub;
  app: { verificationToken: string };
  buildRequest: (json: string) => CallbackRequest;
  getSettings: () => EventSettings;
  setSettings: (settings: EventSettings) => void;
  initialSettings: EventSettings;
  endpointFailures: { code: number; remaining: number };
};

export function createEventAdmin(deps: EventAdminDeps): EventAdmin {
  const { queue, hub } = deps;
  return {
    settings: deps.getSettings,
    configure: (patch) => {
      const next = applySettingsPatch(deps.getSettings(), patch);
      deps.setSettings(next);
      if (typeof patch === 'object' && patch !== null && 'faults' in patch) queue.reseed(next.faults.seed);
      return next;
    },
    deliveries: (status) => ({ counts: queue.log.counts(), deliveries: queue.log.list(status) }),
    drain: async (timeoutMs = DEFAULT_DRAIN_TIMEOUT_MS) => {
      if (!(await queue.log.whenDrained(timeoutMs))) throw drainTimeoutError(timeoutMs, queue.log.counts());
      return queue.log.counts();
    },
    verifyUrl: (url) => {
      const target = url ?? deps.getSettings().callbackUrl;
      if (target === undefined) {
        return Promise.resolve({
          ok: false,
          url: '',
          challenge: '',
          reason: 'no URL given and no callback URL set',
        });
      }
      return verifyCallbackUrl(target, deps.app.verificationToken, deps.buildRequest);
    },
    longConnections: () => ({ clients: hub.clientCount, connects: hub.connects, pings: hub.pings() }),
    disconnectClients: () => hub.disconnectAll(),
    failEndpoint: (code, times) => {
      deps.endpointFailures.code = code;
      deps.endpointFailures.remaining = times;
    },
    reset: () => {
      queue.clear();
      deps.setSettings(deps.initialSettings);
      queue.reseed(deps.initialSettings.faults.seed);
      deps.endpointFailures.remaining = 0;
    },
  };
}
