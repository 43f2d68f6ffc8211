// Targets as a kabupaten/kota states them (issue 11), in the four shapes of DESIGN.md. The checks
// here are the same for the saved target and for the live preview of its path, so the chart the
// form draws is the one the Kemiskinan page will draw after saving.
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import { DomainError } from '../../errors.js';
import type { Target } from '../../generated/prisma/client.js';
import type { TargetShape } from '../../generated/prisma/enums.js';
import { assertAdminOf, assertRegency, foundInArea } from '../common/admin.js';
import { assertUpdated, numberIn, optionalText, requiredText, WRITE_INVALID, WRITE_OUT_OF_RANGE, wholeNumber } from '../common/input.js';
import { assertVersion, audit, type Tx, write } from '../common/write.js';
import { type TargetDefinition, type TargetPoint, targetPath } from './target.service.js';

export const TARGET_STEP_REQUIRED = 'target/step_required';
export const TARGET_STEP_NOT_USED = 'target/step_not_used';
export const TARGET_DUE_DATE_REQUIRED = 'target/due_date_required';
export const TARGET_GROUP_REQUIRED = 'target/region_group_required';
export const TARGET_END_BEFORE_BASELINE = 'target/end_before_baseline';

/** The longest a target may run, years after its baseline. */
const MAX_SPAN = 30;

export interface TargetPathInput {
  shape: TargetShape;
  baselineYear: number;
  baselineValue: number;
  annualStep?: number | null | undefined;
  endYear: number;
  dueDate?: Date | null | undefined;
}

export interface TargetFields extends TargetPathInput {
  indicatorCode: string;
  name: string;
  regionGroupId?: number | null | undefined;
  note?: string | null | undefined;
}

/** The path definition from a form's values, or a DomainError naming the field at fault. */
export function checkPathInput(input: TargetPathInput): TargetDefinition {
  const baselineYear = wholeNumber(input.baselineYear, 'baselineYear', 2000, 2100);
  const baselineValue = numberIn(input.baselineValue, 'baselineValue', 0, 1e12);
  const endYear = wholeNumber(input.endYear, 'endYear', 2000, 2100);
  if (endYear <= baselineYear || endYear > baselineYear + MAX_SPAN) {
    throw new DomainError(
      TARGET_END_BEFORE_BASELINE,
      `The end year must be 1 to ${MAX_SPAN} years after the baseline year ${baselineYear}`,
      'endYear',
    );
  }
  const step = input.annualStep ?? null;
  let dueDate: Date | null = null;
  if (input.shape === 'ZERO_BY_DATE') {
    if (step !== null) throw new DomainError(TARGET_STEP_NOT_USED, 'A zero-by-date target has no annual step', 'annualStep');
    if (!input.dueDate) throw new DomainError(TARGET_DUE_DATE_REQUIRED, 'Say by when the value must be zero', 'dueDate');
    const dueYear = input.dueDate.getUTCFullYear();
    if (dueYear <= baselineYear || dueYear > endYear) {
      throw new DomainError(WRITE_INVALID, `The due date must fall after the baseline year and by the end year ${endYear}`, 'dueDate');
    }
    dueDate = input.dueDate;
  } else {
    if (step === null) throw new DomainError(TARGET_STEP_REQUIRED, 'Say how much the value falls each year', 'annualStep');
    // Percentage points of a rate; a fraction of last year's value; a count of households or persons.
    const max = input.shape === 'ANNUAL_POINT_REDUCTION' ? 100 : input.shape === 'ANNUAL_RELATIVE_REDUCTION' ? 0.99 : 1e9;
    if (!Number.isFinite(step) || step <= 0 || step > max) {
      throw new DomainError(WRITE_OUT_OF_RANGE, `The annual step must be above 0 and at most ${max}, got ${step}`, 'annualStep');
    }
  }
  return { shape: input.shape, baselineYear, baselineValue, annualStep: step, endYear, dueDate };
}

/** The live preview of a target's path: the same checks and the same path as a saved target. */
export function previewTargetPath(input: TargetPathInput): TargetPoint[] {
  return targetPath(checkPathInput(input));
}

async function checkTarget(tx: Tx, regionCode: string, input: TargetFields) {
  const path = checkPathInput(input);
  const name = requiredText(input.name, 'name', 200);
  const note = optionalText(input.note, 'note', 1000);
  const indicator = await tx.indicator.findUnique({ where: { code: input.indicatorCode }, select: { code: true } });
  if (!indicator) throw new DomainError(WRITE_INVALID, `No indicator ${input.indicatorCode}`, 'indicatorCode');
  let regionGroupId: number | null = null;
  if (input.shape === 'ZERO_BY_DATE') {
    if (input.regionGroupId == null) throw new DomainError(TARGET_GROUP_REQUIRED, 'Name the places that must reach zero', 'regionGroupId');
    const group = await tx.regionGroup.findUnique({ where: { id: input.regionGroupId }, select: { regionCode: true } });
    if (group?.regionCode !== regionCode)
      throw new DomainError(WRITE_INVALID, `The places must be a group of ${regionCode}`, 'regionGroupId');
    regionGroupId = input.regionGroupId;
  } else if (input.regionGroupId != null) {
    throw new DomainError(WRITE_INVALID, 'Only a zero-by-date target names places', 'regionGroupId');
  }
  return { ...path, indicatorCode: indicator.code, name, note, regionGroupId };
}

async function snapshot(tx: Tx, id: number) {
  const t = await tx.target.findUniqueOrThrow({ where: { id }, include: { regionGroup: { select: { name: true } } } });
  return {
    target: t as Target,
    audit: {
      name: t.name,
      regionCode: t.regionCode,
      indicator: t.indicatorCode,
      shape: t.shape,
      baselineYear: t.baselineYear,
      baselineValue: t.baselineValue,
      annualStep: t.annualStep,
      endYear: t.endYear,
      dueDate: t.dueDate?.toISOString().slice(0, 10) ?? null,
      regionGroup: t.regionGroup?.name ?? null,
      note: t.note,
    },
  };
}

export function createTarget(db: Database, viewer: Viewer, input: TargetFields & { regionCode: string }): Promise<Target> {
  assertAdminOf(viewer, input.regionCode);
  return write(db, async (tx) => {
    await assertRegency(tx, input.regionCode);
    const data = await checkTarget(tx, input.regionCode, input);
    const created = await tx.target.create({ data: { ...data, regionCode: input.regionCode } });
    const after = await snapshot(tx, created.id);
    await audit(tx, viewer, { entity: 'target', entityId: created.id, action: 'create', after: after.audit, regionCode: input.regionCode });
    return after.target;
  });
}

export function updateTarget(db: Database, viewer: Viewer, input: TargetFields & { id: number; version: number }): Promise<Target> {
  return write(db, async (tx) => {
    const current = foundInArea(viewer, await tx.target.findUnique({ where: { id: input.id } }), 'target', input.id);
    await assertVersion(tx, 'target', current.id, current.version, input.version);
    const data = await checkTarget(tx, current.regionCode, input);
    const before = await snapshot(tx, current.id);
    const { count } = await tx.target.updateMany({
      where: { id: current.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    await assertUpdated(tx, 'target', current.id, count, input.version);
    const after = await snapshot(tx, current.id);
    await audit(tx, viewer, {
      entity: 'target',
      entityId: current.id,
      action: 'update',
      before: before.audit,
      after: after.audit,
      regionCode: current.regionCode,
    });
    return after.target;
  });
}

/** Removes a target (nothing else refers to one). */
export function deleteTarget(db: Database, viewer: Viewer, id: number, version: number): Promise<number> {
  return write(db, async (tx) => {
    const current = foundInArea(viewer, await tx.target.findUnique({ where: { id } }), 'target', id);
    await assertVersion(tx, 'target', id, current.version, version);
    const before = await snapshot(tx, id);
    await tx.target.delete({ where: { id } });
    await audit(tx, viewer, { entity: 'target', entityId: id, action: 'delete', before: before.audit, regionCode: current.regionCode });
    return id;
  });
}
