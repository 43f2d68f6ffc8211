// One word per status, everywhere: the API's TargetStatus and ProgramStatus enums (ON_TRACK,
// AT_RISK, OFF_TRACK) read the same on Ringkasan, Kemiskinan, Anggaran, Program and the rakor
// deck, in both languages. Only ON_TRACK has two readings: "sesuai target" for a target (P0,
// extreme poverty) and "sesuai rencana" for a plan (budget, programs); AT_RISK is always
// "Berisiko" and OFF_TRACK always "Tertinggal".
import type { MessageKey } from './i18n';

export type Status = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';

/** What a status is measured against: a target path, or a spending plan. */
export type StatusKind = 'target' | 'plan';

export const STATUS_VALUES: readonly Status[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];

const LABEL: Record<StatusKind, Record<Status, MessageKey>> = {
  target: { ON_TRACK: 'status.ON_TRACK.target', AT_RISK: 'status.AT_RISK', OFF_TRACK: 'status.OFF_TRACK' },
  plan: { ON_TRACK: 'status.ON_TRACK.plan', AT_RISK: 'status.AT_RISK', OFF_TRACK: 'status.OFF_TRACK' },
};

/** The message key of a status's word. */
export function statusLabel(status: Status, kind: StatusKind): MessageKey {
  return LABEL[kind][status];
}
