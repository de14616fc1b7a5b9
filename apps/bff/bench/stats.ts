// Percentiles and a small table printer for benchmark figures.

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export interface Figure {
  measure: string;
  value: string;
  budget: string;
  ok: boolean;
}

export function printFigures(title: string, figures: Figure[]): void {
  const lines = [
    `\n${title}\n`,
    '| measure | measured | budget | |',
    '|---|---|---|---|',
    ...figures.map((f) => `| ${f.measure} | ${f.value} | ${f.budget} | ${f.ok ? 'within' : 'OVER'} |`),
    '',
  ];
  process.stdout.write(lines.join('\n'));
}
