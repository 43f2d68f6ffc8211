// Target paths: each target shape (DESIGN.md, Targets) turns a baseline and a step into a value
// per year that actuals are compared with.
import type { TargetShape } from '../../generated/prisma/enums.js';

export interface TargetDefinition {
  shape: TargetShape;
  baselineYear: number;
  baselineValue: number;
  annualStep: number | null;
  endYear: number;
  dueDate: Date | null;
}

export interface TargetPoint {
  year: number;
  value: number;
}

/** The target value for each year from the baseline year to the end year, baseline included. */
export function targetPath(target: TargetDefinition): TargetPoint[] {
  const { shape, baselineYear, baselineValue, endYear } = target;
  const step = target.annualStep ?? 0;
  const lastYear = shape === 'ZERO_BY_DATE' && target.dueDate ? target.dueDate.getUTCFullYear() : endYear;
  const points: TargetPoint[] = [];
  for (let year = baselineYear; year <= Math.max(lastYear, endYear); year++) {
    const n = year - baselineYear;
    let value: number;
    switch (shape) {
      case 'ANNUAL_POINT_REDUCTION':
      case 'ANNUAL_COUNT_REDUCTION':
        value = Math.max(0, baselineValue - step * n);
        break;
      case 'ANNUAL_RELATIVE_REDUCTION':
        value = baselineValue * (1 - step) ** n;
        break;
      case 'ZERO_BY_DATE': {
        // A straight line to zero in the due year: what "on the way to zero" means for a year.
        const span = Math.max(1, lastYear - baselineYear);
        value = year >= lastYear ? 0 : baselineValue * (1 - n / span);
        break;
      }
    }
    points.push({ year, value: roundTo(value, 6) });
  }
  return points;
}

const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
