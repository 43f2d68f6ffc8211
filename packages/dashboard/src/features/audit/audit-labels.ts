// Words for what the audit log names in code: record kinds (opd, program, app_user), actions
// (create, reset_password) and fields (pagu, shortName). A name this dashboard has no word for is
// shown as the API writes it, so nothing is hidden.
import { isMessageKey, type Language, translate } from '../../lib/i18n';

const label = (prefix: string, name: string, lang: Language) => {
  const key = `${prefix}.${name}`;
  return isMessageKey(key) ? translate(lang, key) : name;
};

export const entityLabel = (entity: string, lang: Language) => label('audit.entity', entity.replace(/\//g, '_'), lang);
export const actionLabel = (action: string, lang: Language) => label('audit.action', action, lang);
export const fieldLabel = (field: string, lang: Language) => label('audit.field', field, lang);

/** The fields a reader sees first: what changed for an update; everything for a create or a delete. */
export function splitChanges<C extends { changed: boolean }>(changes: readonly C[]): { shown: C[]; unchanged: C[] } {
  const shown = changes.filter((c) => c.changed);
  return { shown, unchanged: changes.filter((c) => !c.changed) };
}
