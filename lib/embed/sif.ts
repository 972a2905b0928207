/**
 * Smooth-inverse-frequency (SIF) weighting, common-component removal and per-row
 * int8 quantization for a static word-embedding table. Pure and deterministic:
 * fixed iteration order, fixed start vector, float64 accumulation.
 */

/** Harmonic number H_n = Σ_{r=1..n} 1/r. */
export function harmonic(n: number): number {
  let h = 0;
  for (let r = n; r >= 1; r--) h += 1 / r;
  return h;
}

/** SIF weight a / (a + p(r)) with the Zipf estimate p(r) = (1/r) / H_n for 1-based frequency rank r. */
export function sifWeight(rank: number, a: number, hN: number): number {
  const p = 1 / rank / hN;
  return a / (a + p);
}

/**
 * First (uncentred) principal component of the rows of `m` ([rows, dim], row-major):
 * power iteration on the Gram matrix MᵀM from a fixed start vector. Sign is fixed so
 * that the component with the largest magnitude is positive.
 */
export function firstPrincipalComponent(m: Float64Array, rows: number, dim: number, iterations = 1000): Float64Array {
  const gram = new Float64Array(dim * dim);
  for (let r = 0; r < rows; r++) {
    const off = r * dim;
    for (let i = 0; i < dim; i++) {
      const xi = m[off + i];
      if (xi === 0) continue;
      for (let j = i; j < dim; j++) gram[i * dim + j] += xi * m[off + j];
    }
  }
  for (let i = 0; i < dim; i++) for (let j = 0; j < i; j++) gram[i * dim + j] = gram[j * dim + i];

  let u = new Float64Array(dim).map((_, i) => 1 + i / dim);
  normalizeInPlace(u);
  for (let it = 0; it < iterations; it++) {
    const next = new Float64Array(dim);
    for (let i = 0; i < dim; i++) {
      let s = 0;
      for (let j = 0; j < dim; j++) s += gram[i * dim + j] * u[j];
      next[i] = s;
    }
    normalizeInPlace(next);
    let delta = 0;
    for (let i = 0; i < dim; i++) delta = Math.max(delta, Math.abs(next[i] - u[i]));
    u = next;
    if (delta < 1e-15) break;
  }
  let maxIdx = 0;
  for (let i = 1; i < dim; i++) if (Math.abs(u[i]) > Math.abs(u[maxIdx])) maxIdx = i;
  if (u[maxIdx] < 0) for (let i = 0; i < dim; i++) u[i] = -u[i];
  return u;
}

/** Subtract each row's projection on the unit vector `u`, in place. */
export function removeComponent(m: Float64Array, rows: number, dim: number, u: Float64Array): void {
  for (let r = 0; r < rows; r++) {
    const off = r * dim;
    let dot = 0;
    for (let i = 0; i < dim; i++) dot += m[off + i] * u[i];
    for (let i = 0; i < dim; i++) m[off + i] -= dot * u[i];
  }
}

/** Per-row symmetric int8 quantization: scale = max|x| / 127 (stored as float32); zero rows get scale 0. */
export function quantizeRows(m: Float64Array, rows: number, dim: number): { table: Int8Array; scales: Float32Array } {
  const table = new Int8Array(rows * dim);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    const off = r * dim;
    let max = 0;
    for (let i = 0; i < dim; i++) max = Math.max(max, Math.abs(m[off + i]));
    const scale = Math.fround(max / 127);
    scales[r] = scale;
    if (scale === 0) continue;
    for (let i = 0; i < dim; i++) table[off + i] = Math.max(-127, Math.min(127, Math.round(m[off + i] / scale)));
  }
  return { table, scales };
}

function normalizeInPlace(v: Float64Array): void {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i] /= n;
}
