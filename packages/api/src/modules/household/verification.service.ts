// Household verification by the kelurahan operator (DESIGN.md, "Kelurahan / RT operator"): a visit
// confirms or corrects the registry's poverty status and the four local fakir-miskin indicators,
// or finds the family graduated, moved or deceased. The household, its verification history and
// the kelurahan's rollups change in one transaction, so every figure moves with the save.
import type { Viewer } from '../../context.js';
import type { Database } from '../../db.js';
import {
  DomainError,
  HOUSEHOLD_CONFIRMED_WITH_CHANGES,
  HOUSEHOLD_GRADUATED_STILL_POOR,
  HOUSEHOLD_NOTHING_CORRECTED,
} from '../../errors.js';
import type { Household } from '../../generated/prisma/client.js';
import type { HouseholdLifecycle, PovertyStatus, VerificationOutcome } from '../../generated/prisma/enums.js';
import { forbidden, isUnder } from '../auth/scope.js';
import { assertUpdated, optionalText } from '../common/input.js';
import { assertVersion, audit, type Tx, WRITE_NOT_FOUND, write } from '../common/write.js';
import { runnerFromPrisma, withHouseholdRollupDelta } from '../rollup/rollup.service.js';

export const MAX_NOTE = 500;

export interface VerifyHouseholdInput {
  householdId: number;
  version: number;
  outcome: VerificationOutcome;
  povertyStatus: PovertyStatus;
  lacksIncome: boolean;
  inadequateHousing: boolean;
  foodInsecure: boolean;
  noBasicServices: boolean;
  /** What the visit found; kept in the verification history, never in the audit log (it may name people). */
  note?: string | null | undefined;
}

/** Only the operator of the household's kelurahan verifies it: they are the ones who visit. */
export function canVerifyHousehold(viewer: Viewer | null, kelurahanCode: string): boolean {
  return viewer?.role === 'REGION_OPERATOR' && viewer.regionCode !== null && isUnder(kelurahanCode, viewer.regionCode);
}

const INDICATORS = ['lacksIncome', 'inadequateHousing', 'foodInsecure', 'noBasicServices'] as const;

/** Where the household stands after the visit; DISPUTED leaves it where it was. */
function lifecycleAfter(outcome: VerificationOutcome, current: HouseholdLifecycle): HouseholdLifecycle {
  switch (outcome) {
    case 'GRADUATED':
    case 'MOVED':
    case 'DECEASED':
      return outcome;
    case 'DISPUTED':
      return current;
    default:
      return 'ACTIVE';
  }
}

/**
 * The outcome must say what the visit did: CONFIRMED changes neither the status nor an indicator,
 * CORRECTED changes one of them, GRADUATED means out of poverty (no longer poor or extreme poor).
 */
function checkOutcome(household: Household, input: VerifyHouseholdInput): void {
  const changed = household.povertyStatus !== input.povertyStatus || INDICATORS.some((k) => household[k] !== input[k]);
  if (input.outcome === 'CONFIRMED' && changed) {
    throw new DomainError(HOUSEHOLD_CONFIRMED_WITH_CHANGES, 'The status or an indicator changed: that is a correction', 'outcome');
  }
  if (input.outcome === 'CORRECTED' && !changed) {
    throw new DomainError(HOUSEHOLD_NOTHING_CORRECTED, 'Nothing was corrected: that is a confirmation', 'outcome');
  }
  if (input.outcome === 'GRADUATED' && (input.povertyStatus === 'EXTREME' || input.povertyStatus === 'POOR')) {
    throw new DomainError(
      HOUSEHOLD_GRADUATED_STILL_POOR,
      'A household that graduated is no longer poor: give its status now (vulnerable or not poor)',
      'povertyStatus',
    );
  }
}

/** The fiscal year the rollups describe (refreshHouseholdRollup records it); today's when never recorded. */
async function rollupYear(tx: Tx, today: Date): Promise<number> {
  const rows = await tx.setting.findMany({ where: { key: { in: ['rollups.fiscalYear', 'fiscal.currentYear'] } } });
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  const recorded = value('rollups.fiscalYear') ?? value('fiscal.currentYear');
  return typeof recorded === 'number' ? recorded : today.getUTCFullYear();
}

/** What the audit keeps of a household: its pseudonymous state, never identity or the visit's note. */
const auditHousehold = (h: Household) => ({
  version: h.version,
  povertyStatus: h.povertyStatus,
  lacksIncome: h.lacksIncome,
  inadequateHousing: h.inadequateHousing,
  foodInsecure: h.foodInsecure,
  noBasicServices: h.noBasicServices,
  verificationState: h.verificationState,
  lifecycle: h.lifecycle,
  graduatedYear: h.graduatedYear,
});

export function verifyHousehold(db: Database, viewer: Viewer, input: VerifyHouseholdInput, today: Date): Promise<Household> {
  return write(db, async (tx) => {
    const household = await tx.household.findUnique({ where: { id: input.householdId } });
    if (!household)
      throw new DomainError(WRITE_NOT_FOUND, `No household ${input.householdId} (someone may have removed it)`, 'householdId');
    // The id only: an error must not say whose household it is.
    if (!canVerifyHousehold(viewer, household.kelurahanCode)) {
      throw forbidden(`Household ${household.id} is outside your kelurahan; its own kelurahan operator verifies it`);
    }
    await assertVersion(tx, 'household', household.id, household.version, input.version);
    checkOutcome(household, input);
    const note = optionalText(input.note, 'note', MAX_NOTE);
    const year = await rollupYear(tx, today);
    const lifecycle = lifecycleAfter(input.outcome, household.lifecycle);
    const verifiedAt = new Date();
    // The rollups follow by difference: the household's old contribution out, the new one in
    // (rollup.service.ts), so a verification costs the same in a kelurahan of any size.
    await withHouseholdRollupDelta(runnerFromPrisma(tx), year, [household.id], async () => {
      const { count } = await tx.household.updateMany({
        where: { id: household.id, version: input.version },
        data: {
          povertyStatus: input.povertyStatus,
          lacksIncome: input.lacksIncome,
          inadequateHousing: input.inadequateHousing,
          foodInsecure: input.foodInsecure,
          noBasicServices: input.noBasicServices,
          verificationState: input.outcome === 'DISPUTED' ? 'DISPUTED' : 'VERIFIED',
          verifiedAt,
          lifecycle,
          graduatedYear: lifecycle === 'GRADUATED' ? (household.lifecycle === 'GRADUATED' ? household.graduatedYear : year) : null,
          version: { increment: 1 },
        },
      });
      await assertUpdated(tx, 'household', household.id, count, input.version);
    });
    await tx.householdVerification.create({
      data: {
        householdId: household.id,
        verifiedById: viewer.id,
        verifiedAt,
        outcome: input.outcome,
        povertyStatus: input.povertyStatus,
        lacksIncome: input.lacksIncome,
        inadequateHousing: input.inadequateHousing,
        foodInsecure: input.foodInsecure,
        noBasicServices: input.noBasicServices,
        note,
      },
    });
    const updated = await tx.household.findUniqueOrThrow({ where: { id: household.id } });
    await audit(tx, viewer, {
      entity: 'household',
      entityId: household.id,
      action: `verify:${input.outcome}`,
      before: auditHousehold(household),
      after: auditHousehold(updated),
      regionCode: household.kelurahanCode,
    });
    return updated;
  });
}
