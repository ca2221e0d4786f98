import type { Language } from '../../shared/settings';

/** What a browser sees when it asks for ReadyRoom without the address ReadyRoom opened. */
const doorStrings: Readonly<Record<Language, { title: string; heading: string; body: string[] }>> =
  {
    en: {
      title: 'ReadyRoom',
      heading: 'Open ReadyRoom from the address it gave you',
      body: [
        'For your safety, ReadyRoom only opens in the browser it started in, from the address it showed when it started.',
        'Go back to the window where you started ReadyRoom and open the address shown there.',
        'If that does not work, close ReadyRoom (press Ctrl and C in that window) and start it again.',
      ],
    },
    es: {
      title: 'ReadyRoom',
      heading: 'Abra ReadyRoom con la dirección que le dio',
      body: [
        'Por su seguridad, ReadyRoom solo se abre en el navegador donde empezó, con la dirección que mostró al empezar.',
        'Vuelva a la ventana donde abrió ReadyRoom y abra la dirección que aparece allí.',
        'Si no funciona, cierre ReadyRoom (pulse Ctrl y C en esa ventana) y ábralo otra vez.',
      ],
    },
  };

/** The first language in Accept-Language that ReadyRoom speaks, else English. */
export function languageOf(acceptLanguage: string | undefined): Language {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().slice(0, 2);
    if (tag === 'en' || tag === 'es') return tag;
  }
  return 'en';
}

/** The plain page, in the browser's language; it holds no token and no script. */
export function renderDoorPage(language: Language): string {
  const s = doorStrings[language];
  const paragraphs = s.body.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${s.title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>${s.heading}</h1>
${paragraphs}
</main></body></html>`;
}
