import {
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { needsYouToday, type NeedsYouFix, type NeedsYouItem } from '../../shared/needs-you';
import type { TeamPerson } from '../../shared/team-schemas';
import { personName } from '../../shared/team-table';
import { DoctorDialog } from './doctor-dialog';
import { FixEmailDialog, LicenceDialog, ResendDialog } from './invitation-dialogs';
import { MessageDialog } from './message-dialog';
import { nudgeText } from './nudge-text';
import { accessText } from './access-text';
import { useDashboardTexts, type LooseT } from './texts';

const noPeople: ReadonlyArray<TeamPerson> = [];

/** How many people the short list shows before "Show all". */
export const NEEDS_YOU_SHORT = 5;

const fixLabel: Readonly<Record<NeedsYouFix, string>> = {
  resend: 'actions.resend',
  fixEmail: 'actions.fixEmail',
  licence: 'actions.assignLicence',
  message: 'actions.message',
  doctor: 'actions.doctor',
};

interface Open {
  readonly fix: NeedsYouFix;
  readonly person: TeamPerson;
}

/**
 * The short list of people whose next step is the admin's, most urgent first, each with its
 * one-click fix and the last nudge, so she does not nag the same person twice in a day.
 */
export function NeedsYouToday({
  people: whole,
}: {
  /** Everyone (null while only the table's first rows are here: the list is about everyone). */
  people: ReadonlyArray<TeamPerson> | null;
}) {
  const people = whole ?? noPeople;
  const { t } = useDashboardTexts();
  const headingId = useId();
  const [all, setAll] = useState(false);
  const [open, setOpen] = useState<Open | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A fix often takes the person off the list, button and all: focus then stays in the list.
  const hadDialog = useRef(false);
  useEffect(() => {
    if (open) {
      hadDialog.current = true;
      return;
    }
    if (!hadDialog.current) return;
    hadDialog.current = false;
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body) heading.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [open]);
  // Worked out just after the table's first rows (10,000 people must not wait for it). "Today" is
  // when the list was drawn; it is drawn again with every change to the team.
  const deferred = useDeferredValue(people, noPeople);
  const items = useMemo(() => needsYouToday(deferred, new Date()), [deferred]);
  const shown = all ? items : items.slice(0, NEEDS_YOU_SHORT);

  return (
    <section className="needs-you" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('needsYou.heading')}
      </h2>
      {whole === null ? (
        <p role="status">{t('needsYou.loading')}</p>
      ) : items.length === 0 ? (
        // "No one" only once the list is worked out for these people.
        deferred === people && <p>{t('needsYou.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('needsYou.source', { count: items.length })}</p>
          <ul className="needs-you-list">
            {shown.map((item) => (
              <NeedsYouRow
                key={item.person.user.email}
                item={item}
                onFix={(fix) => setOpen({ fix, person: item.person })}
                onLeave={() => heading.current?.focus()}
              />
            ))}
          </ul>
          {items.length > NEEDS_YOU_SHORT && (
            <button type="button" className="secondary" onClick={() => setAll((v) => !v)}>
              {all ? t('needsYou.fewer') : t('needsYou.all', { count: items.length })}
            </button>
          )}
        </>
      )}
      {open && <FixDialog open={open} onClose={() => setOpen(null)} />}
    </section>
  );
}

function NeedsYouRow({
  item,
  onFix,
  onLeave,
}: {
  item: NeedsYouItem;
  onFix: (fix: NeedsYouFix) => void;
  /** The row goes (the fix worked) while it has the focus: the list keeps it. */
  onLeave: () => void;
}) {
  const { d, language } = useDashboardTexts();
  const whoId = useId();
  const row = useRef<HTMLLIElement>(null);
  const leave = useRef(onLeave);
  useEffect(() => {
    leave.current = onLeave;
  }, [onLeave]);
  useLayoutEffect(() => {
    const element = row.current;
    return () => {
      if (element?.contains(document.activeElement)) leave.current();
    };
  }, []);
  const { person, reason, fix, lastNudge, nudgedToday } = item;
  const name = personName(person.user);
  const why = reasonText(item, d, language);
  return (
    <li ref={row} className={`needs-you-item reason-${reason}`}>
      <p className="needs-you-who" id={whoId}>
        <strong>{name}</strong> <span>{why}</span>
      </p>
      <div className="needs-you-fix">
        {nudgedToday ? (
          <>
            <button type="button" disabled aria-describedby={whoId}>
              {nudgeText(lastNudge, true, d, language)}
            </button>
            <button
              type="button"
              className="link-button"
              aria-describedby={whoId}
              onClick={() => onFix(fix)}
            >
              {d('needsYou.anyway')}
            </button>
          </>
        ) : (
          <>
            <button type="button" aria-describedby={whoId} onClick={() => onFix(fix)}>
              {d(fixLabel[fix])}
            </button>
            <span className="hint">{nudgeText(lastNudge, false, d, language)}</span>
          </>
        )}
      </div>
    </li>
  );
}

/** Why they are on the list; for meetings, what Zoom said when she last checked, and when. */
function reasonText({ person, reason, days }: NeedsYouItem, d: LooseT, language: string): string {
  const access = person.meetingAccess;
  if (reason === 'cannot-start-meetings' && access?.blocked) return accessText(access, d, language);
  return d(`needsYou.reasons.${reason}`, days === null ? {} : { count: days });
}

function FixDialog({ open, onClose }: { open: Open; onClose: () => void }) {
  const email = open.person.user.email;
  const name = personName(open.person.user);
  switch (open.fix) {
    case 'resend':
      return <ResendDialog email={email} onClose={onClose} />;
    case 'fixEmail':
      return <FixEmailDialog email={email} onClose={onClose} />;
    case 'licence':
      return <LicenceDialog email={email} name={name} onClose={onClose} />;
    case 'message':
      return <MessageDialog email={email} name={name} onClose={onClose} />;
    case 'doctor': {
      // The host and role she checked last time, checked again at once: the fix is one click on.
      const access = open.person.meetingAccess;
      return access ? (
        <DoctorDialog
          person={email}
          host={access.host.email}
          role={access.role}
          checkNow
          onClose={onClose}
        />
      ) : (
        <DoctorDialog person={email} onClose={onClose} />
      );
    }
  }
}
