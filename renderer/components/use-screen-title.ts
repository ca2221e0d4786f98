import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names the screen in the window title and moves focus to its heading, so a screen-reader user
 * hears where they arrived. Returns the ref to put on the screen's h1.
 */
export function useScreenTitle(screen: string) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('app.titleWithScreen', { screen });
  }, [screen, t]);
  useEffect(() => {
    heading.current?.focus();
  }, [screen]);
  return heading;
}
