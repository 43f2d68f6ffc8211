// Households (KK): a Relay connection with the filters behind every targeting figure, and the
// personal fields (UU 27/2022) declared with who may read them. Roles that may list but not read
// personal data get masked values from the schema itself, whatever path reaches a household.
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { HouseholdDataSource, HouseholdLifecycle, PovertyStatus, Sex, VerificationState } from '../../generated/prisma/enums.js';
import { canReadPersonalData, forbidden, inputError, maskTail } from '../auth/scope.js';
import {
  assertYear,
  countHouseholds,
  HOUSEHOLD_PAGE_MAX,
  type HouseholdFilter,
  type HouseholdWhere,
  householdInViewerRegion,
  householdPageIds,
  householdVisible,
  householdWhere,
  initials,
  maskedAddress,
} from './household.service.js';

export const PovertyStatusEnum = builder.enumType(PovertyStatus, {
  name: 'PovertyStatus',
  description: 'EXTREME (miskin ekstrem), POOR (miskin), VULNERABLE (rentan) or NOT_POOR.',
});
export const HouseholdLifecycleEnum = builder.enumType(HouseholdLifecycle, {
  name: 'HouseholdLifecycle',
  description: 'Whether a household is still a target (ACTIVE) or left the registry: GRADUATED, MOVED or DECEASED.',
});
export const VerificationStateEnum = builder.enumType(VerificationState, {
  name: 'VerificationState',
  description: 'Whether a kelurahan/RT operator has checked the household: UNVERIFIED, VERIFIED or DISPUTED.',
});
export const HouseholdDataSourceEnum = builder.enumType(HouseholdDataSource, {
  name: 'HouseholdDataSource',
  description: 'The list a household was imported from: P3KE, DTSEN, DTKS, a local survey, or the synthetic demo generator.',
});
const SexEnum = builder.enumType(Sex, { name: 'Sex', description: 'Sex as recorded on the KK: MALE or FEMALE.' });

const HouseholdReachEnum = builder.enumType('HouseholdReach', {
  description: 'How many programs reached a household in the fiscal year of the filter.',
  values: {
    ANY: { description: 'At least one program.' },
    NONE: { description: 'No program at all.' },
    THREE_PLUS: { description: 'Three or more distinct programs (the ego-sektoral overlap).' },
  } as const,
});

export const HouseholdFilterInput = builder.inputType('HouseholdFilter', {
  description: 'Which households to list; every condition given must hold. Each targeting figure names the filter that lists it.',
  fields: (t) => ({
    regionCode: t.string({
      required: true,
      description: 'Kemendagri code of a kabupaten/kota, kecamatan or kelurahan; households under it (prefix match).',
    }),
    year: t.int({
      required: false,
      description: 'Fiscal year for `reach` and `eligibleUnreached`; default the current fiscal year (setting fiscal.currentYear).',
    }),
    povertyStatus: t.field({ type: PovertyStatusEnum, required: false, description: 'Only households of this poverty status.' }),
    desil: t.intList({ required: false, description: 'Only households in these welfare deciles (1–10); empty or absent: any.' }),
    lifecycle: t.field({ type: HouseholdLifecycleEnum, required: false, description: 'Only households in this lifecycle state.' }),
    verificationState: t.field({
      type: VerificationStateEnum,
      required: false,
      description: 'Only households in this verification state.',
    }),
    programId: t.int({ required: false, description: 'Only households this program reached (in its own fiscal year).' }),
    eligibleForProgram: t.int({
      required: false,
      description: 'Only households this program reached that are in its target group (ProgramTargeting.eligible).',
    }),
    notEligibleForProgram: t.int({
      required: false,
      description: 'Only households this program reached outside its target group: the inclusion-error list (reached − eligible).',
    }),
    reach: t.field({ type: HouseholdReachEnum, required: false, description: 'How many programs reached the household in `year`.' }),
    eligible: t.boolean({
      required: false,
      description:
        'true: only ACTIVE households that are EXTREME or in desil 1 (the exclusion base, TargetingExclusion.eligible); false: all others.',
    }),
    eligibleUnreached: t.boolean({
      required: false,
      description:
        'true: only eligible households (as `eligible`) that no program reached in `year` (TargetingExclusion.unreached); false: all others.',
    }),
  }),
});

/** Whether the viewer may read this household's personal data (ADMIN in scope, its own REGION_OPERATOR). */
const mayReadPersonal = (household: { kelurahanCode: string }, _args: unknown, ctx: Context) =>
  canReadPersonalData(ctx.viewer, household.kelurahanCode);

/** Roles that never read personal data need not even load household members. */
const mayReadAnyPersonal = (ctx: Context) => ctx.viewer?.role === 'ADMIN' || ctx.viewer?.role === 'REGION_OPERATOR';

export const HouseholdMemberRef = builder.prismaObject('HouseholdMember', {
  description: 'A person in a household. Personal data: only ADMIN and the REGION_OPERATOR of the kelurahan read it.',
  // Household.members already returns [] to everyone else; this stops any other path to a member.
  authScopes: { admin: true, regionOperator: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Full name. Personal data.' }),
    nik: t.exposeString('nik', { description: 'NIK, 16 digits. Personal data.' }),
    relationship: t.exposeString('relationship', { description: 'Relationship to the head: KEPALA_KELUARGA, ISTRI, ANAK, …' }),
    sex: t.expose('sex', { type: SexEnum, description: 'Sex.' }),
    birthDate: t.expose('birthDate', { type: 'Date', description: 'Date of birth. Personal data.' }),
  }),
});

export const HouseholdRef = builder.prismaObject('Household', {
  description:
    'A household (KK), the unit of targeting. Listed to ADMIN, CLUSTER_HEAD, OPD_OPERATOR (its programs’ beneficiaries) and REGION_OPERATOR (its kelurahan); personal fields are masked unless `personalDataMasked` is false.',
  authScopes: (household, ctx) => householdInViewerRegion(ctx.viewer, household.kelurahanCode),
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    householdNumber: t.exposeString('householdNumber', {
      description:
        'Pseudonymous number, e.g. KK-16.71.06.1005-0000042; says nothing about the family, shown to every role that lists households.',
    }),
    kelurahan: t.relation('kelurahan', { description: 'The kelurahan/desa the household lives in.' }),
    rw: t.exposeString('rw', { nullable: true, description: 'RW (rukun warga) number, e.g. 005.' }),
    rt: t.exposeString('rt', { nullable: true, description: 'RT (rukun tetangga) number, e.g. 003.' }),
    desil: t.exposeInt('desil', { nullable: true, description: 'Welfare decile 1–10 in the national registry; null when unknown.' }),
    povertyStatus: t.expose('povertyStatus', { type: PovertyStatusEnum, description: 'Poverty status.' }),
    memberCount: t.exposeInt('memberCount', { description: 'Members of the household, persons.' }),
    perCapitaExpenditure: t.field({
      type: 'Rupiah',
      nullable: true,
      description: 'Expenditure per capita per month, whole rupiah; null when not surveyed.',
      resolve: (h) => h.perCapitaExpenditure,
    }),
    lacksIncome: t.exposeBoolean('lacksIncome', { description: 'Local indicator 1: no (adequate) source of income.' }),
    inadequateHousing: t.exposeBoolean('inadequateHousing', { description: 'Local indicator 2: housing not fit to live in.' }),
    foodInsecure: t.exposeBoolean('foodInsecure', { description: 'Local indicator 3: cannot meet basic food needs.' }),
    noBasicServices: t.exposeBoolean('noBasicServices', {
      description: 'Local indicator 4: no access to basic health or education services.',
    }),
    dataSource: t.expose('dataSource', { type: HouseholdDataSourceEnum, description: 'The list the household comes from.' }),
    dataVintage: t.expose('dataVintage', { type: 'Date', description: 'When the source list was drawn (e.g. the P3KE vintage).' }),
    verificationState: t.expose('verificationState', { type: VerificationStateEnum, description: 'Verification state.' }),
    verifiedAt: t.expose('verifiedAt', { type: 'DateTime', nullable: true, description: 'When it was last verified; null if never.' }),
    lifecycle: t.expose('lifecycle', { type: HouseholdLifecycleEnum, description: 'Lifecycle state.' }),
    graduatedYear: t.exposeInt('graduatedYear', {
      nullable: true,
      description: 'Fiscal year it graduated out of poverty, when GRADUATED.',
    }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True for households made by the demo generator (sintetis).' }),
    programsReceived: t.stringList({
      description: 'Names of the programs that reached the household in a fiscal year, by program code.',
      args: { year: t.arg.int({ required: true, description: 'Fiscal year.' }) },
      select: (args) => ({
        benefits: {
          where: { fiscalYear: args.year },
          select: { program: { select: { name: true } } },
          orderBy: { program: { code: 'asc' } },
        },
      }),
      resolve: (h, { year }) => {
        assertYear(year, 'year');
        return [...new Set(h.benefits.map((b) => b.program.name))];
      },
    }),
    personalDataMasked: t.boolean({
      description: 'True when the personal fields (nik, kkNumber, headName, address, members) are masked for your role.',
      resolve: (h, args, ctx) => !mayReadPersonal(h, args, ctx),
    }),
    nik: t.string({
      nullable: true,
      description:
        'NIK of the head of household, 16 digits. Personal data: masked to its last 4 digits (************0012) unless you may read it.',
      select: { identity: { select: { nik: true } } },
      authScopes: mayReadPersonal,
      unauthorizedResolver: (h) => (h.identity ? maskTail(h.identity.nik) : null),
      resolve: (h) => h.identity?.nik ?? null,
    }),
    kkNumber: t.string({
      nullable: true,
      description: 'KK (kartu keluarga) number, 16 digits. Personal data: masked to its last 4 digits unless you may read it.',
      select: { identity: { select: { kkNumber: true } } },
      authScopes: mayReadPersonal,
      unauthorizedResolver: (h) => (h.identity ? maskTail(h.identity.kkNumber) : null),
      resolve: (h) => h.identity?.kkNumber ?? null,
    }),
    headName: t.string({
      nullable: true,
      description: 'Name of the head of household. Personal data: only initials ("A. S.") unless you may read it.',
      select: { identity: { select: { headName: true } } },
      authScopes: mayReadPersonal,
      unauthorizedResolver: (h) => (h.identity ? initials(h.identity.headName) : null),
      resolve: (h) => h.identity?.headName ?? null,
    }),
    address: t.string({
      nullable: true,
      description: 'Street address. Personal data: only "RT 003/RW 005" unless you may read it.',
      select: { identity: { select: { address: true } } },
      authScopes: mayReadPersonal,
      unauthorizedResolver: (h) => maskedAddress(h.rt, h.rw),
      resolve: (h) => h.identity?.address ?? null,
    }),
    members: t.relation('members', {
      description: 'Members with names, NIK and birth dates. Personal data: empty unless you may read it.',
      query: (_args, ctx) => ({ orderBy: { id: 'asc' }, ...(mayReadAnyPersonal(ctx) ? {} : { take: 0 }) }),
      authScopes: mayReadPersonal,
      // Pothos types a relation's unauthorizedResolver as the relation's type ref, not its list.
      unauthorizedResolver: () => [] as never,
    }),
  }),
});

/** Validation and SQL of one `households` field, shared by its page and its totalCount. */
const whereCache = new WeakMap<object, Promise<HouseholdWhere>>();
function whereFor(ctx: Context, args: { filter: HouseholdFilter }): Promise<HouseholdWhere> {
  let where = whereCache.get(args);
  if (!where) {
    where = householdWhere(ctx.db, ctx.viewer, args.filter);
    whereCache.set(args, where);
  }
  return where;
}

const LISTING_ROLES = { admin: true, clusterHead: true, opdOperator: true, regionOperator: true };
const refusedListing = () => forbidden('Your role reads aggregates only, not household lists');

builder.queryFields((t) => ({
  households: t.prismaConnection(
    {
      type: 'Household',
      cursor: 'id',
      description:
        'Households under a region, by id, with the filters behind each targeting figure. ADMIN (its scope), CLUSTER_HEAD (its region, masked), OPD_OPERATOR (beneficiaries of its own programs, masked), REGION_OPERATOR (its kelurahan, unmasked); EXECUTIVE is refused. At most 500 per page.',
      authScopes: LISTING_ROLES,
      unauthorizedError: refusedListing,
      args: { filter: t.arg({ type: HouseholdFilterInput, required: true, description: 'Which households; regionCode is required.' }) },
      defaultSize: 50,
      maxSize: (args) => {
        for (const name of ['first', 'last'] as const) {
          const size = args[name];
          if (size != null && size > HOUSEHOLD_PAGE_MAX) {
            throw inputError(`${name} must be at most ${HOUSEHOLD_PAGE_MAX} households per page, got ${size}`, name);
          }
        }
        return HOUSEHOLD_PAGE_MAX;
      },
      totalCount: async (_root, args, ctx) => countHouseholds(ctx.db, await whereFor(ctx, args)),
      resolve: async (query, _root, args, ctx) => {
        const ids = await householdPageIds(ctx.db, await whereFor(ctx, args), {
          take: query.take,
          cursor: query.cursor as { id: number } | undefined,
        });
        // The page is chosen in SQL above; Prisma loads it with the nested selections.
        return ctx.db.prisma.household.findMany({
          ...query,
          cursor: undefined,
          skip: undefined,
          take: undefined,
          where: { id: { in: ids } },
          orderBy: { id: 'asc' },
        });
      },
    },
    {
      name: 'HouseholdConnection',
      description: 'A page of households.',
      edgesField: { description: 'The households on this page, each with its cursor.' },
      // Replaces the plugin's undescribed totalCount; the extension keeps its count-only shortcut
      // (a query asking only totalCount loads no page).
      fields: (t) => ({
        totalCount: t.int({
          description: 'Households matching the filter across all pages, households.',
          extensions: { pothosPrismaTotalCount: true },
          resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
    { name: 'HouseholdEdge', description: 'One household on a page.', nodeField: { description: 'The household.' } },
  ),
  household: t.prismaField({
    type: 'Household',
    nullable: true,
    description:
      'One household by id, under the same rules as `households`; null when there is none, auth/forbidden when it is outside what you may list.',
    authScopes: LISTING_ROLES,
    unauthorizedError: refusedListing,
    args: { id: t.arg.int({ required: true, description: 'Household id.' }) },
    resolve: async (query, _root, { id }, ctx) => {
      const visible = await householdVisible(ctx.db, ctx.viewer, id);
      // null (no such household) falls through: findUnique answers null too.
      // The id only: an error must not say whose household it is.
      if (visible === false) throw forbidden(`Household ${id} is outside the households you may list`);
      return ctx.db.prisma.household.findUnique({ ...query, where: { id } });
    },
  }),
}));
