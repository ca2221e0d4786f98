import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateStatus } from '../../shared/api';
import { useBridge } from '../bridge/bridge-context';

/**
 * "A new version is ready": shown only once an update is downloaded, with "Restart to update" for
 * when it suits the person, and "Later". Checking and failures stay in the log, never here.
 */
export function UpdateBanner() {
  const { t } = useTranslation('desktop');
  const api = useBridge();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [later, setLater] = useState(false);

  useEffect(() => {
    if (!api) return;
    const off = api.on('updateStatusChanged', setStatus);
    void api
      .getUpdateStatus({})
      .then(setStatus)
      .catch(() => undefined);
    return off;
  }, [api]);

  if (!api || later || status?.state !== 'ready') return null;
  return (
    <div className="banner banner-notice" role="status">
      <p>{t('update.ready', { version: status.version ?? '' })}</p>
      <div className="button-row">
        <button type="button" onClick={() => void api.restartToUpdate({}).catch(() => undefined)}>
          {t('update.restart')}
        </button>
        <button type="button" className="secondary" onClick={() => setLater(true)}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}
