import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { speedFigure, type ConnectionCheck } from '../../../shared/connection-advice';
import { useAppStore } from '../../store/store-context';
import { CheckStatus } from '../check-status';
import { ConnectionCheckPanel } from '../connection-check';
import { playTestTone, useLevel } from '../media/use-level';
import { useMediaTest, type MediaProblem } from '../media/use-media-test';
import { DeviceProblem } from './device-blocked';

function DevicePicker({
  label,
  devices,
  value,
  onChange,
}: {
  label: string;
  devices: ReadonlyArray<MediaDeviceInfo>;
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  if (devices.length < 2) return null;
  return (
    <p>
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {devices.map((d, i) => (
          <option key={d.deviceId} value={d.deviceId}>
            {d.label || `${label} ${i + 1}`}
          </option>
        ))}
      </select>
    </p>
  );
}

/**
 * Step 7: a microphone level meter, a camera preview, a speaker tone, the connection check, and
 * Zoom's test meeting.
 */
export function SoundCameraStep() {
  const { t } = useTranslation('wizard');
  const platform = useAppStore((s) => s.info?.platform);
  const access = useAppStore((s) => s.mediaAccess);
  const loadMediaAccess = useAppStore((s) => s.loadMediaAccess);
  const completeStep = useAppStore((s) => s.completeStep);
  const setCheckNote = useAppStore((s) => s.setCheckNote);
  const openExternal = useAppStore((s) => s.openExternal);
  const busy = useAppStore((s) => s.busy);
  const mic = useMediaTest('audioinput');
  const camera = useMediaTest('videoinput');
  const { level, heard } = useLevel(mic.state.status === 'on' ? mic.state.stream : null);
  const video = useRef<HTMLVideoElement>(null);
  const [speaker, setSpeaker] = useState<'untested' | 'heard' | 'not-heard'>('untested');

  useEffect(() => {
    void loadMediaAccess();
  }, [loadMediaAccess]);

  useEffect(() => {
    if (video.current)
      video.current.srcObject = camera.state.status === 'on' ? camera.state.stream : null;
  }, [camera.state]);

  const cameraWorks = camera.state.status === 'on';
  // The connection check's last answer goes into the message for the admin too, with its source.
  const connection = useAppStore((s) =>
    s.connection.status === 'done' ? s.connection.result : null,
  );
  useEffect(() => {
    const media = t('notes.media', {
      mic: heard ? t('notes.heard') : t('notes.notHeard'),
      camera: cameraWorks ? t('notes.seen') : t('notes.notSeen'),
    });
    setCheckNote('sound-camera', connection ? `${media} ${connectionNote(t, connection)}` : media);
  }, [heard, cameraWorks, connection, setCheckNote, t]);

  const osProblem = (device: 'microphone' | 'camera'): MediaProblem | null =>
    access?.[device] === 'denied' || access?.[device] === 'restricted' ? 'blocked' : null;
  const micProblem = mic.state.status === 'problem' ? mic.state.problem : osProblem('microphone');
  const cameraProblem =
    camera.state.status === 'problem' ? camera.state.problem : osProblem('camera');

  return (
    <>
      <p className="lead">{t('steps.sound-camera.task')}</p>

      <h2>{t('steps.sound-camera.micHeading')}</h2>
      <p>{t('steps.sound-camera.micTask')}</p>
      {micProblem && <DeviceProblem device="microphone" problem={micProblem} platform={platform} />}
      <div className="button-row">
        {mic.state.status === 'on' ? (
          <button type="button" className="secondary" onClick={mic.stop}>
            {t('steps.sound-camera.micStop')}
          </button>
        ) : (
          <button type="button" onClick={() => void mic.start()}>
            {t('steps.sound-camera.micStart')}
          </button>
        )}
      </div>
      {mic.state.status === 'on' && (
        <>
          <div
            className="meter"
            role="meter"
            aria-label={t('steps.sound-camera.micLevel')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={level}
          >
            <div className="meter-fill" style={{ width: `${level}%` }} />
          </div>
          <CheckStatus tone={heard ? 'passed' : 'info'}>
            {heard ? t('steps.sound-camera.micHeard') : t('steps.sound-camera.micSilent')}
          </CheckStatus>
          <DevicePicker
            label={t('steps.sound-camera.micPick')}
            devices={mic.devices}
            value={mic.deviceId}
            onChange={mic.choose}
          />
        </>
      )}

      <h2>{t('steps.sound-camera.cameraHeading')}</h2>
      <p>{t('steps.sound-camera.cameraTask')}</p>
      {cameraProblem && (
        <DeviceProblem device="camera" problem={cameraProblem} platform={platform} />
      )}
      <div className="button-row">
        {cameraWorks ? (
          <button type="button" className="secondary" onClick={camera.stop}>
            {t('steps.sound-camera.cameraStop')}
          </button>
        ) : (
          <button type="button" onClick={() => void camera.start()}>
            {t('steps.sound-camera.cameraStart')}
          </button>
        )}
      </div>
      <video
        ref={video}
        className="camera-preview"
        hidden={!cameraWorks}
        autoPlay
        muted
        playsInline
        aria-label={t('steps.sound-camera.cameraPreview')}
      />
      {cameraWorks && (
        <>
          <CheckStatus tone="passed">{t('steps.sound-camera.cameraWorks')}</CheckStatus>
          <DevicePicker
            label={t('steps.sound-camera.cameraPick')}
            devices={camera.devices}
            value={camera.deviceId}
            onChange={camera.choose}
          />
        </>
      )}

      <h2>{t('steps.sound-camera.speakerHeading')}</h2>
      <p>{t('steps.sound-camera.speakerTask')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void playTestTone()}>
          {t('steps.sound-camera.speakerPlay')}
        </button>
        <button type="button" className="secondary" onClick={() => setSpeaker('heard')}>
          {t('steps.sound-camera.speakerHeard')}
        </button>
        <button type="button" className="secondary" onClick={() => setSpeaker('not-heard')}>
          {t('steps.sound-camera.speakerNotHeard')}
        </button>
      </div>
      {speaker === 'not-heard' && (
        <p role="status" className="check check-failed">
          {t('steps.sound-camera.speakerHelp')}
        </p>
      )}

      {/* Just before Zoom's test meeting: a slow line is the next thing that spoils a call. */}
      <ConnectionCheckPanel />

      <p>{t('steps.sound-camera.testMeeting')}</p>
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          onClick={() => void openExternal('https://zoom.us/test')}
        >
          {t('steps.sound-camera.testMeetingButton')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void completeStep('sound-camera', heard && cameraWorks ? 'checked' : 'self-reported')
          }
        >
          {t('steps.sound-camera.works')}
        </button>
      </div>
    </>
  );
}

/** The connection figures in one line for the admin, saying they were measured from this computer. */
function connectionNote(t: TFunction<'wizard'>, check: ConnectionCheck): string {
  if (check.status !== 'measured') return t('notes.connectionNone', { host: check.host });
  const speed = (kbps: number | null) => {
    if (kbps === null) return t('notes.notMeasured');
    const { value, unit } = speedFigure(kbps);
    return `${value} ${unit}`;
  };
  return t('notes.connection', {
    host: check.host,
    ms: check.roundTripMs,
    down: speed(check.downloadKbps),
    up: speed(check.uploadKbps),
  });
}
