import type { Field, SelectOption } from '../store/model.js';

/**
 * Select options named in a write are created on the fly (reference §3.3). Staged here while a
 * batch is validated, so a rejected batch leaves the field's options unchanged.
 */
export class OptionStaging {
  readonly #newId: () => string;
  readonly #pending = new Map<Field, SelectOption[]>();

  constructor(newId: () => string) {
    this.#newId = newId;
  }

  /** The option id for `name` in `field`, staging a new option when none exists yet. */
  resolve(field: Field, name: string): string {
    const existing = optionsOf(field).find((o) => o.name === name);
    if (existing !== undefined) return existing.id;
    const pending = this.#pending.get(field) ?? [];
    const staged = pending.find((o) => o.name === name);
    if (staged !== undefined) return staged.id;
    const option = { id: this.#newId(), name, color: (optionsOf(field).length + pending.length) % 55 };
    pending.push(option);
    this.#pending.set(field, pending);
    return option.id;
  }

  /** Adds the staged options to their fields; returns the fields that changed. */
  commit(): Field[] {
    const changed: Field[] = [];
    for (const [field, options] of this.#pending) {
      field.property = { ...(field.property ?? {}), options: [...optionsOf(field), ...options] };
      changed.push(field);
    }
    this.#pending.clear();
    return changed;
  }
}

export function optionsOf(field: Field): SelectOption[] {
  const options = field.property?.['options'];
  return Array.isArray(options) ? (options as SelectOption[]) : [];
}
