// A confirmation before a set-up record is removed, running the delete itself. A refusal stays in
// the dialog in the interface language: what still uses the record and how many (write/in_use),
// or who changed it meanwhile (write/stale_version).
import { type ReactNode, useState } from 'react';
import { type AnyVariables, type DocumentInput, useMutation } from 'urql';
import { ConfirmDialog } from '../../components/write-form';
import { useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { requestErrorText, type WriteErrorLike, writeErrorText } from '../../lib/write-errors';
import { type InUseCount, inUseText } from './in-use';

type DeleteAnswer = { __typename: string } & Partial<WriteErrorLike> & { inUse?: readonly InUseCount[] | null };

interface Props<V extends AnyVariables> {
  title: string;
  children: ReactNode;
  mutation: DocumentInput<unknown, V>;
  /** The mutation's field, e.g. deleteOpd. */
  name: string;
  variables: V;
  /** The confirming button; "Hapus" by default. */
  confirmLabel?: string;
  onDone: () => void;
  onCancel: () => void;
}

export function DeleteDialog<V extends AnyVariables>({
  title,
  children,
  mutation,
  name,
  variables,
  confirmLabel,
  onDone,
  onCancel,
}: Props<V>) {
  const { t, lang } = useTranslation();
  const [state, run] = useMutation(mutation);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setError(null);
    const result = await run(variables, { additionalTypenames: [DATA_TYPENAME] });
    const answer = (result.data as Record<string, DeleteAnswer | null> | undefined)?.[name];
    if (!answer) return setError(requestErrorText(result.error ?? null, lang));
    if (answer.__typename !== 'DomainError') return onDone();
    const domain = { code: answer.code ?? '', message: answer.message ?? '', changedBy: answer.changedBy, changedAt: answer.changedAt };
    setError(domain.code === 'write/in_use' ? inUseText(answer.inUse, lang) : writeErrorText(domain, lang));
  };
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirmLabel ?? t('settings.delete.confirm')}
      busy={state.fetching}
      error={error}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      {children}
    </ConfirmDialog>
  );
}
