// A confirmation before a record is removed, running the delete mutation itself: a refusal (in use,
// changed meanwhile, gone) is shown in the dialog in the interface language, and nothing closes
// until the person chooses.
import type { ReactNode } from 'react';
import { useState } from 'react';
import { type AnyVariables, type DocumentInput, useMutation } from 'urql';
import { useLanguage } from '../lib/i18n';
import { DATA_TYPENAME } from '../lib/urql';
import { readWrite, requestErrorText, writeErrorText } from '../lib/write-errors';
import { ConfirmDialog } from './write-form';

interface Props<V extends AnyVariables> {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  mutation: DocumentInput<unknown, V>;
  /** The mutation's field, e.g. deletePriority. */
  name: string;
  variables: V;
  /** What the refusal `write/in_use` means here, in words that name what uses the record. */
  inUseText?: string;
  onDone: () => void;
  onCancel: () => void;
}

export function ConfirmDelete<V extends AnyVariables>({
  title,
  children,
  confirmLabel,
  mutation,
  name,
  variables,
  inUseText,
  onDone,
  onCancel,
}: Props<V>) {
  const lang = useLanguage();
  const [state, run] = useMutation(mutation);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setError(null);
    const answer = readWrite<number>(await run(variables, { additionalTypenames: [DATA_TYPENAME] }), name);
    if (answer.ok) return onDone();
    if ('request' in answer) return setError(requestErrorText(answer.request, lang));
    setError(answer.domain.code === 'write/in_use' && inUseText ? inUseText : writeErrorText(answer.domain, lang));
  };
  return (
    <ConfirmDialog title={title} confirmLabel={confirmLabel} busy={state.fetching} error={error} onConfirm={confirm} onCancel={onCancel}>
      {children}
    </ConfirmDialog>
  );
}
