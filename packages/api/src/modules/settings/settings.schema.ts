// The settings an ADMIN sees and (deployment-wide) changes on Pengaturan: status thresholds and the
// current fiscal year. Typed fields only: no key/value access, so privacy.secret stays unreadable.
import { builder } from '../../builder.js';
import { DomainError } from '../../errors.js';
import { requireAdmin } from '../common/admin.js';
import {
  canEditSettings,
  DEFAULT_THRESHOLDS,
  type EditableSettings,
  editableSettings,
  type StatusThresholds,
  setCurrentFiscalYear,
  updateStatusThresholds,
} from './settings.service.js';

const StatusThresholdsRef = builder.objectRef<StatusThresholds>('StatusThresholds').implement({
  description:
    'Where on track ends and off track begins. The gap is (target − actual) / target for a target, (planned − realised) / planned for a program’s spending.',
  fields: (t) => ({
    onTrackMaxGap: t.exposeFloat('onTrackMaxGap', { description: 'A gap at or below this is on track (hijau), a fraction.' }),
    atRiskMaxGap: t.exposeFloat('atRiskMaxGap', {
      description: 'A gap below this (and above onTrackMaxGap) is at risk (kuning); at or above it off track (merah), a fraction.',
    }),
  }),
});

const SettingsRef = builder.objectRef<EditableSettings & { canEdit: boolean }>('Settings').implement({
  description: 'Settings the secretariat sets: status thresholds and the current fiscal year.',
  fields: (t) => ({
    statusThresholds: t.field({
      type: StatusThresholdsRef,
      description: 'The thresholds in use for ON_TRACK / AT_RISK / OFF_TRACK.',
      resolve: (s) => s.statusThresholds,
    }),
    statusThresholdsUpdatedAt: t.expose('statusThresholdsUpdatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the thresholds were last saved (their version; send it back with a change); null while the defaults apply.',
    }),
    eMonevThresholds: t.field({
      type: StatusThresholdsRef,
      description: 'The e-Monev defaults the thresholds start from: on track at no gap, off track at 25% behind.',
      resolve: () => DEFAULT_THRESHOLDS,
    }),
    currentFiscalYear: t.exposeInt('currentFiscalYear', {
      description: 'The fiscal year dashboards open on and the household rollups describe.',
    }),
    fiscalYearUpdatedAt: t.expose('fiscalYearUpdatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the fiscal year was last saved (its version; send it back with a change); null while the clock’s year applies.',
    }),
    canEdit: t.exposeBoolean('canEdit', {
      description: 'True when you may change these settings: they apply to every region, so only a deployment-wide ADMIN may.',
    }),
  }),
});

const settingsOf = async (ctx: { db: Parameters<typeof editableSettings>[0]; clock: { today(): Date } }, canEdit: boolean) => ({
  ...(await editableSettings(ctx.db, ctx.clock.today())),
  canEdit,
});

builder.queryField('settings', (t) =>
  t.field({
    type: SettingsRef,
    description: 'The status thresholds and current fiscal year, with whether you may change them. ADMIN.',
    authScopes: { admin: true },
    resolve: (_root, _args, ctx) => settingsOf(ctx, canEditSettings(requireAdmin(ctx.viewer))),
  }),
);

const settingsResult = (what: string) => ({
  types: [DomainError],
  union: { description: `${what}, or a DomainError with the code and the input field at fault.` },
  result: { description: `${what}.` },
  dataField: { description: 'The settings as now stored.' },
});

builder.mutationFields((t) => ({
  updateStatusThresholds: t.field({
    type: SettingsRef,
    description:
      'Sets where on track ends and off track begins, for every target and program status at once. A deployment-wide ADMIN (the setting applies to every region).',
    authScopes: { admin: true },
    errors: settingsResult('The settings with the new thresholds'),
    args: {
      onTrackMaxGap: t.arg.float({ required: true, description: 'A gap at or below this is on track, a fraction from −0.5 to 0.5.' }),
      atRiskMaxGap: t.arg.float({
        required: true,
        description: 'A gap below this is at risk, at or above it off track, a fraction above onTrackMaxGap and at most 1.',
      }),
      updatedAt: t.arg({
        type: 'DateTime',
        required: false,
        description:
          'statusThresholdsUpdatedAt as the form was opened (its version; null when it was unset); a save over a newer one is refused.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      await updateStatusThresholds(ctx.db, requireAdmin(ctx.viewer), args);
      return settingsOf(ctx, true);
    },
  }),
  setCurrentFiscalYear: t.field({
    type: SettingsRef,
    description:
      'Sets the fiscal year dashboards open on; the household and reach rollups are recomputed for it in the same transaction. A deployment-wide ADMIN.',
    authScopes: { admin: true },
    errors: settingsResult('The settings with the new fiscal year'),
    args: {
      year: t.arg.int({ required: true, description: 'Fiscal year, 2000–2100.' }),
      updatedAt: t.arg({
        type: 'DateTime',
        required: false,
        description:
          'fiscalYearUpdatedAt as the form was opened (its version; null when it was unset); a save over a newer one is refused.',
      }),
    },
    resolve: async (_root, { year, updatedAt }, ctx) => {
      await setCurrentFiscalYear(ctx.db, requireAdmin(ctx.viewer), year, updatedAt);
      return settingsOf(ctx, true);
    },
  }),
}));
