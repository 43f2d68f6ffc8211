// Users on the ADMIN's Pengguna page, and "Ubah kata sandi" for everyone (issue 11).
import { createHash } from 'node:crypto';
import { builder } from '../../builder.js';
import { DomainError } from '../../errors.js';
import { RoleEnum } from '../auth/auth.schema.js';
import { readCookie, SESSION_COOKIE } from '../auth/auth.service.js';
import { requireViewer } from '../auth/scope.js';
import { requireAdmin } from '../common/admin.js';
import { writeResult } from '../common/mutation-result.js';
import {
  changeOwnPassword,
  createUser,
  MIN_PASSWORD_LENGTH,
  resetUserPassword,
  setUserActive,
  updateUser,
  userWhere,
} from './user.service.js';

export const UserRef = builder.prismaObject('User', {
  description: 'A user account as an ADMIN manages it: role and scope, whether it may sign in. Never the password.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    username: t.exposeString('username', { description: 'Login name.' }),
    displayName: t.exposeString('displayName', { description: 'Name or office shown in the dashboard.' }),
    role: t.expose('role', { type: RoleEnum, description: 'What the user may do.' }),
    regionCode: t.exposeString('regionCode', {
      nullable: true,
      description:
        'The region the user works in (a kabupaten/kota, or a kecamatan/kelurahan for REGION_OPERATOR); null for deployment-wide.',
    }),
    region: t.relation('region', { nullable: true, description: 'That region, with its name.' }),
    opd: t.relation('opd', { nullable: true, description: 'The OPD of an OPD operator.' }),
    cluster: t.relation('cluster', { nullable: true, description: 'The cluster of a cluster head.' }),
    active: t.exposeBoolean('active', { description: 'False once deactivated: the user cannot sign in.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the account was made.' }),
    version: t.exposeInt('version', { description: 'Edit version: send it back with a change; a save from an older version is refused.' }),
  }),
});

builder.queryField('users', (t) =>
  t.prismaField({
    type: ['User'],
    description: 'The users an ADMIN manages (those of their area; every user for a deployment-wide ADMIN), by username. ADMIN.',
    authScopes: { admin: true },
    args: {
      regionCode: t.arg({ type: 'RegionCode', required: false, description: 'Only the users of this region and below.' }),
      includeInactive: t.arg.boolean({ required: false, description: 'Include deactivated users (default true).' }),
    },
    resolve: (query, _root, { regionCode, includeInactive }, ctx) =>
      ctx.db.prisma.user.findMany({
        ...query,
        where: userWhere(requireAdmin(ctx.viewer), regionCode, includeInactive ?? true),
        orderBy: { username: 'asc' },
      }),
  }),
);

const scopeDescriptions = {
  role: 'What the user may do.',
  regionCode:
    'Where they work: a province or kabupaten/kota (ADMIN, EXECUTIVE; null for deployment-wide, by a deployment-wide ADMIN only), a kabupaten/kota (CLUSTER_HEAD, OPD_OPERATOR), a kecamatan or kelurahan/desa (REGION_OPERATOR); inside your own area.',
  opdId: 'For OPD_OPERATOR: their OPD, one of the kabupaten/kota’s.',
  clusterNumber: 'For CLUSTER_HEAD: their cluster number 1–4 in the kabupaten/kota.',
  displayName: 'Name or office shown in the dashboard, 1–120 characters.',
};
const versionDescription = 'The version the form was opened at (User.version); a save over a newer one is refused.';

const CreateUserInput = builder.inputType('CreateUserInput', {
  description: 'A new user account.',
  fields: (t) => ({
    username: t.string({ required: true, description: 'Login name: 3–40 lowercase letters, digits, dots, dashes or underscores.' }),
    displayName: t.string({ required: true, description: scopeDescriptions.displayName }),
    role: t.field({ type: RoleEnum, required: true, description: scopeDescriptions.role }),
    regionCode: t.field({ type: 'RegionCode', required: false, description: scopeDescriptions.regionCode }),
    opdId: t.int({ required: false, description: scopeDescriptions.opdId }),
    clusterNumber: t.int({ required: false, description: scopeDescriptions.clusterNumber }),
    password: t.string({
      required: true,
      description: `First password: at least ${MIN_PASSWORD_LENGTH} characters, not the demo password, not containing the username.`,
    }),
  }),
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  description: 'A user’s new name, role and scope.',
  fields: (t) => ({
    id: t.int({ required: true, description: 'The user.' }),
    version: t.int({ required: true, description: versionDescription }),
    displayName: t.string({ required: true, description: scopeDescriptions.displayName }),
    role: t.field({ type: RoleEnum, required: true, description: scopeDescriptions.role }),
    regionCode: t.field({ type: 'RegionCode', required: false, description: scopeDescriptions.regionCode }),
    opdId: t.int({ required: false, description: scopeDescriptions.opdId }),
    clusterNumber: t.int({ required: false, description: scopeDescriptions.clusterNumber }),
  }),
});

builder.mutationFields((t) => ({
  createUser: t.field({
    type: UserRef,
    description: 'Creates a user with a role and scope in your area. ADMIN.',
    authScopes: { admin: true },
    errors: writeResult('The new user'),
    args: { input: t.arg({ type: CreateUserInput, required: true, description: 'The user.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { id } = await createUser(
        ctx.db,
        {
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          regionCode: input.regionCode ?? null,
          opd: input.opdId ?? null,
          cluster: input.clusterNumber ?? null,
          password: input.password,
        },
        requireAdmin(ctx.viewer),
      );
      return ctx.db.prisma.user.findUniqueOrThrow({ where: { id } });
    },
  }),
  updateUser: t.field({
    type: UserRef,
    description:
      'Changes a user’s name, role and scope; their sessions get the new role on their next request. Not your own role. ADMIN of their area.',
    authScopes: { admin: true },
    errors: writeResult('The user as now stored'),
    args: { input: t.arg({ type: UpdateUserInput, required: true, description: 'The new values.' }) },
    resolve: (_root, { input }, ctx) =>
      updateUser(ctx.db, requireAdmin(ctx.viewer), {
        ...input,
        regionCode: input.regionCode ?? null,
        opd: input.opdId ?? null,
        cluster: input.clusterNumber ?? null,
      }),
  }),
  resetUserPassword: t.field({
    type: UserRef,
    description: 'Sets a new password for a user and ends every session they have. ADMIN of their area.',
    authScopes: { admin: true },
    errors: writeResult('The user'),
    args: {
      id: t.arg.int({ required: true, description: 'The user.' }),
      version: t.arg.int({ required: true, description: versionDescription }),
      password: t.arg.string({
        required: true,
        description: `The new password: at least ${MIN_PASSWORD_LENGTH} characters, not the demo password, not containing the username.`,
      }),
    },
    resolve: (_root, { id, version, password }, ctx) => resetUserPassword(ctx.db, requireAdmin(ctx.viewer), id, version, password),
  }),
  deactivateUser: t.field({
    type: UserRef,
    description: 'Stops a user from signing in; every session they have ends in the same transaction. Not yourself. ADMIN of their area.',
    authScopes: { admin: true },
    errors: writeResult('The deactivated user'),
    args: {
      id: t.arg.int({ required: true, description: 'The user.' }),
      version: t.arg.int({ required: true, description: versionDescription }),
    },
    resolve: (_root, { id, version }, ctx) => setUserActive(ctx.db, requireAdmin(ctx.viewer), id, version, false),
  }),
  reactivateUser: t.field({
    type: UserRef,
    description: 'Lets a deactivated user sign in again (with their old password, or reset it first). ADMIN of their area.',
    authScopes: { admin: true },
    errors: writeResult('The reactivated user'),
    args: {
      id: t.arg.int({ required: true, description: 'The user.' }),
      version: t.arg.int({ required: true, description: versionDescription }),
    },
    resolve: (_root, { id, version }, ctx) => setUserActive(ctx.db, requireAdmin(ctx.viewer), id, version, true),
  }),
  changeOwnPassword: t.boolean({
    description: 'Changes the signed-in user’s own password, the current one first; their other sessions end, this one stays. Every role.',
    authScopes: { signedIn: true },
    errors: {
      types: [DomainError],
      union: { description: 'True once changed, or a DomainError naming the field at fault (oldPassword, password).' },
      result: { description: 'The password was changed.' },
      dataField: { description: 'True.' },
    },
    args: {
      oldPassword: t.arg.string({ required: true, description: 'The password the user signs in with now.' }),
      password: t.arg.string({
        required: true,
        description: `The new password: at least ${MIN_PASSWORD_LENGTH} characters, not the demo password, not containing the username.`,
      }),
    },
    resolve: async (_root, { oldPassword, password }, ctx) => {
      const token = readCookie(ctx.request.headers.get('cookie'), SESSION_COOKIE);
      const sessionId = token ? createHash('sha256').update(token).digest('hex') : null;
      await changeOwnPassword(ctx.db, requireViewer(ctx.viewer), sessionId, oldPassword, password);
      return true;
    },
  }),
}));
