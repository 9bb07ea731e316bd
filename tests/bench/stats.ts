/** Percentiles over measured durations (ms). */
export function summarise(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { n: sorted.length, p50: at(50), p95: at(95), max: sorted.at(-1)!, mean };
}

export function printTable(title: string, rows: Record<string, ReturnType<typeof summarise>>) {
  console.log(`\n${title}`);
  console.table(
    Object.fromEntries(
      Object.entries(rows).map(([name, s]) => [name, { n: s.n, "p50 ms": +s.p50.toFixed(2), "p95 ms": +s.p95.toFixed(2), "mean ms": +s.mean.toFixed(2), "max ms": +s.max.toFixed(2) }]),
    ),
  );
}

export async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}
