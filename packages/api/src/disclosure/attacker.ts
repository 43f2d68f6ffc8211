// A test's attacker: everything a signed-in role can ask about the households of one
// kabupaten/kota (every region at every level, targeting with every filter, program outcomes,
// PSKS bases), and every way those answers combine into a count: a figure itself, the difference
// of two nested figures of one cell, and a parent less its shown children. Returns each count of
// 1 to k−1 it can read or derive, and each hidden cell it can rebuild exactly.

export type Gql = (
  query: string,
) => Promise<{ data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;

export interface Leak {
  what: string;
  value: number;
}

interface Place {
  code: string;
  households: number | null;
}

const small = (n: number | null | undefined, k: number) => n != null && n > 0 && n < k;

export async function attack(
  gql: Gql,
  regency: string,
  year: number,
  k: number,
  /** A region the role may read household by household (a kelurahan operator's own): not a leak. */
  own: string | null = null,
): Promise<{ leaks: Leak[]; hiddenSeen: number; answers: number }> {
  const leaks: Leak[] = [];
  let hiddenSeen = 0;
  let answers = 0;
  const ask = async (query: string) => {
    const result = await gql(query);
    if (result.data) answers++;
    return result.data ?? null;
  };
  const note = (what: string, value: number | null | undefined) => {
    if (own && what.includes(own)) return;
    if (small(value, k)) leaks.push({ what, value: value! });
  };

  // ── The region tree of extreme-poor households: every level, both paths.
  const tree = new Map<string, { parent: string | null; households: number | null }>();
  const visit = async (code: string, parent: string | null) => {
    const data = (await ask(
      `{ extremePoverty(regionCode: "${code}") { households suppressed byPlace { regionCode households suppressed } } }`,
    )) as {
      extremePoverty: { households: number | null; byPlace: (Place & { regionCode: string })[] };
    } | null;
    if (!data) return;
    tree.set(code, { parent, households: data.extremePoverty.households });
    note(`extremePoverty(${code}).households`, data.extremePoverty.households);
    for (const child of data.extremePoverty.byPlace) {
      note(`extremePoverty(${code}).byPlace[${child.regionCode}]`, child.households);
      if (child.households === null) hiddenSeen++;
      if (child.regionCode.length < 13) await visit(child.regionCode, code);
      else tree.set(child.regionCode, { parent: code, households: child.households });
    }
    const region = (await ask(`{ region(code: "${code}") { extremePoorHouseholds children { code extremePoorHouseholds } } }`)) as {
      region: { extremePoorHouseholds: number | null; children: { code: string; extremePoorHouseholds: number | null }[] } | null;
    } | null;
    for (const child of region?.region?.children ?? []) {
      note(`region(${child.code}).extremePoorHouseholds`, child.extremePoorHouseholds);
      const known = tree.get(child.code);
      if (known && known.households !== child.extremePoorHouseholds) leaks.push({ what: `two paths disagree on ${child.code}`, value: -1 });
    }
  };
  await visit(regency, null);
  for (const [code, cell] of tree) {
    if (cell.households === null) continue;
    const kids = [...tree.entries()].filter(([, c]) => c.parent === code);
    const hidden = kids.filter(([, c]) => c.households === null);
    if (hidden.length === 0) continue;
    const rest = cell.households - kids.reduce((s, [, c]) => s + (c.households ?? 0), 0);
    if (hidden.length === 1 && hidden[0]![0] !== own)
      leaks.push({ what: `${hidden[0]![0]} = ${code} less its shown children`, value: rest });
    else note(`the hidden children of ${code} together`, rest);
  }
  for (const [code, cell] of tree) {
    if (cell.households !== null || !cell.parent) continue;
    // A hidden cell's children: shown ones would rebuild it (no public places in these tests).
    const kids = [...tree.entries()].filter(([, c]) => c.parent === code);
    if (kids.length > 0 && kids.every(([, c]) => c.households !== null))
      leaks.push({ what: `${code} = the sum of its shown children`, value: -1 });
  }

  // ── Targeting: no filter, each cluster, each program; the same program cells in each.
  const TARGETING = `year: ${year}) { reached eligibleReached distinctReached exclusion { eligible unreached } overlap { households reached eligibleUnreached }
      byProgram { programId clusterNumber reached eligible overlapping } byChildRegion { code eligible unreached overlapping suppressed } }`;
  const all = (await ask(`{ targeting(regionCode: "${regency}", ${TARGETING} }`)) as { targeting: Targeting } | null;
  const clusters = (await ask(`{ clusters(regionCode: "${regency}") { id number } }`)) as {
    clusters: { id: number; number: number }[];
  } | null;
  const views: { label: string; t: Targeting }[] = [];
  if (all) views.push({ label: 'all', t: all.targeting });
  for (const c of clusters?.clusters ?? []) {
    const one = (await ask(`{ targeting(regionCode: "${regency}", clusterId: ${c.id}, ${TARGETING} }`)) as { targeting: Targeting } | null;
    if (one) views.push({ label: `cluster ${c.number}`, t: one.targeting });
  }
  const programRows = new Map<number, ProgramRow>();
  for (const v of views) for (const p of v.t.byProgram) programRows.set(p.programId, p);
  for (const id of programRows.keys()) {
    const one = (await ask(`{ targeting(regionCode: "${regency}", programId: ${id}, ${TARGETING} }`)) as { targeting: Targeting } | null;
    if (one) views.push({ label: `program ${id}`, t: one.targeting });
  }
  for (const { label, t } of views) {
    const x = t;
    for (const [name, value] of Object.entries({
      reached: x.reached,
      eligibleReached: x.eligibleReached,
      distinctReached: x.distinctReached,
      eligible: x.exclusion.eligible,
      unreached: x.exclusion.unreached,
      overlapping: x.overlap.households,
      reachedActive: x.overlap.reached,
    }))
      note(`targeting(${label}).${name}`, value);
    const diff = (a: number | null, b: number | null, what: string) =>
      a !== null && b !== null && note(`targeting(${label}): ${what}`, a - b);
    diff(x.reached, x.eligibleReached, 'reached − eligibleReached');
    diff(x.distinctReached, x.overlap.reached, 'distinctReached − reached while active');
    diff(x.overlap.reached, x.overlap.households, 'reached while active − overlapping');
    diff(x.exclusion.eligible, x.exclusion.unreached, 'eligible − unreached');
    diff(x.exclusion.eligible, tree.get(regency)?.households ?? null, 'eligible − extreme poor');
    for (const p of x.byProgram) {
      note(`targeting(${label}).byProgram[${p.programId}].reached`, p.reached);
      diff(p.reached, p.eligible, `program ${p.programId}: reached − eligible`);
      diff(p.reached, p.overlapping, `program ${p.programId}: reached − overlapping`);
      note(`program ${p.programId} overlapping`, p.overlapping);
      note(`program ${p.programId} eligible`, p.eligible);
    }
    // Totals less the shown program rows.
    const hiddenRows = x.byProgram.filter((p) => p.reached === null);
    if (x.reached !== null && hiddenRows.length > 0) {
      const rest = x.reached - x.byProgram.reduce((s, p) => s + (p.reached ?? 0), 0);
      if (hiddenRows.length === 1)
        leaks.push({ what: `targeting(${label}): program ${hiddenRows[0]!.programId} = total less shown`, value: rest });
      else note(`targeting(${label}): hidden programs together`, rest);
    }
    for (const c of x.byChildRegion) {
      note(`targeting(${label}).byChildRegion[${c.code}].eligible`, c.eligible);
      note(`targeting(${label}).byChildRegion[${c.code}].unreached`, c.unreached);
      note(`targeting(${label}).byChildRegion[${c.code}].overlapping`, c.overlapping);
      diff(c.eligible, c.unreached, `${c.code}: eligible − unreached`);
      diff(c.eligible, tree.get(c.code)?.households ?? null, `${c.code}: eligible − extreme poor`);
    }
    const hiddenKids = x.byChildRegion.filter((c) => c.suppressed);
    for (const key of ['eligible', 'unreached', 'overlapping'] as const) {
      const total = key === 'overlapping' ? x.overlap.households : x.exclusion[key];
      if (total === null || hiddenKids.length === 0) continue;
      const rest = total - x.byChildRegion.reduce((s, c) => s + (c[key] ?? 0), 0);
      if (hiddenKids.length === 1)
        leaks.push({ what: `targeting(${label}): ${hiddenKids[0]!.code}.${key} = total less shown`, value: rest });
      else note(`targeting(${label}): hidden kecamatan ${key} together`, rest);
    }
  }
  // Cluster sums less their shown programs, and the whole less the clusters.
  const clusterViews = views.filter((v) => v.label.startsWith('cluster'));
  const whole = views.find((v) => v.label === 'all')?.t;
  if (whole?.reached != null && clusterViews.length > 0) {
    const hiddenClusters = clusterViews.filter((v) => v.t.reached === null);
    const rest = whole.reached - clusterViews.reduce((s, v) => s + (v.t.reached ?? 0), 0);
    if (hiddenClusters.length === 1) leaks.push({ what: `${hiddenClusters[0]!.label} = all less the other clusters`, value: rest });
  }

  // ── Program outcomes: the same program cells, and graduation.
  const outcomes = (await ask(
    `{ programOutcomes(regionCode: "${regency}", year: ${year}) { programs { program { id } source beneficiariesReached householdsGraduated costPerHousehold } } }`,
  )) as {
    programOutcomes: {
      programs: { program: { id: number }; source: string; beneficiariesReached: number | null; householdsGraduated: number | null }[];
    };
  } | null;
  for (const o of outcomes?.programOutcomes.programs ?? []) {
    if (o.source !== 'BENEFIT_RECORDS') continue;
    note(`programOutcomes[${o.program.id}].beneficiariesReached`, o.beneficiariesReached);
    note(`programOutcomes[${o.program.id}].householdsGraduated`, o.householdsGraduated);
    if (o.beneficiariesReached !== null && o.householdsGraduated !== null)
      note(`program ${o.program.id}: reached − graduated`, o.beneficiariesReached - o.householdsGraduated);
    const row = programRows.get(o.program.id);
    if (row && (row.reached === null) !== (o.beneficiariesReached === null))
      leaks.push({ what: `program ${o.program.id}: targeting and outcomes hide differently`, value: -1 });
  }

  // ── PSKS bases.
  for (const code of tree.keys()) {
    const psks = (await ask(`{ psks(regionCode: "${code}") { poorHouseholds } }`)) as { psks: { poorHouseholds: number | null } } | null;
    note(`psks(${code}).poorHouseholds`, psks?.psks.poorHouseholds);
    const ep = tree.get(code)?.households ?? null;
    if (psks?.psks.poorHouseholds != null && ep !== null) note(`psks(${code}) − extreme poor`, psks.psks.poorHouseholds - ep);
  }
  return { leaks, hiddenSeen, answers };
}

interface ProgramRow {
  programId: number;
  clusterNumber: number;
  reached: number | null;
  eligible: number | null;
  overlapping: number | null;
}

interface Targeting {
  reached: number | null;
  eligibleReached: number | null;
  distinctReached: number | null;
  exclusion: { eligible: number | null; unreached: number | null };
  overlap: { households: number | null; reached: number | null; eligibleUnreached: number | null };
  byProgram: ProgramRow[];
  byChildRegion: { code: string; eligible: number | null; unreached: number | null; overlapping: number | null; suppressed: boolean }[];
}
