/**
 * Every word the widget shows or announces, in one table per language, so that a translation is
 * one more table. Messages are text with `{placeholders}` for figures `Intl` has already formatted,
 * so each language keeps its own word order; a message that depends on a count gives one text per
 * plural form (`Intl.PluralRules`: English has two, Arabic six).
 */
import { shared } from './format.js';

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
  /** Figures more than a few days old: "Figures from 12 April", `{date}` formatted by `Intl`. */
  figuresFrom: Message;
  /** The deadline has passed. */
  ended: Message;
  /** Names the list of tiers: what each amount does. */
  tiers: Message;
  /** Beside a tier the total so far pays for: what has been funded, not a box ticked. */
  tierReached: Message;
  /** "What you've given so far covers seven days of legal advocacy." `{label}` is the highest tier reached. */
  impactSoFar: Message;
  /** Over the goal, the next tier as a stretch: "Next: $2,540 covers one day of operations in a field office." */
  stretch: Message;
  /** "$380 to go": what is left to the goal. */
  toGo: Message;
  /** A tier's call to give its amount: "Give $45". */
  give: Message;
  /** The disclosure holding the rest of the tiers: "4 more ways to give". */
  moreTiers: Message;
  /** "$240 would take us to 86%": a tier's gift, previewed while it is hovered or focused. */
  giftPreview: Message;
  goalReached: Message;
  donate: Message;
  loading: Message;
  unavailable: Message;
  /** The feed fails before any figures, and there is a donate link. */
  unavailableGive: Message;
  /** The progress bar's name when the page gives no heading. */
  progress: Message;
  /** What a gift of a tier's amount does, said while there are no figures: "$45 covers one day of …". */
  giftDoes: Message;
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
  figuresFrom: 'Figures from {date}',
  ended: 'Ended',
  tiers: 'What your gift does',
  tierReached: 'funded',
  impactSoFar: "What you've given so far {label}.",
  stretch: 'Next: {amount} {label}.',
  toGo: '{amount} to go',
  give: 'Give {amount}',
  moreTiers: { one: '{count} more way to give', other: '{count} more ways to give' },
  giftPreview: '{amount} would take us to {percent}',
  goalReached: 'Goal reached. Thank you!',
  donate: 'Donate',
  loading: 'Loading totals…',
  unavailable: 'Totals unavailable',
  unavailableGive: 'Latest total unavailable — you can still give',
  progress: 'Fundraising progress',
  // The same in every language: the amount, then the page author's own words.
  giftDoes: '{amount} {label}.',
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
  'Cifras del {date}',
  'Finalizada',
  'Lo que logra tu donativo',
  'financiado',
  'Lo donado hasta ahora {label}.',
  'Siguiente paso: {amount} {label}.',
  'Faltan {amount}',
  'Dona {amount}',
  { one: '{count} forma más de donar', other: '{count} formas más de donar' },
  'Con {amount} llegaríamos al {percent}',
  '¡Meta alcanzada! Gracias.',
  'Donar',
  'Cargando…',
  'Totales no disponibles',
  'Cifra más reciente no disponible: aún puedes donar',
  'Progreso de la campaña',
];

const fr: MessageList = [
  '{raised} collectés sur {goal}',
  { one: '{count} donateur', other: '{count} donateurs' },
  { one: '{count} don', other: '{count} dons' },
  'Encore {time}',
  'Mis à jour {ago}',
  'Dernière mise à jour {ago}',
  'Chiffres du {date}',
  'Terminée',
  'Ce que permet votre don',
  'financé',
  'Ce que vous avez donné jusqu’ici {label}.',
  'Et ensuite\u202f: {amount} {label}.',
  'Encore {amount}',
  'Donner {amount}',
  { one: '{count} autre façon de donner', other: '{count} autres façons de donner' },
  '{amount} nous mènerait à {percent}',
  'Objectif atteint. Merci\u202f!',
  'Faire un don',
  'Chargement…',
  'Montants indisponibles',
  'Dernier montant indisponible — vous pouvez tout de même donner',
  'Progression de la collecte',
];

const de: MessageList = [
  '{raised} von {goal} gesammelt',
  '{count} Spender',
  { one: '{count} Spende', other: '{count} Spenden' },
  'Noch {time}',
  'Aktualisiert {ago}',
  'Zuletzt aktualisiert {ago}',
  'Stand: {date}',
  'Beendet',
  'Was Ihre Spende bewirkt',
  'finanziert',
  'Das bisher Gespendete {label}.',
  'Als Nächstes: {amount} {label}.',
  'Noch {amount}',
  // Before the amount, so that the name holds the words on screen ("45 $ deckt …").
  'Spenden: {amount}',
  { one: '{count} weitere Möglichkeit', other: '{count} weitere Möglichkeiten' },
  'Mit {amount} wären wir bei {percent}',
  'Ziel erreicht. Danke!',
  'Spenden',
  'Wird geladen…',
  'Spendenstand nicht verfügbar',
  'Aktueller Stand nicht verfügbar – Sie können trotzdem spenden',
  'Spendenfortschritt',
];

const pt: MessageList = [
  '{raised} arrecadados de {goal}',
  { one: '{count} doador', other: '{count} doadores' },
  { one: '{count} doação', other: '{count} doações' },
  { one: 'Falta {time}', other: 'Faltam {time}' },
  'Atualizado {ago}',
  'Última atualização {ago}',
  'Valores de {date}',
  'Encerrada',
  'O que sua doação faz',
  'financiado',
  'O que você doou até agora {label}.',
  'Próximo passo: {amount} {label}.',
  'Faltam {amount}',
  'Doe {amount}',
  { one: 'Mais {count} forma de doar', other: 'Mais {count} formas de doar' },
  'Com {amount} chegaríamos a {percent}',
  'Meta alcançada. Obrigado!',
  'Doar',
  'Carregando…',
  'Totais indisponíveis',
  'Valor mais recente indisponível — você ainda pode doar',
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
  'الأرقام حتى {date}',
  'انتهت',
  'ما يحققه تبرعك',
  'تم تمويله',
  'ما قدمتموه حتى الآن {label}.',
  'الخطوة التالية: {amount} {label}.',
  'بقي {amount}',
  'تبرّع بمبلغ {amount}',
  'طرق أخرى للتبرع: {count}',
  '{amount} توصلنا إلى {percent}',
  'تحقق الهدف. شكرًا!',
  'تبرّع',
  'جارٍ التحميل…',
  'المبالغ غير متاحة',
  'آخر مجموع غير متاح، ولا يزال بإمكانك التبرع',
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

/** Where each message stands in the other languages' lists: in the order of `en`'s keys. */
const positions = Object.fromEntries(Object.keys(en).map((key, position) => [key, position]));

export function wordsFor({ lang, messages }: Language, own: Partial<Messages> = {}): Words {
  return (key, values = {}, count = 0) => {
    const message = own[key] ?? messages?.[positions[key]] ?? en[key];
    const text =
      typeof message === 'string'
        ? message
        : (message[shared(`plurals ${lang}`, () => new Intl.PluralRules(lang)).select(count)] ??
          message.other);
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
