import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { CheckStatus } from '../check-status';
import { PictureHere } from '../picture-here';
import { zoomDownloadUrl } from '../zoom-links';

type Os = 'windows' | 'mac' | 'linux';

function osOf(platform: string | undefined): Os {
  if (platform === 'win32') return 'windows';
  if (platform === 'darwin') return 'mac';
  return 'linux';
}

/** Step 5: install the Zoom app, checked on this computer (place and version). */
export function InstallAppStep() {
  const { t } = useTranslation('wizard');
  const platform = useAppStore((s) => s.info?.platform);
  const check = useAppStore((s) => s.checks.zoomApp);
  const runCheck = useAppStore((s) => s.runCheck);
  const completeStep = useAppStore((s) => s.completeStep);
  const setCheckNote = useAppStore((s) => s.setCheckNote);
  const openExternal = useAppStore((s) => s.openExternal);
  const busy = useAppStore((s) => s.busy);
  const here = osOf(platform);
  const [shown, setShown] = useState<Os>(here);

  useEffect(() => {
    void runCheck('zoomApp');
  }, [runCheck]);

  const result = check.status === 'done' ? check.result : null;
  const passed = result?.status === 'installed' || result?.status === 'version-unknown';
  const text = !result
    ? check.status === 'failed'
      ? t('steps.install-app.missing')
      : t('steps.install-app.checking')
    : result.status === 'installed'
      ? t('steps.install-app.installed', { version: result.version })
      : result.status === 'version-unknown'
        ? t('steps.install-app.versionUnknown')
        : result.status === 'too-old'
          ? t('steps.install-app.tooOld', {
              version: result.version,
              minimum: result.minimumVersion,
            })
          : t('steps.install-app.missing');
  const tone = !result && check.status !== 'failed' ? 'checking' : passed ? 'passed' : 'failed';
  const status = <CheckStatus tone={tone}>{text}</CheckStatus>;

  useEffect(() => {
    if (result) setCheckNote('install-app', text);
  }, [result, text, setCheckNote]);

  const others = (['windows', 'mac', 'linux'] as const).filter((os) => os !== shown);
  return (
    <>
      <p className="lead">{t('steps.install-app.task')}</p>
      <p>{t('steps.install-app.name')}</p>
      <p>{t(`steps.install-app.${shown}Steps`)}</p>
      <PictureHere id="install-zoom" os={shown} />
      <button type="button" onClick={() => void openExternal(zoomDownloadUrl)}>
        {t('steps.install-app.download')}
      </button>
      <p>
        {t('steps.install-app.otherSystems')}{' '}
        {others.map((os) => (
          <button key={os} type="button" className="link-button" onClick={() => setShown(os)}>
            {t(`steps.install-app.${os}`)}
          </button>
        ))}
      </p>
      {status}
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => void runCheck('zoomApp')}>
          {t('steps.install-app.checkAgain')}
        </button>
        {passed ? (
          <button type="button" disabled={busy} onClick={() => void completeStep('install-app')}>
            {t('steps.install-app.next')}
          </button>
        ) : result?.status === 'too-old' ? null : (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void completeStep('install-app', 'self-reported')}
          >
            {t('steps.install-app.haveIt')}
          </button>
        )}
      </div>
    </>
  );
}
