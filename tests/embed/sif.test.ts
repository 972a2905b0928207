import { describe, expect, it } from 'vitest';
import { firstPrincipalComponent, harmonic, quantizeRows, removeComponent, sifWeight } from '@/lib/embed/sif';

describe('SIF helpers', () => {
  it('weights frequent words down and rare words towards 1', () => {
    const h = harmonic(100_000);
    expect(h).toBeCloseTo(12.09, 2);
    const w1 = sifWeight(1, 1e-3, h);
    const w100 = sifWeight(100, 1e-3, h);
    const w50k = sifWeight(50_000, 1e-3, h);
    expect(w1).toBeLessThan(0.02);
    expect(w1).toBeLessThan(w100);
    expect(w100).toBeLessThan(w50k);
    expect(w50k).toBeGreaterThan(0.99);
  });

  it('finds the dominant direction and removes it', () => {
    // rows mostly along (3,4,0)/5 plus small orthogonal noise
    const rows = [
      [3, 4, 0.1],
      [6, 8, -0.1],
      [-3, -4, 0.2],
      [1.5, 2, 0],
      [0.2, -0.1, 0.3],
    ];
    const m = Float64Array.from(rows.flat());
    const u = firstPrincipalComponent(m, rows.length, 3);
    expect(u[0]).toBeCloseTo(0.6, 2);
    expect(u[1]).toBeCloseTo(0.8, 2);
    expect(Math.hypot(...u)).toBeCloseTo(1, 10);
    // deterministic
    expect([...firstPrincipalComponent(m, rows.length, 3)]).toEqual([...u]);
    removeComponent(m, rows.length, 3, u);
    for (let r = 0; r < rows.length; r++) {
      const dot = m[r * 3] * u[0] + m[r * 3 + 1] * u[1] + m[r * 3 + 2] * u[2];
      expect(Math.abs(dot)).toBeLessThan(1e-12);
    }
  });

  it('quantizes rows to int8 with per-row scales and keeps zero rows zero', () => {
    const m = Float64Array.from([0, 0, 0, 1, -0.5, 0.25, 100, 50, -100]);
    const { table, scales } = quantizeRows(m, 3, 3);
    expect(scales[0]).toBe(0);
    expect([...table.subarray(0, 3)]).toEqual([0, 0, 0]);
    expect([...table.subarray(3, 6)]).toEqual([127, -64, 32]);
    expect([...table.subarray(6, 9)]).toEqual([127, 64, -127]);
    for (let i = 3; i < 9; i++) {
      const r = Math.floor(i / 3);
      expect(Math.abs(table[i] * scales[r] - m[i])).toBeLessThanOrEqual(scales[r] / 2 + 1e-9);
    }
  });
});
