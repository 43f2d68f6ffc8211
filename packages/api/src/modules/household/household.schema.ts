// Households (KK): a Relay connection with the filters behind every targeting figure, and the
// personal fields (UU 27/2022) declared with who may read them. Roles that may list but not read
// personal data get masked values from the schema itself, whatever path reaches a household.
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { assertIdCursors } from '../../cursor.js';
import { HouseholdDataSource, HouseholdLifecycle, PovertyStatus, Sex, VerificationState } from '../../generated/prisma/enums.js';
import { canReadPersonalData, forbidden, inputError } from '../auth/scope.js';
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
  memberCountBand,
} from './household.service.js';

export const PovertyStatusEnum = builder.enumType(PovertyStatus, {
  name: 'PovertyStatus',
  description: 'EXTREME (miskin ekstrem), POOR (miskin), VULNERABLE (rentan) or NOT_POOR.',
  values: {
    EXTREME: {
      description:
        'Miskin ekstrem: below the extreme poverty line (about Rp10,000–11,000 per person a day); desil 1 when only the desil is known.',
    },
    POOR: { description: 'Miskin: below the poverty line (garis kemiskinan); desil 2 when only the desil is known.' },
    VULNERABLE: { description: 'Rentan (hampir miskin): just above the poverty line; desil 3–4 when only the desil is known.' },
    NOT_POOR: { description: 'Tidak miskin: desil 5–10.' },
  },
});
export const HouseholdLifecycleEnum = builder.enumType(HouseholdLifecycle, {
  name: 'HouseholdLifecycle',
  description: 'Whether a household is still a target (ACTIVE) or left the registry: GRADUATED, MOVED or DECEASED.',
  values: {
    ACTIVE: { description: 'Still in the registry and a target of the programs.' },
    GRADUATED: { description: 'Graduated out of poverty (graduasi); graduatedYear says when.' },
    MOVED: { description: 'Moved out of the kelurahan (pindah).' },
    DECEASED: { description: 'Left the registry because of a death (meninggal).' },
    LEFT: { description: 'Absent from the newest vintage of its source, which gave no reason.' },
  },
});
export const VerificationStateEnum = builder.enumType(VerificationState, {
  name: 'VerificationState',
  description: 'Whether a kelurahan/RT operator has checked the household: UNVERIFIED, VERIFIED or DISPUTED.',
  values: {
    UNVERIFIED: { description: 'Not checked on the ground yet: as the source list says.' },
    VERIFIED: { description: 'Checked by a kelurahan/RT operator, who confirmed or corrected it.' },
    DISPUTED: { description: 'Checked, and the operator disputes the source list (for the data owner to resolve).' },
  },
});
export const HouseholdDataSourceEnum = builder.enumType(HouseholdDataSource, {
  name: 'HouseholdDataSource',
  description: 'The list a household was imported from: P3KE, DTSEN, DTKS, a local survey, or the synthetic demo generator.',
  values: {
    P3KE: { description: 'Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem (Kemenko PMK): desil 1–4.' },
    DTSEN: { description: 'Data Tunggal Sosial dan Ekonomi Nasional (BPS), the national registry since 2025.' },
    DTKS: { description: 'Data Terpadu Kesejahteraan Sosial (Kemensos), the registry before DTSEN.' },
    LOCAL_SURVEY: { description: "A kabupaten/kota's own survey (Bontang's RT self-survey, article 002)." },
    SYNTHETIC: { description: "Made by Pantau's demo generator (sintetis)." },
  },
});
const SexEnum = builder.enumType(Sex, {
  name: 'Sex',
  description: 'Sex as recorded on the KK: MALE or FEMALE.',
  values: { MALE: { description: 'Laki-laki.' }, FEMALE: { description: 'Perempuan.' } },
});

const MemberCountBandEnum = builder.enumType('MemberCountBand', {
  description:
    'The size of a household in a band of two, for roles that may not read its exact size (docs/privacy.md): 1–2, 3–4, 5–6 or 7 and more members.',
  values: {
    ONE_TO_TWO: { description: '1 or 2 members.' },
    THREE_TO_FOUR: { description: '3 or 4 members.' },
    FIVE_TO_SIX: { description: '5 or 6 members.' },
    SEVEN_OR_MORE: { description: '7 members or more.' },
  } as const,
});

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
    regionCode: t.field({
      type: 'RegionCode',
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
    'A household (KK), the unit of targeting. Listed only to those who may read it in full: ADMIN (its area) and REGION_OPERATOR (its kelurahan); other roles see households as protected counts.',
  authScopes: (household, ctx) => householdInViewerRegion(ctx.viewer, household.kelurahanCode),
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    householdNumber: t.exposeString('householdNumber', {
      description:
        'Pseudonymous number, e.g. KK-16.71.06.1005-0000042; says nothing about the family, shown to every role that lists households.',
    }),
    kelurahan: t.relation('kelurahan', { description: 'The kelurahan/desa the household lives in.' }),
    // RT/RW and spending single a family out of a kelurahan: a row masked for a role (none lists
    // such rows today; this holds whatever path a future one takes) drops them.
    rw: t.string({
      nullable: true,
      description: 'RW (rukun warga) number, e.g. 005; null when the personal fields are masked for you.',
      authScopes: mayReadPersonal,
      unauthorizedResolver: () => null,
      resolve: (h) => h.rw,
    }),
    rt: t.string({
      nullable: true,
      description: 'RT (rukun tetangga) number, e.g. 003; null when the personal fields are masked for you.',
      authScopes: mayReadPersonal,
      unauthorizedResolver: () => null,
      resolve: (h) => h.rt,
    }),
    desil: t.exposeInt('desil', { nullable: true, description: 'Welfare decile 1–10 in the national registry; null when unknown.' }),
    povertyStatus: t.expose('povertyStatus', { type: PovertyStatusEnum, description: 'Poverty status.' }),
    // The exact size, with the kelurahan and the status, is a quasi-identifier; a band of two is not.
    memberCount: t.int({
      nullable: true,
      description: 'Members of the household, persons; null when the personal fields are masked for you (memberCountBand gives the band).',
      authScopes: mayReadPersonal,
      unauthorizedResolver: () => null,
      resolve: (h) => h.memberCount,
    }),
    memberCountBand: t.field({
      type: MemberCountBandEnum,
      description: 'Members of the household as a band (1–2, 3–4, 5–6, 7+): what every role that lists the household may read.',
      resolve: (h) => memberCountBand(h.memberCount),
    }),
    perCapitaExpenditure: t.field({
      type: 'Rupiah',
      nullable: true,
      description: 'Expenditure per capita per month, whole rupiah; null when not surveyed or when the personal fields are masked for you.',
      authScopes: mayReadPersonal,
      unauthorizedResolver: () => null,
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
      description:
        'True when the personal fields (nik, kkNumber, headName, address, rt, rw, memberCount, perCapitaExpenditure, members) are masked for your role.',
      resolve: (h, args, ctx) => !mayReadPersonal(h, args, ctx),
    }),
    nik: t.string({
      nullable: true,
      description:
        'NIK of the head of household, 16 digits. Personal data: null unless you may read it (no digits: the place and birth date give the first 12).',
      select: { identity: { select: { nik: true } } },
      authScopes: mayReadPersonal,
      // No digits at all: the first 12 follow from the place and the birth date, the last 4 would complete it.
      unauthorizedResolver: () => null,
      resolve: (h) => h.identity?.nik ?? null,
    }),
    kkNumber: t.string({
      nullable: true,
      description: 'KK (kartu keluarga) number, 16 digits. Personal data: null unless you may read it.',
      select: { identity: { select: { kkNumber: true } } },
      authScopes: mayReadPersonal,
      unauthorizedResolver: () => null,
      resolve: (h) => h.identity?.kkNumber ?? null,
    }),
    headName: t.string({
      nullable: true,
      description: 'Name of the head of household. Personal data: null unless you may read it (not even initials).',
      select: { identity: { select: { headName: true } } },
      authScopes: mayReadPersonal,
      // Initials with the kelurahan and the status narrow a family to a handful.
      unauthorizedResolver: () => null,
      resolve: (h) => h.identity?.headName ?? null,
    }),
    address: t.string({
      nullable: true,
      description: 'Street address. Personal data: null unless you may read it.',
      select: { identity: { select: { address: true } } },
      authScopes: mayReadPersonal,
      unauthorizedResolver: () => null,
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
    where = householdWhere(ctx.db, ctx.viewer, args.filter, ctx.clock.today());
    whereCache.set(args, where);
  }
  return where;
}

// Only those who may read households in full list them (docs/privacy.md): a masked list would
// still show how many there are, and each one's RT, size and spending.
const LISTING_ROLES = { admin: true, regionOperator: true };
const refusedListing = () => forbidden('Your role sees households as counts only (small counts hidden), not as a list');

builder.queryFields((t) => ({
  households: t.prismaConnection(
    {
      type: 'Household',
      cursor: 'id',
      description:
        'Households under a region, by id, with the filters behind each targeting figure. ADMIN (its area) and REGION_OPERATOR (its kelurahan); every other role is refused (auth/forbidden) and sees protected counts instead. At most 500 per page.',
      authScopes: LISTING_ROLES,
      unauthorizedError: refusedListing,
      args: { filter: t.arg({ type: HouseholdFilterInput, required: true, description: 'Which households; regionCode is required.' }) },
      defaultSize: 50,
      // Runs before the plugin reads the cursor: a forged one is refused here, not in SQL.
      maxSize: (args) => {
        assertIdCursors(args);
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
