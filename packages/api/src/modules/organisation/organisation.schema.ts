import { builder } from '../../builder.js';
import { OrganisationKind } from '../../generated/prisma/enums.js';
import { assertRegionReadable } from '../auth/scope.js';

export const OrganisationKindEnum = builder.enumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Whether an organisation is a government agency (OPD) or a partner that is not one.',
  values: {
    OPD: { description: 'Organisasi Perangkat Daerah: a government agency of the kabupaten/kota (Dinas Sosial, Dinkes, Perkim, …).' },
    PARTNER: { description: 'A partner that is not an OPD: Baznas, TP PKK, BPJS, BPS, a CSR programme, …' },
  },
});

export const OpdRef = builder.prismaObject('Opd', {
  description: 'A government agency (OPD) or a partner that is not one (Baznas, TP PKK, BPJS, BPS).',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    name: t.exposeString('name', { description: 'Full name.' }),
    shortName: t.exposeString('shortName', { description: 'Short name, e.g. DINSOS.' }),
    kind: t.expose('kind', { type: OrganisationKindEnum, description: 'OPD or partner.' }),
    regionCode: t.exposeString('regionCode', { description: 'The kabupaten/kota it belongs to.' }),
    version: t.exposeInt('version', { description: 'Edit version: send it back with a change; a save from an older version is refused.' }),
  }),
});

export const ClusterRef = builder.prismaObject('Cluster', {
  description: 'A TKPKD program cluster (klaster 1–4) of one kabupaten/kota.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Identifier.' }),
    number: t.exposeInt('number', { description: 'Cluster number 1–4.' }),
    name: t.exposeString('name', { description: 'What the cluster covers.' }),
    headTitle: t.exposeString('headTitle', { description: 'Office of the cluster head.' }),
    regionCode: t.exposeString('regionCode', { description: 'The kabupaten/kota.' }),
    viceOpd: t.relation('viceOpd', { nullable: true, description: 'The OPD that is vice-head (Dinas Sosial for klaster 1).' }),
    version: t.exposeInt('version', { description: 'Edit version: send it back with a change; a save from an older version is refused.' }),
  }),
});

builder.queryFields((t) => ({
  clusters: t.prismaField({
    type: ['Cluster'],
    description: 'The clusters of a kabupaten/kota, by number.',
    args: { regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Kabupaten/kota code, e.g. 16.06.' }) },
    authScopes: { signedIn: true },
    resolve: (query, _root, { regionCode }, ctx) => {
      assertRegionReadable(ctx.viewer, regionCode);
      return ctx.db.prisma.cluster.findMany({ ...query, where: { regionCode }, orderBy: { number: 'asc' } });
    },
  }),
  opds: t.prismaField({
    type: ['Opd'],
    description: 'The OPDs and partners of a kabupaten/kota, by short name.',
    args: { regionCode: t.arg({ type: 'RegionCode', required: true, description: 'Kabupaten/kota code.' }) },
    authScopes: { signedIn: true },
    resolve: (query, _root, { regionCode }, ctx) => {
      assertRegionReadable(ctx.viewer, regionCode);
      return ctx.db.prisma.opd.findMany({ ...query, where: { regionCode }, orderBy: { shortName: 'asc' } });
    },
  }),
}));
