// The secretariat's set-up of programs (issue 11): ADMIN of the program's kabupaten/kota.
import { builder } from '../../builder.js';
import { requireAdmin } from '../common/admin.js';
import { deleteResult, writeResult } from '../common/mutation-result.js';
import { ProgramRef, TargetGroupEnum } from './program.schema.js';
import { createProgram, deleteProgram, updateProgram } from './program-write.service.js';

const versionDescription = 'The version the form was opened at (Program.version); a save over a newer one is refused.';

const ProgramFieldDescriptions = {
  opdId: 'The OPD (or partner) running the program; one of the kabupaten/kota’s.',
  clusterId: 'The cluster (klaster 1–4) of the kabupaten/kota the program belongs to.',
  code: 'Program code, 1–40 letters, digits, dots, dashes, slashes or underscores, unique per kabupaten/kota and year; stored in upper case.',
  name: 'Program name as the OPD states it, 1–300 characters.',
  pagu: 'Budget ceiling (pagu), whole rupiah, 0 or more; not below realisasi already reported.',
  plan: 'Planned disbursement cumulative to the end of each month, January first: 12 amounts in whole rupiah, never falling, none above the pagu; an empty list for no plan. An error names the month as plan.<1–12>.',
  outputUnit: 'What one unit of output is, 1–60 characters, e.g. "unit rumah", "KK dilatih".',
  outputTarget: 'Output planned for the year, in outputUnit, 0–10,000,000.',
  beneficiaryTarget: 'Beneficiary households the program means to reach in the year, 0–10,000,000 households.',
  targetGroup: 'Which households the program is meant for (the base of inclusion and exclusion errors).',
  partnerIds: 'Partners taking part (OPDs or partners of the same kabupaten/kota); empty for none.',
};

const CreateProgramInput = builder.inputType('CreateProgramInput', {
  description: 'A new program of a kabupaten/kota for one fiscal year.',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', required: true, description: 'The kabupaten/kota running the program, e.g. 16.71.' }),
    fiscalYear: t.int({ required: true, description: 'Fiscal year, 2000–2100.' }),
    opdId: t.int({ required: true, description: ProgramFieldDescriptions.opdId }),
    clusterId: t.int({ required: true, description: ProgramFieldDescriptions.clusterId }),
    code: t.string({ required: true, description: ProgramFieldDescriptions.code }),
    name: t.string({ required: true, description: ProgramFieldDescriptions.name }),
    pagu: t.field({ type: 'Rupiah', required: true, description: ProgramFieldDescriptions.pagu }),
    plan: t.field({ type: ['Rupiah'], required: true, description: ProgramFieldDescriptions.plan }),
    outputUnit: t.string({ required: true, description: ProgramFieldDescriptions.outputUnit }),
    outputTarget: t.int({ required: true, description: ProgramFieldDescriptions.outputTarget }),
    beneficiaryTarget: t.int({ required: true, description: ProgramFieldDescriptions.beneficiaryTarget }),
    targetGroup: t.field({ type: TargetGroupEnum, required: true, description: ProgramFieldDescriptions.targetGroup }),
    partnerIds: t.intList({ required: false, description: ProgramFieldDescriptions.partnerIds }),
  }),
});

const UpdateProgramInput = builder.inputType('UpdateProgramInput', {
  description: 'New values for a program; its kabupaten/kota and fiscal year stay.',
  fields: (t) => ({
    id: t.int({ required: true, description: 'The program.' }),
    version: t.int({ required: true, description: versionDescription }),
    opdId: t.int({ required: true, description: ProgramFieldDescriptions.opdId }),
    clusterId: t.int({ required: true, description: ProgramFieldDescriptions.clusterId }),
    code: t.string({ required: true, description: ProgramFieldDescriptions.code }),
    name: t.string({ required: true, description: ProgramFieldDescriptions.name }),
    pagu: t.field({ type: 'Rupiah', required: true, description: ProgramFieldDescriptions.pagu }),
    plan: t.field({ type: ['Rupiah'], required: true, description: ProgramFieldDescriptions.plan }),
    outputUnit: t.string({ required: true, description: ProgramFieldDescriptions.outputUnit }),
    outputTarget: t.int({ required: true, description: ProgramFieldDescriptions.outputTarget }),
    beneficiaryTarget: t.int({ required: true, description: ProgramFieldDescriptions.beneficiaryTarget }),
    targetGroup: t.field({ type: TargetGroupEnum, required: true, description: ProgramFieldDescriptions.targetGroup }),
    partnerIds: t.intList({ required: false, description: ProgramFieldDescriptions.partnerIds }),
  }),
});

builder.mutationFields((t) => ({
  createProgram: t.field({
    type: ProgramRef,
    description:
      'Adds a program with its pagu, monthly plan and targets; the budget figures (Anggaran, Program, Ringkasan) show it at once. ADMIN of the kabupaten/kota.',
    authScopes: { admin: true },
    errors: writeResult('The new program'),
    args: { input: t.arg({ type: CreateProgramInput, required: true, description: 'The program.' }) },
    resolve: (_root, { input }, ctx) => createProgram(ctx.db, requireAdmin(ctx.viewer), input),
  }),
  updateProgram: t.field({
    type: ProgramRef,
    description:
      'Changes a program; its budget rollup (and reach rollup, for a new target group) is refreshed in the same transaction. ADMIN of its kabupaten/kota.',
    authScopes: { admin: true },
    errors: writeResult('The program as now stored'),
    args: { input: t.arg({ type: UpdateProgramInput, required: true, description: 'The new values.' }) },
    resolve: (_root, { input }, ctx) => updateProgram(ctx.db, requireAdmin(ctx.viewer), input),
  }),
  deleteProgram: t.int({
    description:
      'Removes a program; refused (write/in_use, with what uses it) while it has reports or benefit records. ADMIN of its kabupaten/kota.',
    authScopes: { admin: true },
    errors: deleteResult('program'),
    args: {
      id: t.arg.int({ required: true, description: 'The program.' }),
      version: t.arg.int({ required: true, description: versionDescription }),
    },
    resolve: (_root, { id, version }, ctx) => deleteProgram(ctx.db, requireAdmin(ctx.viewer), id, version),
  }),
}));
