import type { FigureMention } from './mentions';
import type { QuantityKind } from './quantities';

export interface FigureConflict {
  entity: string;
  entityKey: string;
  kind: QuantityKind;
  unit: string;
  /** Distinct values, ascending. */
  values: number[];
  mentions: FigureMention[];
}

/** Money within 1 % is the same amount (rounding); years, counts and percentages must match exactly. */
const same = (kind: QuantityKind, a: number, b: number) => (kind === 'money' ? Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b)) : a === b);

/**
 * Groups figure mentions by entity, kind and unit, and keeps the groups that state different values in different
 * sentences (money within 1 % counts as the same amount; one sentence listing two amounts is not a conflict by itself).
 */
export function figureConflicts(mentions: readonly FigureMention[]): FigureConflict[] {
  const groups = new Map<string, FigureMention[]>();
  for (const m of mentions) {
    const key = `${m.entityKey}\u0000${m.kind}\u0000${m.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const out: FigureConflict[] = [];
  for (const ms of groups.values()) {
    const differ = ms.some((a) => ms.some((b) => a.sentence !== b.sentence && !same(a.kind, a.value, b.value)));
    if (!differ) continue;
    const values = ms.map((m) => m.value).sort((a, b) => a - b).filter((v, i, all) => i === 0 || !same(ms[0].kind, v, all[i - 1]));
    const named = ms.find((m) => !m.inherited) ?? ms[0];
    out.push({ entity: named.entity, entityKey: named.entityKey, kind: named.kind, unit: named.unit, values, mentions: ms });
  }
  return out.sort((a, b) => b.mentions.length - a.mentions.length || a.entity.localeCompare(b.entity));
}
