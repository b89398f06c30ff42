/** Percentiles of a list of durations in milliseconds. */
export function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (n: number) => Math.round(n * 100) / 100;
  return { n: sorted.length, p50_ms: round(at(50)), p95_ms: round(at(95)), max_ms: round(sorted[sorted.length - 1]) };
}

export async function timeMany(iterations: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
