// The secretariat's set-up of priority areas and other groups of places (issue 11): ADMIN of the
// kabupaten/kota.
import { builder } from '../../builder.js';
import { requireAdmin } from '../common/admin.js';
import { deleteResult, writeResult } from '../common/mutation-result.js';
import { RegionGroupKindEnum, RegionGroupRef } from './region.schema.js';
import { createRegionGroup, deleteRegionGroup, MAX_GROUP_MEMBERS, updateRegionGroup } from './region.service.js';

const versionDescription = 'The version the form was opened at (RegionGroup.version); a save over a newer one is refused.';

const Descriptions = {
  name: 'Name of the group, 1–200 characters, unique per kabupaten/kota and year.',
  kind: 'Why the places were named.',
  year: 'Year the group is set for, 2000–2100.',
  reason: 'Why these places were chosen, 1–1,000 characters.',
  memberCodes: `The places: 1–${MAX_GROUP_MEMBERS} kecamatan or kelurahan/desa codes of the kabupaten/kota.`,
};

const CreateRegionGroupInput = builder.inputType('CreateRegionGroupInput', {
  description: 'A new group of places (priority areas) of a kabupaten/kota.',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', required: true, description: 'The kabupaten/kota naming the group, e.g. 64.74.' }),
    name: t.string({ required: true, description: Descriptions.name }),
    kind: t.field({ type: RegionGroupKindEnum, required: true, description: Descriptions.kind }),
    year: t.int({ required: true, description: Descriptions.year }),
    reason: t.string({ required: true, description: Descriptions.reason }),
    memberCodes: t.field({ type: ['RegionCode'], required: true, description: Descriptions.memberCodes }),
  }),
});

const UpdateRegionGroupInput = builder.inputType('UpdateRegionGroupInput', {
  description: 'New values for a group of places; its kabupaten/kota stays.',
  fields: (t) => ({
    id: t.int({ required: true, description: 'The group.' }),
    version: t.int({ required: true, description: versionDescription }),
    name: t.string({ required: true, description: Descriptions.name }),
    kind: t.field({ type: RegionGroupKindEnum, required: true, description: Descriptions.kind }),
    year: t.int({ required: true, description: Descriptions.year }),
    reason: t.string({ required: true, description: Descriptions.reason }),
    memberCodes: t.field({ type: ['RegionCode'], required: true, description: Descriptions.memberCodes }),
  }),
});

builder.mutationFields((t) => ({
  createRegionGroup: t.field({
    type: RegionGroupRef,
    description: 'Names a group of places, such as the priority kelurahan of a zero-extreme-poverty target. ADMIN of the kabupaten/kota.',
    authScopes: { admin: true },
    errors: writeResult('The new group'),
    args: { input: t.arg({ type: CreateRegionGroupInput, required: true, description: 'The group.' }) },
    resolve: (_root, { input }, ctx) => createRegionGroup(ctx.db, requireAdmin(ctx.viewer), input),
  }),
  updateRegionGroup: t.field({
    type: RegionGroupRef,
    description: 'Changes a group and its places. ADMIN of its kabupaten/kota.',
    authScopes: { admin: true },
    errors: writeResult('The group as now stored'),
    args: { input: t.arg({ type: UpdateRegionGroupInput, required: true, description: 'The new values.' }) },
    resolve: (_root, { input }, ctx) => updateRegionGroup(ctx.db, requireAdmin(ctx.viewer), input),
  }),
  deleteRegionGroup: t.int({
    description: 'Removes a group; refused (write/in_use) while a target names it. ADMIN of its kabupaten/kota.',
    authScopes: { admin: true },
    errors: deleteResult('group'),
    args: {
      id: t.arg.int({ required: true, description: 'The group.' }),
      version: t.arg.int({ required: true, description: versionDescription }),
    },
    resolve: (_root, { id, version }, ctx) => deleteRegionGroup(ctx.db, requireAdmin(ctx.viewer), id, version),
  }),
}));
