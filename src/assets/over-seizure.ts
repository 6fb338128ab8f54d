// 超标的查封: what a case holds seized against what it may hold — the claim still outstanding plus
// the costs of enforcement (查封规定 第19条; 民事诉讼法 第253条). Only seizures in effect count;
// a monetary freeze counts its amount still frozen, anything else its estimated value.
//
// The cure keeps the claim covered: whole seizures are released, largest first, while each fits in
// what is still excess; what then remains is released from a monetary freeze in part (the 2021
// supervision opinion: freeze a stated amount). An excess left after both is an indivisible item,
// which 第19条 allows to stay seized whole.

export type HeldSeizure = {
  readonly seizureId: string;
  readonly assetId: string;
  readonly value: bigint | null;
  readonly divisible: boolean;
};

export type Cure = {
  readonly seizureId: string;
  readonly assetId: string;
  readonly value: bigint;
  readonly release: 'whole' | 'part';
  readonly amount: bigint;
};

export type OverSeizure = {
  readonly seizedValue: bigint;
  readonly unvalued: number; // seizures without an estimated value (not counted)
  readonly outstanding: bigint;
  readonly costs: bigint;
  readonly excess: bigint; // 0 when not over-seized
  readonly flagged: boolean;
  readonly cures: readonly Cure[];
  readonly excessAfterCures: bigint; // what an indivisible item keeps seized beyond the need
};

const byValueDesc = (a: { value: bigint }, b: { value: bigint }) => (a.value > b.value ? -1 : a.value < b.value ? 1 : 0);

export function overSeizure(held: readonly HeldSeizure[], outstanding: bigint, costs: bigint): OverSeizure {
  const valued = held.filter((h): h is HeldSeizure & { value: bigint } => h.value !== null && h.value > 0n);
  const seizedValue = valued.reduce((sum, h) => sum + h.value, 0n);
  const need = (outstanding > 0n ? outstanding : 0n) + costs;
  const excess = seizedValue > need ? seizedValue - need : 0n;
  const cures: Cure[] = [];
  let left = excess;
  for (const h of [...valued].sort(byValueDesc)) {
    if (left === 0n) break;
    if (h.value <= left) {
      cures.push({ seizureId: h.seizureId, assetId: h.assetId, value: h.value, release: 'whole', amount: h.value });
      left -= h.value;
    }
  }
  const taken = new Set(cures.map((c) => c.seizureId));
  const part = left > 0n ? [...valued].sort(byValueDesc).find((h) => h.divisible && !taken.has(h.seizureId) && h.value > left) : undefined;
  if (part) {
    cures.push({ seizureId: part.seizureId, assetId: part.assetId, value: part.value, release: 'part', amount: left });
    left = 0n;
  }
  return {
    seizedValue,
    unvalued: held.filter((h) => h.value === null).length,
    outstanding,
    costs,
    excess,
    flagged: excess > 0n,
    cures,
    excessAfterCures: left,
  };
}
