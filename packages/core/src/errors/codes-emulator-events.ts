import type { CatalogueEntry } from './catalogue-entry.js';

export const emulatorEventsCodes = {
  EMULATOR_EVENTS_CONFIG_INVALID: {
    area: 'emulator',
    cause:
      'An event delivery setting sent to the emulator admin API is missing, out of range or of the wrong type.',
    fix: 'Send the setting in the form and range named in the message; docs/EMULATOR-EVENTS.md lists every setting.',
    retry: 'never',
  },
  EMULATOR_EVENTS_DRAIN_TIMEOUT: {
    area: 'emulator',
    cause: 'Event deliveries were still pending when the wait for an empty delivery queue ended.',
    fix: 'Wait longer, lower the fault delays or the retry time factor, or check that the receiver answers.',
    retry: 'transient',
  },
} as const satisfies Record<string, CatalogueEntry>;
