import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionDiagnosis } from '../../shared/connection-doctor';
import { useBridge } from '../bridge/bridge-context';
import { ClientIdField } from '../components/client-id-field';
import { CopyButton } from '../components/copy-button';
import { ServerToServerForm } from '../components/server-to-server-form';
import { SignInPanel } from '../components/sign-in-panel';
import { Modal } from '../dashboard/modal';
import { useAppStore } from '../store/store-context';
import {
  connectionIsGreen,
  guideSteps,
  marketplaceUrl,
  registeredRedirectUrl,
  scopeListToPaste,
  type GuideStepId,
  type GuideWay,
} from './guide-steps';
import { PictureHere } from '../wizard/picture-here';
import { LiveCheck } from './live-check';
import './connect-guide.css';

interface DiagnosisState {
  readonly diagnosis: ConnectionDiagnosis | null;
  readonly checking: boolean;
  readonly failed: boolean;
}

/** Asks the connection doctor (Zoom, through the backend) for the admin's connection. */
function useDiagnosis() {
  const api = useBridge();
  const [state, setState] = useState<DiagnosisState>({
    diagnosis: null,
    checking: false,
    failed: false,
  });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const run = useCallback(async () => {
    if (!api) return;
    setState((s) => ({ ...s, checking: true }));
    try {
      const diagnosis = await api.diagnoseConnection({ purpose: 'admin' });
      if (live.current) setState({ diagnosis, checking: false, failed: false });
    } catch {
      if (live.current) setState((s) => ({ ...s, checking: false, failed: true }));
    }
  }, [api]);
  return { ...state, run };
}

/**
 * "Connect ReadyRoom to your Zoom account" (issue 13 part 2): one task a screen, from "which way
 * fits" to a live check that Zoom answers. Opened from the start screen's "Use your team's real
 * Zoom account" and from the dashboard's help.
 */
export function ConnectGuide({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation('connect');
  const [way, setWay] = useState<GuideWay | null>(null);
  const [index, setIndex] = useState(0);
  const steps = guideSteps(way);
  const step: GuideStepId = steps[Math.min(index, steps.length - 1)] ?? 'choose';
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const check = useDiagnosis();

  // Each new screen is announced by moving focus to its heading, as in the wizard.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const choose = (next: GuideWay) => {
    setWay(next);
    setIndex(1);
  };

  return (
    <Modal title={t('guide.title')} onClose={onClose} wide>
      <div className="connect-guide">
        {step !== 'choose' && (
          <p className="hint">{t('guide.stepOf', { number: index, count: steps.length - 1 })}</p>
        )}
        <GuideScreen step={step} way={way} heading={heading} onChoose={choose} check={check} />
        <div className="step-actions">
          {index > 0 && (
            <button type="button" className="secondary" onClick={() => setIndex(index - 1)}>
              {t('guide.back')}
            </button>
          )}
          {index > 0 && index < steps.length - 1 && (
            <button type="button" onClick={() => setIndex(index + 1)}>
              {t('guide.next')}
            </button>
          )}
          {step === 'check' ? (
            <FinishButton onClose={onClose} green={connectionIsGreen(check.diagnosis)} />
          ) : (
            <button type="button" className="secondary" onClick={onClose}>
              {t('guide.close')}
            </button>
          )}
        </div>
      </div>
    </Modal>
  );
}

function GuideScreen({
  step,
  way,
  heading,
  onChoose,
  check,
}: {
  readonly check: Diagnosis;
  readonly step: GuideStepId;
  readonly way: GuideWay | null;
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly onChoose: (way: GuideWay) => void;
}) {
  const { t } = useTranslation('connect');
  const title = (text: string) => (
    <h3 ref={heading} tabIndex={-1}>
      {text}
    </h3>
  );
  switch (step) {
    case 'choose':
      return (
        <>
          {title(t('guide.choose.heading'))}
          <ChooseWay onChoose={onChoose} />
        </>
      );
    case 'marketplace':
      return (
        <>
          {title(t('guide.marketplace.heading'))}
          <OpenMarketplace />
        </>
      );
    case 'build':
      return (
        <>
          {title(t('guide.build.heading'))}
          <p>{way === 's2s' ? t('guide.build.s2s') : t('guide.build.own')}</p>
          {way !== 's2s' && <p className="hint">{t('guide.build.why')}</p>}
          {way !== 's2s' && <PictureHere id="marketplace-build" />}
        </>
      );
    case 'basic-info':
      return (
        <>
          {title(t('guide.basicInfo.heading'))}
          <BasicInfo />
          <PictureHere id="marketplace-basic-info" />
        </>
      );
    case 'scopes':
      return (
        <>
          {title(t('guide.scopes.heading'))}
          <Scopes />
          <PictureHere id="marketplace-scopes" />
        </>
      );
    case 'activation':
      return (
        <>
          {title(t('guide.activation.heading'))}
          {way === 's2s' && <p>{t('guide.activation.s2s')}</p>}
          <p>{t('guide.activation.body')}</p>
          <PictureHere id="marketplace-activation" />
        </>
      );
    case 'client-id':
      return (
        <>
          {title(t('guide.clientId.heading'))}
          <ClientIdStep />
        </>
      );
    case 's2s-form':
      return (
        <>
          {title(t('guide.s2sForm.heading'))}
          <p>{t('guide.s2sForm.body')}</p>
          <ServerToServerForm open />
        </>
      );
    case 'check':
      return (
        <>
          {title(t('guide.check.heading'))}
          <CheckStep way={way} check={check} />
        </>
      );
  }
}

function ChooseWay({ onChoose }: { readonly onChoose: (way: GuideWay) => void }) {
  const { t } = useTranslation('connect');
  const id = useId();
  // The copy's own app is offered only when this copy carries one (AppInfo, this computer).
  const builtIn = useAppStore((s) => s.info?.zoomClientSource === 'built-in');
  const ways: GuideWay[] = builtIn ? ['built-in', 'own', 's2s'] : ['own', 's2s'];
  const key = { 'built-in': 'builtIn', own: 'own', s2s: 's2s' } as const;
  return (
    <>
      <p id={`${id}-intro`}>{t('guide.choose.intro')}</p>
      <div className="choices" role="group" aria-labelledby={`${id}-intro`}>
        {ways.map((w) => (
          <button
            key={w}
            type="button"
            className="choice"
            aria-describedby={`${id}-${w}`}
            onClick={() => onChoose(w)}
          >
            <span className="choice-label">{t(`guide.choose.${key[w]}.label`)}</span>
            <span className="choice-hint" id={`${id}-${w}`}>
              {t(`guide.choose.${key[w]}.hint`)}
            </span>
          </button>
        ))}
      </div>
    </>
  );
}

function OpenMarketplace() {
  const { t } = useTranslation('connect');
  const demoMailboxUrl = useAppStore((s) =>
    s.info?.mode === 'demo' ? (s.info.demoMailboxUrl ?? null) : null,
  );
  const openExternal = useAppStore((s) => s.openExternal);
  return (
    <>
      <p>{t('guide.marketplace.body')}</p>
      {demoMailboxUrl && <p className="hint">{t('guide.marketplace.demo')}</p>}
      <button type="button" onClick={() => void openExternal(marketplaceUrl(demoMailboxUrl))}>
        {t('guide.marketplace.button')}
      </button>
    </>
  );
}

function BasicInfo() {
  const { t } = useTranslation('connect');
  const id = useId();
  return (
    <>
      <p>{t('guide.basicInfo.publicClient')}</p>
      <p>{t('guide.basicInfo.redirect')}</p>
      <div className="callout">
        <label htmlFor={id}>{t('guide.basicInfo.redirectLabel')}</label>
        <input id={id} type="text" readOnly value={registeredRedirectUrl} />
        <CopyButton text={registeredRedirectUrl} label={t('guide.basicInfo.copy')} />
      </div>
      <p>{t('guide.basicInfo.allowList')}</p>
    </>
  );
}

function Scopes() {
  const { t } = useTranslation('connect');
  const id = useId();
  const list = scopeListToPaste();
  return (
    <>
      <p>{t('guide.scopes.intro')}</p>
      <div className="callout">
        <p id={id}>{t('guide.scopes.label')}</p>
        <ul className="connect-scope-list" aria-labelledby={id}>
          {list.split(' ').map((scope) => (
            <li key={scope}>
              <code>{scope}</code>
            </li>
          ))}
        </ul>
        <CopyButton text={list} label={t('guide.scopes.copy')} />
      </div>
    </>
  );
}

function ClientIdStep() {
  const { t } = useTranslation('connect');
  const mode = useAppStore((s) => s.info?.mode);
  const saved = useAppStore((s) => s.settings?.zoomClientId ?? null);
  const setZoomClientId = useAppStore((s) => s.setZoomClientId);
  const busy = useAppStore((s) => s.busy);
  const { diagnosis, checking, failed, run } = useDiagnosis();

  const save = async (clientId: string) => {
    await setZoomClientId(clientId);
    await run();
  };

  return (
    <>
      <p>{t('guide.clientId.body')}</p>
      <ClientIdField
        label={t('guide.clientId.label')}
        saveLabel={t('guide.clientId.save')}
        initial={saved ?? ''}
        busy={busy || checking}
        onSave={(id) => void save(id)}
      />
      {mode === 'zoom' && saved && (
        <p className="hint">{t('guide.clientId.saved', { clientId: saved })}</p>
      )}
      <LiveCheck diagnosis={diagnosis} checking={checking} failed={failed} />
    </>
  );
}

type Diagnosis = ReturnType<typeof useDiagnosis>;

function CheckStep({ way, check }: { readonly way: GuideWay | null; readonly check: Diagnosis }) {
  const { t } = useTranslation('connect');
  const session = useAppStore((s) => s.session);
  const { diagnosis, checking, failed, run } = check;
  // Ask again after each sign-in and each failed one, as the doctor's panel does.
  const person = session?.state === 'signed-in' ? session.person : null;
  const trigger = person
    ? `in:${person.accountId}:${person.email}:${person.role}`
    : session?.state === 'signed-out'
      ? `out:${session.error ?? ''}`
      : null;
  useEffect(() => {
    if (trigger !== null) void run();
  }, [trigger, run]);

  return (
    <>
      <p>{t('guide.check.intro')}</p>
      {way !== 's2s' && <SignInPanel />}
      {/* Zoom refuses a member on its own page and never comes back (docs/zoom-app-setup.md §6). */}
      {session?.state === 'signing-in' && <p className="hint">{t('guide.check.adminRequired')}</p>}
      <LiveCheck diagnosis={diagnosis} checking={checking} failed={failed} />
      <button type="button" className="secondary" disabled={checking} onClick={() => void run()}>
        {t('guide.check.checkNow')}
      </button>
    </>
  );
}

/** "Open your team dashboard" once Zoom said the app is set up right; else "Close the guide". */
function FinishButton({
  onClose,
  green,
}: {
  readonly onClose: () => void;
  readonly green: boolean;
}) {
  const { t } = useTranslation('connect');
  const role = useAppStore((s) => s.settings?.role ?? null);
  const chooseRole = useAppStore((s) => s.chooseRole);
  if (green && role !== 'admin')
    return (
      <button
        type="button"
        onClick={() => {
          onClose();
          void chooseRole('admin');
        }}
      >
        {t('guide.check.done')}
      </button>
    );
  return (
    <button type="button" className={green ? undefined : 'secondary'} onClick={onClose}>
      {t('guide.check.finish')}
    </button>
  );
}
