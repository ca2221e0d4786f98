import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import {
  PictureLang,
  pictureFor,
  type PictureFinder,
  type PictureId,
  type PictureOs,
  type PictureVariant,
} from '../wizard/pictures';
import './step-picture.css';

/** The i18next namespace that holds each picture's alt text and caption. */
export const picturesNamespace = 'pictures';

/**
 * Reads a picture's text from the "pictures" namespace: the drawing's own OS entry or the shared
 * "all" one, in the person's language, else in English. Read with getResource because the keys are
 * built from the picture id and OS, which the typed `t` cannot check.
 */
function pictureText(
  i18n: I18n,
  lang: PictureLang,
  id: PictureId,
  variant: PictureVariant,
  field: 'alt' | 'caption',
): string {
  for (const language of [lang, 'en'] as const) {
    for (const v of [variant, 'all'] as const) {
      const value: unknown = i18n.getResource(language, picturesNamespace, `${id}.${v}.${field}`);
      if (typeof value === 'string' && value !== '') return value;
    }
  }
  return '';
}

function uiText(i18n: I18n, lang: PictureLang, key: 'showBigger' | 'close'): string {
  for (const language of [lang, 'en'] as const) {
    const value: unknown = i18n.getResource(language, picturesNamespace, `ui.${key}`);
    if (typeof value === 'string' && value !== '') return value;
  }
  return key;
}

export interface StepPictureProps {
  readonly id: PictureId;
  readonly os: PictureOs;
  /** Where pictures come from; tests may pass their own. */
  readonly find?: PictureFinder;
}

/** An annotated picture of what the person will see, with a caption and a "Show bigger" dialog. */
export function StepPicture({ id, os, find = pictureFor }: StepPictureProps) {
  const { i18n } = useTranslation();
  const lang = PictureLang.catch('en').parse(i18n.resolvedLanguage ?? i18n.language);
  const picture = find(id, os, lang);
  const captionId = useId();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open) {
      // Browsers without showModal (jsdom) still get an open, labelled dialog.
      if (!dialog.open) {
        if (typeof dialog.showModal === 'function') dialog.showModal();
        else dialog.setAttribute('open', '');
      }
      closeRef.current?.focus();
      wasOpen.current = true;
    } else if (wasOpen.current) {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      openerRef.current?.focus();
      wasOpen.current = false;
    }
  }, [open]);

  if (!picture) return null;
  const alt = pictureText(i18n, lang, id, picture.variant, 'alt');
  const caption = pictureText(i18n, lang, id, picture.variant, 'caption');
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <>
      <figure className="step-picture">
        <img src={picture.src} width={picture.width} height={picture.height} alt={alt} />
        <figcaption id={captionId}>{caption}</figcaption>
        <button
          type="button"
          ref={openerRef}
          aria-describedby={captionId}
          aria-haspopup="dialog"
          onClick={() => setOpen(true)}
        >
          {uiText(i18n, lang, 'showBigger')}
        </button>
      </figure>
      <dialog
        ref={dialogRef}
        className="step-picture-dialog"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        onCancel={(event) => {
          event.preventDefault();
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
      >
        {open && (
          <div className="step-picture-dialog-body">
            <p id={titleId}>{caption}</p>
            <img src={picture.src} width={picture.width} height={picture.height} alt={alt} />
            <button type="button" ref={closeRef} onClick={() => setOpen(false)}>
              {uiText(i18n, lang, 'close')}
            </button>
          </div>
        )}
      </dialog>
    </>
  );
}
