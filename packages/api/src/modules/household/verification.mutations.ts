// The kelurahan operator's verification of a household. Thin: the rules are in verification.service.ts.
import { builder } from '../../builder.js';
import { VerificationOutcome } from '../../generated/prisma/enums.js';
import { requireViewer } from '../auth/scope.js';
import { writeResult } from '../common/mutation-result.js';
import { HouseholdRef, PovertyStatusEnum } from './household.schema.js';
import { canVerifyHousehold, MAX_NOTE, verifyHousehold } from './verification.service.js';

const VerificationOutcomeEnum = builder.enumType(VerificationOutcome, {
  name: 'VerificationOutcome',
  description: 'What a verification visit found.',
  values: {
    CONFIRMED: { description: 'The registry is right: status and indicators unchanged; the household is active.' },
    CORRECTED: { description: 'The status or an indicator was corrected; the household is active.' },
    GRADUATED: { description: 'The household left poverty (graduasi); its status is vulnerable or not poor.' },
    MOVED: { description: 'The household moved out of the kelurahan (pindah).' },
    DECEASED: { description: 'The household no longer exists: its only member died (meninggal).' },
    DISPUTED: { description: 'The operator disputes the registry’s data and could not settle it; the household stays as it was.' },
  },
});

builder.prismaObject('HouseholdVerification', {
  description: 'One verification of a household by its kelurahan operator; the history behind verificationState.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    verifiedAt: t.expose('verifiedAt', { type: 'DateTime', description: 'When it was recorded.' }),
    outcome: t.expose('outcome', { type: VerificationOutcomeEnum, description: 'What the visit found.' }),
    povertyStatus: t.expose('povertyStatus', { type: PovertyStatusEnum, description: 'Poverty status as verified.' }),
  }),
});

builder.prismaObjectFields('Household', (t) => ({
  version: t.exposeInt('version', {
    description: 'Bumped on every save; send the version the form was opened at, a save from an older one is refused.',
  }),
  viewerCanVerify: t.boolean({
    description: 'True when the signed-in user may verify it: the REGION_OPERATOR of its kelurahan.',
    resolve: (h, _args, ctx) => canVerifyHousehold(ctx.viewer, h.kelurahanCode),
  }),
  verifications: t.relation('verifications', {
    description: 'Its verifications, newest first, at most the last 10.',
    query: { orderBy: [{ verifiedAt: 'desc' }, { id: 'desc' }], take: 10 },
  }),
}));

const VerifyHouseholdInput = builder.inputType('VerifyHouseholdInput', {
  description: 'What a verification visit found: the outcome, the poverty status and the four local fakir-miskin indicators.',
  fields: (t) => ({
    householdId: t.int({ required: true, description: 'The household; in your kelurahan.' }),
    version: t.int({ required: true, description: 'The version the form was opened at.' }),
    outcome: t.field({
      type: VerificationOutcomeEnum,
      required: true,
      description:
        'CONFIRMED changes neither status nor indicators, CORRECTED changes one; GRADUATED, MOVED, DECEASED end its time as a target.',
    }),
    povertyStatus: t.field({
      type: PovertyStatusEnum,
      required: true,
      description: 'Poverty status as found; not EXTREME or POOR for GRADUATED.',
    }),
    lacksIncome: t.boolean({ required: true, description: 'Local indicator 1: no (adequate) source of income.' }),
    inadequateHousing: t.boolean({ required: true, description: 'Local indicator 2: housing not fit to live in.' }),
    foodInsecure: t.boolean({ required: true, description: 'Local indicator 3: cannot meet basic food needs.' }),
    noBasicServices: t.boolean({ required: true, description: 'Local indicator 4: no access to basic health or education services.' }),
    note: t.string({
      required: false,
      description: `What the visit found, at most ${MAX_NOTE} characters; kept with the verification, never in the audit log.`,
    }),
  }),
});

builder.mutationField('verifyHousehold', (t) =>
  t.field({
    type: HouseholdRef,
    description:
      'Records a verification of a household: its outcome, poverty status and local indicators. The kelurahan’s figures and rollups follow in the same transaction. The REGION_OPERATOR of its kelurahan.',
    authScopes: { regionOperator: true },
    errors: writeResult('The household as verified'),
    args: { input: t.arg({ type: VerifyHouseholdInput, required: true, description: 'The verification.' }) },
    resolve: (_root, { input }, ctx) => verifyHousehold(ctx.db, requireViewer(ctx.viewer), input, ctx.clock.today()),
  }),
);
