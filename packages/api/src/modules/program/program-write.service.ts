// Programs as the secretariat sets them up at the start of a fiscal year (issue 11): OPD, cluster,
// pagu, the monthly disbursement plan, output and beneficiary targets, target group, partners.
// Each write refreshes the program's budget rollup in its transaction (the S-curve, absorption and
// status read it), and the program-reach rollup when the target group changes (inclusion errors).
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import { DomainError } from '../../errors.js';
import type { Program } from '../../generated/prisma/client.js';
import type { TargetGroup } from '../../generated/prisma/enums.js';
import { assertAdminOf, assertRegency, foundInArea } from '../common/admin.js';
import { assertUpdated, requiredText, WRITE_INVALID, WRITE_OUT_OF_RANGE, wholeNumber } from '../common/input.js';
import { assertVersion, audit, refuseInUse, type Tx, WRITE_DUPLICATE, write } from '../common/write.js';
import { refreshBudgetRollup, refreshProgramReachRollup, runnerFromPrisma } from '../rollup/rollup.service.js';

export const PROGRAM_CODE_INVALID = 'program/code_invalid';
export const PROGRAM_PLAN_DECREASES = 'program/plan_decreases';
export const PROGRAM_PLAN_ABOVE_PAGU = 'program/plan_above_pagu';
export const PROGRAM_PLAN_LENGTH = 'program/plan_length';
export const PROGRAM_PAGU_BELOW_REALISASI = 'program/pagu_below_realisasi';

/** Rp1 kuadriliun: far above any regional program, far below what a JSON number holds exactly. */
const MAX_PAGU = 1_000_000_000_000_000n;
const MAX_COUNT = 10_000_000;

export interface ProgramFields {
  opdId: number;
  clusterId: number;
  code: string;
  name: string;
  pagu: bigint;
  /** Planned cumulative disbursement at the end of each month, January first: 12 values, or none. */
  plan: readonly bigint[];
  outputUnit: string;
  outputTarget: number;
  beneficiaryTarget: number;
  targetGroup: TargetGroup;
  partnerIds?: readonly number[] | null | undefined;
}

export type NewProgram = ProgramFields & { regionCode: string; fiscalYear: number };
export type ProgramChange = ProgramFields & { id: number; version: number };

function checkPlan(plan: readonly bigint[], pagu: bigint): void {
  if (plan.length !== 0 && plan.length !== 12) {
    throw new DomainError(PROGRAM_PLAN_LENGTH, `The plan has one cumulative amount per month, 12 in all, got ${plan.length}`, 'plan');
  }
  let previous = 0n;
  plan.forEach((amount, i) => {
    const field = `plan.${i + 1}`;
    if (amount < 0n) throw new DomainError(WRITE_OUT_OF_RANGE, 'A planned amount cannot be negative', field);
    if (amount < previous) {
      throw new DomainError(
        PROGRAM_PLAN_DECREASES,
        `The plan is cumulative: month ${i + 1} (Rp${amount}) is below month ${i} (Rp${previous})`,
        field,
      );
    }
    if (amount > pagu)
      throw new DomainError(PROGRAM_PLAN_ABOVE_PAGU, `Month ${i + 1} plans Rp${amount}, above the pagu of Rp${pagu}`, field);
    previous = amount;
  });
}

/** Checks every field that needs no database; the rest follow in the transaction. */
function checkFields(input: ProgramFields) {
  const code = requiredText(input.code, 'code', 40).toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9._/-]*$/.test(code)) {
    throw new DomainError(PROGRAM_CODE_INVALID, 'A program code is letters, digits, dots, dashes, slashes or underscores', 'code');
  }
  if (input.pagu < 0n || input.pagu > MAX_PAGU) {
    throw new DomainError(WRITE_OUT_OF_RANGE, `The pagu is whole rupiah from 0 to ${MAX_PAGU}`, 'pagu');
  }
  checkPlan(input.plan, input.pagu);
  return {
    code,
    name: requiredText(input.name, 'name', 300),
    pagu: input.pagu,
    outputUnit: requiredText(input.outputUnit, 'outputUnit', 60),
    outputTarget: wholeNumber(input.outputTarget, 'outputTarget', 0, MAX_COUNT),
    beneficiaryTarget: wholeNumber(input.beneficiaryTarget, 'beneficiaryTarget', 0, MAX_COUNT),
    targetGroup: input.targetGroup,
  };
}

/** OPD, cluster and partners must be the kabupaten/kota's own. */
async function checkReferences(tx: Tx, regionCode: string, input: ProgramFields): Promise<number[]> {
  const opd = await tx.opd.findUnique({ where: { id: input.opdId }, select: { regionCode: true } });
  if (opd?.regionCode !== regionCode) throw new DomainError(WRITE_INVALID, `The OPD must be one of ${regionCode}`, 'opdId');
  const cluster = await tx.cluster.findUnique({ where: { id: input.clusterId }, select: { regionCode: true } });
  if (cluster?.regionCode !== regionCode) throw new DomainError(WRITE_INVALID, `The cluster must be one of ${regionCode}`, 'clusterId');
  const partnerIds = [...new Set(input.partnerIds ?? [])].filter((id) => id !== input.opdId);
  if (partnerIds.length > 0) {
    const found = await tx.opd.count({ where: { id: { in: partnerIds }, regionCode } });
    if (found !== partnerIds.length)
      throw new DomainError(WRITE_INVALID, `Every partner must be an OPD or partner of ${regionCode}`, 'partnerIds');
  }
  return partnerIds;
}

async function assertCodeFree(tx: Tx, regionCode: string, fiscalYear: number, code: string, exceptId?: number): Promise<void> {
  const other = await tx.program.findFirst({
    where: { regionCode, fiscalYear, code: { equals: code, mode: 'insensitive' }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw new DomainError(WRITE_DUPLICATE, `${regionCode} already has a program ${code} in ${fiscalYear}`, 'code');
}

async function writePlanAndPartners(tx: Tx, programId: number, plan: readonly bigint[], partnerIds: number[]): Promise<void> {
  await tx.programMonthlyPlan.deleteMany({ where: { programId } });
  if (plan.length > 0) {
    await tx.programMonthlyPlan.createMany({ data: plan.map((plannedCumulative, i) => ({ programId, month: i + 1, plannedCumulative })) });
  }
  await tx.programPartner.deleteMany({ where: { programId } });
  if (partnerIds.length > 0) await tx.programPartner.createMany({ data: partnerIds.map((opdId) => ({ programId, opdId })) });
}

/** The program as the audit log keeps it: names rather than ids, so the page reads without lookups. */
async function snapshot(tx: Tx, id: number) {
  const p = await tx.program.findUniqueOrThrow({
    where: { id },
    include: {
      opd: { select: { shortName: true } },
      cluster: { select: { number: true } },
      plan: { orderBy: { month: 'asc' } },
      partners: { select: { opd: { select: { shortName: true } } }, orderBy: { opd: { shortName: 'asc' } } },
    },
  });
  return {
    program: p as Program,
    audit: {
      code: p.code,
      name: p.name,
      fiscalYear: p.fiscalYear,
      regionCode: p.regionCode,
      opd: p.opd.shortName,
      cluster: p.cluster.number,
      pagu: p.pagu,
      plan: p.plan.map((m) => m.plannedCumulative),
      outputUnit: p.outputUnit,
      outputTarget: p.outputTarget,
      beneficiaryTarget: p.beneficiaryTarget,
      targetGroup: p.targetGroup,
      partners: p.partners.map((x) => x.opd.shortName),
    },
  };
}

export function createProgram(db: Database, viewer: Viewer, input: NewProgram): Promise<Program> {
  assertAdminOf(viewer, input.regionCode);
  const fiscalYear = wholeNumber(input.fiscalYear, 'fiscalYear', 2000, 2100);
  const fields = checkFields(input);
  return write(db, async (tx) => {
    await assertRegency(tx, input.regionCode);
    const partnerIds = await checkReferences(tx, input.regionCode, input);
    await assertCodeFree(tx, input.regionCode, fiscalYear, fields.code);
    const created = await tx.program.create({
      data: { ...fields, regionCode: input.regionCode, fiscalYear, opdId: input.opdId, clusterId: input.clusterId },
    });
    await writePlanAndPartners(tx, created.id, input.plan, partnerIds);
    await refreshBudgetRollup(runnerFromPrisma(tx), created.id);
    const after = await snapshot(tx, created.id);
    await audit(tx, viewer, {
      entity: 'program',
      entityId: created.id,
      action: 'create',
      after: after.audit,
      regionCode: input.regionCode,
    });
    return after.program;
  });
}

export function updateProgram(db: Database, viewer: Viewer, input: ProgramChange): Promise<Program> {
  const fields = checkFields(input);
  return write(db, async (tx) => {
    const current = foundInArea(viewer, await tx.program.findUnique({ where: { id: input.id } }), 'program', input.id);
    await assertVersion(tx, 'program', current.id, current.version, input.version);
    const partnerIds = await checkReferences(tx, current.regionCode, input);
    await assertCodeFree(tx, current.regionCode, current.fiscalYear, fields.code, current.id);
    // Reports already hold realisasi up to some amount; a pagu below it would make them impossible.
    const reported = await tx.progressReport.findFirst({
      where: { programId: current.id },
      orderBy: { realisasi: 'desc' },
      select: { realisasi: true, month: true },
    });
    if (reported && fields.pagu < reported.realisasi) {
      throw new DomainError(
        PROGRAM_PAGU_BELOW_REALISASI,
        `The pagu cannot be below the Rp${reported.realisasi} already reported for month ${reported.month}`,
        'pagu',
      );
    }
    const before = await snapshot(tx, current.id);
    const { count } = await tx.program.updateMany({
      where: { id: current.id, version: input.version },
      data: { ...fields, opdId: input.opdId, clusterId: input.clusterId, version: { increment: 1 } },
    });
    await assertUpdated(tx, 'program', current.id, count, input.version);
    await writePlanAndPartners(tx, current.id, input.plan, partnerIds);
    // Pagu, plan, OPD and cluster are copied into the budget rollup; the target group decides
    // which reached households count as eligible in the reach rollup.
    const sql = runnerFromPrisma(tx);
    await refreshBudgetRollup(sql, current.id);
    if (fields.targetGroup !== current.targetGroup) await refreshProgramReachRollup(sql, current.fiscalYear, current.regionCode);
    const after = await snapshot(tx, current.id);
    await audit(tx, viewer, {
      entity: 'program',
      entityId: current.id,
      action: 'update',
      before: before.audit,
      after: after.audit,
      regionCode: current.regionCode,
    });
    return after.program;
  });
}

/** Removes a program without reports or benefits; otherwise says what it has. */
export function deleteProgram(db: Database, viewer: Viewer, id: number, version: number): Promise<number> {
  return write(db, async (tx) => {
    const current = foundInArea(viewer, await tx.program.findUnique({ where: { id } }), 'program', id);
    await assertVersion(tx, 'program', id, current.version, version);
    const uses: [number, string][] = [];
    uses.push([await tx.progressReport.count({ where: { programId: id } }), 'reports']);
    uses.push([await tx.benefit.count({ where: { programId: id } }), 'benefits']);
    refuseInUse(uses);
    const before = await snapshot(tx, id);
    // Plan, partners and budget rollup rows go with it (ON DELETE CASCADE); the reach rollup has
    // no rows for a program without benefits, but is cleared in case an import left some.
    await tx.programReachRollup.deleteMany({ where: { programId: id } });
    await tx.program.delete({ where: { id } });
    await audit(tx, viewer, { entity: 'program', entityId: id, action: 'delete', before: before.audit, regionCode: current.regionCode });
    return id;
  });
}
