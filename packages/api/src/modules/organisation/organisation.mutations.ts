// The secretariat's set-up of OPDs, partners and clusters (issue 11): ADMIN of the kabupaten/kota.
import { builder } from '../../builder.js';
import { requireAdmin } from '../common/admin.js';
import { deleteResult, writeResult } from '../common/mutation-result.js';
import { ClusterRef, OpdRef, OrganisationKindEnum } from './organisation.schema.js';
import { createCluster, createOpd, deleteCluster, deleteOpd, updateCluster, updateOpd } from './organisation.service.js';

const versionDescription = 'The version the form was opened at (Opd.version / Cluster.version); a save over a newer one is refused.';

const OpdFields = {
  name: 'Full name, 1–200 characters, e.g. Dinas Sosial.',
  shortName: 'Short name, 1–30 letters, digits, spaces or . - / &, unique in the kabupaten/kota; stored in upper case (DINSOS).',
  kind: 'OPD or partner.',
};

const CreateOpdInput = builder.inputType('CreateOpdInput', {
  description: 'A new OPD or partner of a kabupaten/kota.',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', required: true, description: 'The kabupaten/kota, e.g. 16.71.' }),
    name: t.string({ required: true, description: OpdFields.name }),
    shortName: t.string({ required: true, description: OpdFields.shortName }),
    kind: t.field({ type: OrganisationKindEnum, required: true, description: OpdFields.kind }),
  }),
});

const UpdateOpdInput = builder.inputType('UpdateOpdInput', {
  description: 'New values for an OPD or partner.',
  fields: (t) => ({
    id: t.int({ required: true, description: 'The OPD or partner.' }),
    version: t.int({ required: true, description: versionDescription }),
    name: t.string({ required: true, description: OpdFields.name }),
    shortName: t.string({ required: true, description: OpdFields.shortName }),
    kind: t.field({ type: OrganisationKindEnum, required: true, description: OpdFields.kind }),
  }),
});

const ClusterFields = {
  number: 'Cluster number 1–4 (Perpres 15/2010), unique in the kabupaten/kota.',
  name: 'What the cluster covers, 1–200 characters.',
  headTitle: 'Office of the cluster head, 1–200 characters, e.g. Asisten Bidang Pemerintahan dan Kesra.',
  viceOpdId: 'The OPD of the same kabupaten/kota that is vice-head; null for none.',
};

const CreateClusterInput = builder.inputType('CreateClusterInput', {
  description: 'A new cluster (klaster) of a kabupaten/kota.',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', required: true, description: 'The kabupaten/kota, e.g. 16.71.' }),
    number: t.int({ required: true, description: ClusterFields.number }),
    name: t.string({ required: true, description: ClusterFields.name }),
    headTitle: t.string({ required: true, description: ClusterFields.headTitle }),
    viceOpdId: t.int({ required: false, description: ClusterFields.viceOpdId }),
  }),
});

const UpdateClusterInput = builder.inputType('UpdateClusterInput', {
  description: 'New values for a cluster.',
  fields: (t) => ({
    id: t.int({ required: true, description: 'The cluster.' }),
    version: t.int({ required: true, description: versionDescription }),
    number: t.int({ required: true, description: ClusterFields.number }),
    name: t.string({ required: true, description: ClusterFields.name }),
    headTitle: t.string({ required: true, description: ClusterFields.headTitle }),
    viceOpdId: t.int({ required: false, description: ClusterFields.viceOpdId }),
  }),
});

builder.mutationFields((t) => ({
  createOpd: t.field({
    type: OpdRef,
    description: 'Adds an OPD or partner to a kabupaten/kota. ADMIN of that kabupaten/kota.',
    authScopes: { admin: true },
    errors: writeResult('The new OPD or partner'),
    args: { input: t.arg({ type: CreateOpdInput, required: true, description: 'The OPD or partner.' }) },
    resolve: (_root, { input }, ctx) => createOpd(ctx.db, requireAdmin(ctx.viewer), input),
  }),
  updateOpd: t.field({
    type: OpdRef,
    description: 'Renames an OPD or partner or changes its kind. ADMIN of its kabupaten/kota.',
    authScopes: { admin: true },
    errors: writeResult('The OPD or partner as now stored'),
    args: { input: t.arg({ type: UpdateOpdInput, required: true, description: 'The new values.' }) },
    resolve: (_root, { input }, ctx) => updateOpd(ctx.db, requireAdmin(ctx.viewer), input),
  }),
  deleteOpd: t.int({
    description:
      'Removes an OPD or partner; refused (write/in_use, with what uses it) while programs, clusters, priorities, follow-ups, rakor or users name it. ADMIN of its kabupaten/kota.',
    authScopes: { admin: true },
    errors: deleteResult('OPD or partner'),
    args: {
      id: t.arg.int({ required: true, description: 'The OPD or partner.' }),
      version: t.arg.int({ required: true, description: versionDescription }),
    },
    resolve: async (_root, { id, version }, ctx) => (await deleteOpd(ctx.db, requireAdmin(ctx.viewer), id, version)).id,
  }),
  createCluster: t.field({
    type: ClusterRef,
    description: 'Adds a cluster (klaster 1–4) to a kabupaten/kota. ADMIN of that kabupaten/kota.',
    authScopes: { admin: true },
    errors: writeResult('The new cluster'),
    args: { input: t.arg({ type: CreateClusterInput, required: true, description: 'The cluster.' }) },
    resolve: (_root, { input }, ctx) => createCluster(ctx.db, requireAdmin(ctx.viewer), input),
  }),
  updateCluster: t.field({
    type: ClusterRef,
    description: 'Changes a cluster’s number, name, head or vice-head OPD. ADMIN of its kabupaten/kota.',
    authScopes: { admin: true },
    errors: writeResult('The cluster as now stored'),
    args: { input: t.arg({ type: UpdateClusterInput, required: true, description: 'The new values.' }) },
    resolve: (_root, { input }, ctx) => updateCluster(ctx.db, requireAdmin(ctx.viewer), input),
  }),
  deleteCluster: t.int({
    description:
      'Removes a cluster; refused (write/in_use, with what uses it) while programs, rakor or users belong to it. ADMIN of its kabupaten/kota.',
    authScopes: { admin: true },
    errors: deleteResult('cluster'),
    args: {
      id: t.arg.int({ required: true, description: 'The cluster.' }),
      version: t.arg.int({ required: true, description: versionDescription }),
    },
    resolve: async (_root, { id, version }, ctx) => (await deleteCluster(ctx.db, requireAdmin(ctx.viewer), id, version)).id,
  }),
}));
