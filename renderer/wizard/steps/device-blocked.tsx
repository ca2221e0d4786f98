import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api';
import { useAppStore } from '../../store/store-context';
import type { MediaProblem } from '../media/use-media-test';
import { PictureHere } from '../picture-here';

/** Explains a blocked or missing device for this OS, and opens the exact settings screen. */
export function DeviceProblem({
  device,
  problem,
  platform,
}: {
  device: 'microphone' | 'camera';
  problem: MediaProblem;
  platform: AppInfo['platform'] | undefined;
}) {
  const { t } = useTranslation('wizard');
  const openSystemSettings = useAppStore((s) => s.openSystemSettings);
  const deviceName = t(`steps.sound-camera.${device}`);
  const page = t(`steps.sound-camera.${device}Page`);
  if (problem === 'no-device' || problem === 'busy' || problem === 'unsupported') {
    return (
      <div className="check check-failed" role="alert">
        {t('steps.sound-camera.noDevice', { device: deviceName })}
      </div>
    );
  }
  const canOpen = platform === 'darwin' || platform === 'win32';
  return (
    <div className="check check-failed" role="alert">
      <p>{t('steps.sound-camera.blocked', { device: deviceName })}</p>
      <p>
        {platform === 'darwin'
          ? t('steps.sound-camera.blockedMac', { page })
          : platform === 'win32'
            ? t('steps.sound-camera.blockedWindows', { page, device: deviceName })
            : t('steps.sound-camera.blockedOther', { device: deviceName })}
      </p>
      <PictureHere
        id={
          platform === 'darwin'
            ? device === 'camera'
              ? 'mac-privacy-camera'
              : 'mac-privacy-microphone'
            : 'mic-permission'
        }
      />
      {canOpen && (
        <button type="button" onClick={() => void openSystemSettings(device)}>
          {t('steps.sound-camera.openSettings')}
        </button>
      )}
    </div>
  );
}
