const LANE_A_SEED = 0x2f6b_9d1c;
const LANE_B_SEED = 0x85eb_ca77;
const LANE_A_FACTOR = 0x0100_0193; // FNV-1a prime
const LANE_B_FACTOR = 0x5bd1_e995;

/** Final avalanche so nearby inputs spread over all 32 bits. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x7feb_352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846c_a68b);
  return (x ^ (x >>> 16)) >>> 0;
}

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/**
 * A 64-bit non-cryptographic hash fed piece by piece: two independent 32-bit lanes over the UTF-16
 * code units. Pure and fast (no crypto import, so it runs in the browser extension too); meant for
 * change detection, not for security. Feeding pieces equals feeding their concatenation.
 */
export class TextHasher {
  #a = LANE_A_SEED;
  #b = LANE_B_SEED;
  #length = 0;

  update(text: string): this {
    let a = this.#a;
    let b = this.#b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, LANE_A_FACTOR);
      b = Math.imul(b ^ c, LANE_B_FACTOR);
      b ^= b >>> 13;
    }
    this.#a = a;
    this.#b = b;
    this.#length += text.length;
    return this;
  }

  /** 16 hex digits. */
  digest(): string {
    const a = this.#a ^ this.#length;
    return hex8(mix(a ^ Math.imul(this.#b, 0x9e37_79b1))) + hex8(mix(this.#b ^ a));
  }
}

/** The 64-bit hash of one string as 16 hex digits (see TextHasher). */
export function hashText(text: string): string {
  return new TextHasher().update(text).digest();
}
