/**
 * Every word the widget shows or announces, in one table per language, so that a translation is
 * one more table. Messages are text with `{placeholders}` for figures `Intl` has already formatted,
 * so each language keeps its own word order; a message that depends on a count gives one text per
 * plural form (`Intl.PluralRules`: English has two, Arabic six).
 */
import { intl } from './format.js';

/** A message's text, or its texts by plural form; `other` is the form every language has. */
export type Message = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });

export interface Messages {
  /** "$620 raised of $1,000 goal": the summary line, also spoken as the progress bar's value. */
  raisedOfGoal: Message;
  /** "14 donors": `{count}` is formatted, the plural form chosen by the count. */
  donors: Message;
  /** "14 donations": gifts counted, not people. */
  donations: Message;
  /** "12 days left": `{time}` is a duration `Intl` has formatted ("12 days", "14 hours"). */
  timeLeft: Message;
  /** "Updated 2 hours ago", `{ago}` being `Intl`'s "2 hours ago": how old the feed says its figures are. */
  updated: Message;
  /** The feed is failing and its last good figures are shown: "Last updated 2 hours ago". */
  lastUpdated: Message;
  /** The deadline has passed. */
  ended: Message;
  /** Names the list of tiers: what each amount does. */
  tiers: Message;
  /** After a tier the total has reached, for screen readers; sighted readers see a tick. */
  tierReached: Message;
  /** "Together we've reached $455, which covers seven days of legal advocacy." `{label}` is the tier's. */
  impactReached: Message;
  /** "$1,920 to go to $2,540, which covers one day of operations in a field office." */
  impactNext: Message;
  /** "$240 would take us to 86%": a tier's gift, previewed while it is hovered or focused. */
  giftPreview: Message;
  goalReached: Message;
  donate: Message;
  loading: Message;
  unavailable: Message;
  /** The progress bar's name when the page gives no heading. */
  progress: Message;
}

/** A language: its tag, its direction and its messages (a translation, or else English). */
export interface Language {
  lang: string;
  dir: 'ltr' | 'rtl';
  messages?: MessageList;
  /**
   * The locale for the words `Intl` writes into messages ("12 days", "2 hours ago"): the reader's
   * when these words are in its language, else the words' own, so English words on a Hebrew page
   * say "155 days left", not "155 ימים left".
   */
  wordsLocale?: string;
}

/** A translation: the messages of `en`, in the same order. */
type MessageList = Message[];

const en: Messages = {
  raisedOfGoal: '{raised} raised of {goal} goal',
  donors: { one: '{count} donor', other: '{count} donors' },
  donations: { one: '{count} donation', other: '{count} donations' },
  timeLeft: '{time} left',
  updated: 'Updated {ago}',
  lastUpdated: 'Last updated {ago}',
  ended: 'Ended',
  tiers: 'What your gift does',
  tierReached: '(reached)',
  impactReached: "Together we've reached {amount}, which {label}.",
  impactNext: '{remaining} to go to {amount}, which {label}.',
  giftPreview: '{amount} would take us to {percent}',
  goalReached: 'Goal reached. Thank you!',
  donate: 'Donate',
  loading: 'Loading totals…',
  unavailable: 'Totals unavailable',
  progress: 'Fundraising progress',
};

// Written as a charity would write them in each language, not word for word. Tier labels are the
// page author's own words, in the sentence's place of a verb phrase ("covers one day of …").
const es: MessageList = [
  '{raised} recaudados de {goal}',
  { one: '{count} donante', other: '{count} donantes' },
  { one: '{count} donativo', other: '{count} donativos' },
  { one: 'Queda {time}', other: 'Quedan {time}' },
  'Actualizado {ago}',
  'Última actualización {ago}',
  'Finalizada',
  'Lo que logra tu donativo',
  '(alcanzado)',
  'Juntos hemos llegado a {amount}, que {label}.',
  'Faltan {remaining} para llegar a {amount}, que {label}.',
  'Con {amount} llegaríamos al {percent}',
  '¡Meta alcanzada! Gracias.',
  'Donar',
  'Cargando…',
  'Totales no disponibles',
  'Progreso de la campaña',
];

const fr: MessageList = [
  '{raised} collectés sur {goal}',
  { one: '{count} donateur', other: '{count} donateurs' },
  { one: '{count} don', other: '{count} dons' },
  'Encore {time}',
  'Mis à jour {ago}',
  'Dernière mise à jour {ago}',
  'Terminée',
  'Ce que permet votre don',
  '(atteint)',
  'Ensemble, nous avons atteint {amount}, ce qui {label}.',
  'Encore {remaining} pour atteindre {amount}, ce qui {label}.',
  '{amount} nous mènerait à {percent}',
  'Objectif atteint. Merci\u202f!',
  'Faire un don',
  'Chargement…',
  'Montants indisponibles',
  'Progression de la collecte',
];

const de: MessageList = [
  '{raised} von {goal} gesammelt',
  '{count} Spender',
  { one: '{count} Spende', other: '{count} Spenden' },
  'Noch {time}',
  'Aktualisiert {ago}',
  'Zuletzt aktualisiert {ago}',
  'Beendet',
  'Was Ihre Spende bewirkt',
  '(erreicht)',
  'Gemeinsam haben wir {amount} erreicht – das {label}.',
  'Noch {remaining} bis {amount} – das {label}.',
  'Mit {amount} wären wir bei {percent}',
  'Ziel erreicht. Danke!',
  'Spenden',
  'Wird geladen…',
  'Spendenstand nicht verfügbar',
  'Spendenfortschritt',
];

const pt: MessageList = [
  '{raised} arrecadados de {goal}',
  { one: '{count} doador', other: '{count} doadores' },
  { one: '{count} doação', other: '{count} doações' },
  { one: 'Falta {time}', other: 'Faltam {time}' },
  'Atualizado {ago}',
  'Última atualização {ago}',
  'Encerrada',
  'O que sua doação faz',
  '(alcançado)',
  'Juntos chegamos a {amount}, que {label}.',
  'Faltam {remaining} para chegar a {amount}, que {label}.',
  'Com {amount} chegaríamos a {percent}',
  'Meta alcançada. Obrigado!',
  'Doar',
  'Carregando…',
  'Totais indisponíveis',
  'Progresso da arrecadação',
];

const ar: MessageList = [
  'جمعنا {raised} من {goal}',
  {
    zero: 'لا متبرعين',
    one: 'متبرع واحد',
    two: 'متبرعان',
    few: '{count} متبرعين',
    many: '{count} متبرعًا',
    other: '{count} متبرع',
  },
  {
    zero: 'لا تبرعات',
    one: 'تبرع واحد',
    two: 'تبرعان',
    few: '{count} تبرعات',
    many: '{count} تبرعًا',
    other: '{count} تبرع',
  },
  'يتبقى {time}',
  'محدّث {ago}',
  'آخر تحديث {ago}',
  'انتهت',
  'ما يحققه تبرعك',
  '(تحقق)',
  'معًا وصلنا إلى {amount}، وهو ما {label}.',
  'بقي {remaining} لنصل إلى {amount}، وهو ما {label}.',
  '{amount} توصلنا إلى {percent}',
  'تحقق الهدف. شكرًا!',
  'تبرّع',
  'جارٍ التحميل…',
  'المبالغ غير متاحة',
  'تقدّم الحملة',
];

/** Each language's tag, messages in the order of `en`'s (English has its own) and, for Arabic, its direction. */
const languages: Record<string, [lang: string, messages?: MessageList, dir?: 'rtl']> = {
  en: ['en'],
  es: ['es', es],
  fr: ['fr', fr],
  de: ['de', de],
  pt: ['pt-BR', pt],
  ar: ['ar', ar, 'rtl'],
};

/** The language `locale` is written in ("pt-PT" reads Portuguese, "es-MX" Spanish), else English. */
export function languageFor(locale: string | undefined): Language {
  // (No locale reads "undefined": no language.)
  const found = languages[`${locale}`.split('-')[0].toLowerCase()];
  const [lang, messages, dir = 'ltr'] = found ?? ['en'];
  return { lang, dir, messages, wordsLocale: found ? locale : lang };
}

/** The words of a language, with the page's own messages in place of its: `words('donate')`. */
export type Words = (key: keyof Messages, values?: Record<string, string>, count?: number) => string;

export function wordsFor({ lang, messages }: Language, own: Partial<Messages> = {}): Words {
  return (key, values = {}, count = 0) => {
    const message = own[key] ?? messages?.[Object.keys(en).indexOf(key)] ?? en[key];
    const text =
      typeof message === 'string'
        ? message
        : (message[intl(Intl.PluralRules, lang).select(count)] ?? message.other);
    // A placeholder with no value stays as written, so that a page's own message shows its mistake.
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
  };
}

/**
 * The page's own messages, from the `messages` property (a partial table) or attribute (the same as
 * JSON). Unusable ones are left out, each with the reason in `problems`.
 */
export function readMessages(given: unknown, problems: string[]): Partial<Messages> {
  const own: Record<string, Message> = {};
  try {
    Object.assign(own, typeof given === 'string' ? JSON.parse(given) : given);
  } catch {
    problems.push('the messages attribute must be JSON');
  }
  for (const [key, message] of Object.entries(own)) {
    // A string, or texts by plural form with at least `other`.
    const text = (message as { other?: unknown } | null)?.other ?? message;
    if (!(
      key in en &&
      typeof text === 'string' &&
      Object.values(message).every((t) => typeof t === 'string')
    )) {
      problems.push(`ignoring the message "${key}": no such message, or not text`);
      delete own[key];
    }
  }
  return own;
}
