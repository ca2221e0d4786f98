import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectGuideButton } from '../connect/connect-guide-button';
import { useAppStore } from '../store/store-context';

/** An admin's alternative to signing in: the three values of an internal Server-to-Server app. */
export function ServerToServerForm({ open = false }: { readonly open?: boolean } = {}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('connect');
  const connectAccount = useAppStore((s) => s.connectAccount);
  const [values, setValues] = useState({ accountId: '', clientId: '', clientSecret: '' });
  const [busy, setBusy] = useState(false);
  const ids = { accountId: useId(), clientId: useId(), clientSecret: useId() };
  const complete = Object.values(values).every((v) => v.trim() !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    // What the admin typed stays in the form if Zoom refuses it.
    await connectAccount({
      accountId: values.accountId.trim(),
      clientId: values.clientId.trim(),
      clientSecret: values.clientSecret.trim(),
    });
    setBusy(false);
  };

  return (
    <details className="zoom-app-settings" open={open}>
      <summary>{t('signIn.s2sSummary')}</summary>
      <p>{t('signIn.s2sExplain')}</p>
      {/* Inside the guide the form is already one of its screens. */}
      {!open && <ConnectGuideButton label={tc('guide.open')} secondary />}
      <form onSubmit={(e) => void submit(e)}>
        {(['accountId', 'clientId', 'clientSecret'] as const).map((field) => (
          <p key={field}>
            <label htmlFor={ids[field]}>{t(`signIn.${field}`)}</label>
            <input
              id={ids[field]}
              type={field === 'clientSecret' ? 'password' : 'text'}
              autoComplete="off"
              spellCheck={false}
              value={values[field]}
              onChange={(e) => setValues({ ...values, [field]: e.target.value })}
            />
          </p>
        ))}
        <button type="submit" disabled={!complete || busy}>
          {t('signIn.connect')}
        </button>
      </form>
    </details>
  );
}
