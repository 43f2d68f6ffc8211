// The budget month, in words. The API decides which month budget figures stand at (the month
// whose reports are due today, packages/api budget.service.ts budgetMonth) and says how many
// programs have an approved report for it; every page and the rakor deck write the same rule on
// screen with these sentences, so "s.d. Oktober" means the same thing everywhere.
import type { Language, MessageKey, MessageVars } from '../../lib/i18n';
import { monthName } from './months';

type Translate = (key: MessageKey, vars?: MessageVars) => string;

export interface BudgetMonthFacts {
  /** The month the figures stand at, 1–12. */
  month: number;
  year: number;
  /** Programs summed, and those with an approved report for `month` itself. */
  programCount: number;
  reportedPrograms: number;
  /** True when the user chose the month; false when it is the rule's (the due month). */
  chosen: boolean;
}

/** "Posisi akhir Oktober 2026: bulan yang laporannya jatuh tempo hari ini." */
export function budgetMonthRule({ month, year, chosen }: BudgetMonthFacts, t: Translate, lang: Language): string {
  return t(chosen ? 'budget.rule.chosen' : 'budget.rule.due', { month: monthName(month, lang), year });
}

/** What is missing for that month, said as missing: "23 dari 30 program …; yang lain …". */
export function budgetMonthMissing({ month, programCount, reportedPrograms }: BudgetMonthFacts, t: Translate, lang: Language): string {
  const vars = {
    month: monthName(month, lang),
    reported: reportedPrograms,
    programs: programCount,
    count: programCount,
    missing: programCount - reportedPrograms,
  };
  if (programCount === 0) return '';
  return t(reportedPrograms >= programCount ? 'budget.rule.complete' : 'budget.rule.missing', vars);
}

/** Both sentences, for a footnote or a slide's source line. */
export function budgetMonthNote(facts: BudgetMonthFacts, t: Translate, lang: Language): string {
  return [budgetMonthRule(facts, t, lang), budgetMonthMissing(facts, t, lang)].filter(Boolean).join(' ');
}
