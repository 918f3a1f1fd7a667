import type { Random } from '../random.js';
import type { EventFaults } from './event-settings.js';

/** What the faults do to one event, decided once when the event is published. */
export type EventFaultPlan = {
  drop: boolean;
  /** 1, or 2 when duplicated. */
  copies: number;
  /** Wait before the first attempt. */
  delayMs: number;
  /** Hold the event back so later ones overtake it. */
  reorder: boolean;
};

/**
 * Draws one event's faults. Always consumes the same number of values from `random`, so the
 * n-th event gets the same plan for the same seed whatever the rates are.
 */
export function planEventFaults(random: Random, faults: EventFaults): EventFaultPlan {
  const dropDraw = random.next();
  const duplicateDraw = random.next();
  const reorderDraw = random.next();
  const jitterDraw = random.next();
  return {
    drop: dropDraw < faults.dropRate,
    copies: duplicateDraw < faults.duplicateRate ? 2 : 1,
    delayMs: faults.delay.fixedMs + Math.floor(jitterDraw * (faults.delay.jitterMs + 1)),
    reorder: reorderDraw < faults.reorder.rate,
  };
}

/** What the faults do to one HTTP attempt. */
export type AttemptFaultPlan = { badSignature: boolean; undecryptable: boolean };

export function planAttemptFaults(random: Random, faults: EventFaults): AttemptFaultPlan {
  const signatureDraw = random.next();
  const decryptDraw = random.next();
  return {
    badSignature: signatureDraw < faults.badSignatureRate,
    undecryptable: decryptDraw < faults.undecryptableRate,
  };
}
