// Foster–Greer–Thorbecke poverty indices (BPS: P0 headcount, P1 gap, P2 severity) from
// household microdata, weighted by household members so the figures are per person as BPS's are.

export interface FgtInput {
  /** Rupiah per capita per month. */
  perCapitaExpenditure: number;
  /** Persons in the household: its weight. */
  members: number;
}

export interface FgtResult {
  /** Share of persons below the line, 0–1. */
  p0: number;
  /** Mean normalised gap below the line over all persons, 0–1. */
  p1: number;
  /** Mean squared normalised gap, 0–1. */
  p2: number;
  persons: number;
  poorPersons: number;
}

/** P_a = (1/N) Σ w_i ((z − y_i)/z)^a over y_i < z. */
export function fgt(rows: readonly FgtInput[], povertyLine: number): FgtResult {
  if (!(povertyLine > 0)) throw new RangeError(`povertyLine must be a positive number of rupiah, got ${povertyLine}`);
  let persons = 0;
  let poor = 0;
  let gap = 0;
  let severity = 0;
  for (const { perCapitaExpenditure: y, members: w } of rows) {
    persons += w;
    if (y < povertyLine) {
      const g = (povertyLine - y) / povertyLine;
      poor += w;
      gap += w * g;
      severity += w * g * g;
    }
  }
  if (persons === 0) return { p0: 0, p1: 0, p2: 0, persons: 0, poorPersons: 0 };
  return { p0: poor / persons, p1: gap / persons, p2: severity / persons, persons, poorPersons: poor };
}
