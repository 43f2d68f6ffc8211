// "Ubah kata sandi" from the user menu, for every role: the current password first, then the new
// one twice. The API ends the account's other sessions and keeps this one. Loaded on demand
// through change-password.tsx, with the write-form kit it needs: no first page shows it.
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { FormActions, FormDialog, FormErrorNotice, TextField, useWriteForm } from '../components/write-form';
import { graphql } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';
import { readWrite } from '../lib/write-errors';
import '../components/write-form.css';

const ChangeOwnPasswordMutation = graphql(`
  mutation ChangeOwnPassword($old: String!, $password: String!) {
    changeOwnPassword(oldPassword: $old, password: $password) {
      __typename
      ... on MutationChangeOwnPasswordSuccess { data }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const FIELDS = ['oldPassword', 'password', 'repeat'] as const;

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const form = useWriteForm(FIELDS);
  const [values, setValues] = useState({ oldPassword: '', password: '', repeat: '' });
  const [done, setDone] = useState(false);
  const [state, change] = useMutation(ChangeOwnPasswordMutation);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (state.fetching) return;
    form.reset();
    if (!values.oldPassword) return form.setFieldMessage('oldPassword', t('settings.input.empty'));
    if (values.password !== values.repeat) return form.setFieldMessage('repeat', t('account.password.mismatch'));
    const answer = readWrite<boolean>(await change({ old: values.oldPassword, password: values.password }), 'changeOwnPassword');
    if (form.take(answer)) setDone(true);
  };

  return (
    <FormDialog title={t('account.password.title')} intro={done ? undefined : t('account.password.intro')} onClose={onClose}>
      {done ? (
        <div className="stack">
          <p className="notice notice--good" role="status">
            {t('account.password.changed')}
          </p>
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('account.password.close')}
            </button>
          </div>
        </div>
      ) : (
        <form noValidate onSubmit={submit}>
          <div className="form-grid form-grid--single">
            {FIELDS.map((field) => (
              <TextField
                key={field}
                form={form}
                field={field}
                label={t(`account.password.${field}`)}
                type="password"
                autoComplete={field === 'oldPassword' ? 'current-password' : 'new-password'}
                value={values[field]}
                onChange={(value) => setValues((v) => ({ ...v, [field]: value }))}
                hint={field === 'password' ? t('settings.users.passwordHint') : undefined}
                wide
              />
            ))}
          </div>
          <FormErrorNotice form={form} />
          <FormActions busy={state.fetching} saveLabel={t('account.password.save')} onCancel={onClose} />
        </form>
      )}
    </FormDialog>
  );
}
