import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One line of a bench's readable table: a figure, its unit and, where there is one, its goal. */
export type BenchRow = {
  figure: string;
  value: number | string;
  unit?: string;
  goal?: string;
  /** true when the goal is met, false when missed, undefined when there is no goal. */
  met?: boolean;
};

export type BenchReport = {
  rows: BenchRow[];
  /** Flat machine-readable figures; become the JSON object printed last. */
  figures: Record<string, number | string | boolean>;
};

export type BenchOptions = { quick: boolean };

/** What each `bench/<name>/index.ts` exports. */
export type Bench = (options: BenchOptions) => Promise<BenchReport>;

const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

function cell(value: number | string): string {
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** Renders the rows as an aligned plain-text table. */
export function formatTable(rows: BenchRow[]): string {
  const header = ['figure', 'value', 'unit', 'goal', 'met'];
  const body = rows.map((r) => [
    r.figure,
    cell(r.value),
    r.unit ?? '',
    r.goal ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => (line[i] ?? '').length)));
  const line = (cols: string[]) =>
    cols
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Prints the table, then the JSON line, and writes the JSON to bench/results/<name>.json. */
export async function publish(name: string, report: BenchReport, options: BenchOptions): Promise<string> {
  const json = JSON.stringify({ bench: name, quick: options.quick, ...report.figures });
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, `${name}.json`), json + '\n');
  console.log(formatTable(report.rows));
  console.log(json);
  return json;
}
