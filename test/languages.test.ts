/**
 * The widget speaks the reader's language: six built-in translations chosen from `locale`, the
 * page's `lang` or the browser, plurals by each language's own rules, and the page's own words in
 * place of any message.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { formatMoney } from '../src/format.js';
import { languageFor, wordsFor, type Messages } from '../src/messages.js';
import { captureWarnings, nextEvent, part, recordEvents } from './helpers.js';
import { delay, json, stubNetwork, type Network } from './network.js';

let network: Network;
beforeEach(() => {
  network = stubNetwork();
});
afterEach(() => {
  network.restore();
});

const HOUR = 3_600_000;

// The sample campaign's first three tiers, as a blogger writing in each language would label them.
const LANGUAGES = {
  en: [
    'covers one day of investigations',
    'covers six days of aftercare',
    'covers seven days of legal advocacy',
  ],
  es: [
    'cubre un día de investigaciones',
    'cubre seis días de atención a una víctima',
    'cubre siete días de defensa legal',
  ],
  fr: [
    'couvre une journée d’enquête',
    'couvre six jours de soins pour une victime',
    'couvre sept jours de défense',
  ],
  de: ['deckt einen Tag Ermittlungen', 'deckt sechs Tage Nachsorge', 'deckt sieben Tage Rechtsbeistand'],
  'pt-BR': [
    'cobre um dia de investigações',
    'cobre seis dias de cuidados',
    'cobre sete dias de defesa jurídica',
  ],
  ar: ['يغطي يومًا من التحقيقات', 'يغطي ستة أيام من الرعاية', 'يغطي سبعة أيام من الدفاع القانوني'],
};

// Every English word the widget can say: none may be left in a translated widget.
const ENGLISH = wordsFor(languageFor('en'));
const ENGLISH_WORDS = new Set(
  keys()
    .flatMap((key) => [ENGLISH(key, {}, 1), ENGLISH(key, {}, 5)])
    .join(' ')
    .replace(/\{\w+\}/g, ' ')
    .toLowerCase()
    .match(/[a-z']{2,}/g),
);

function keys(): (keyof Messages)[] {
  return [
    'raisedOfGoal',
    'donors',
    'donations',
    'timeLeft',
    'updated',
    'lastUpdated',
    'figuresFrom',
    'ended',
    'tiers',
    'tierReached',
    'impactSoFar',
    'stretch',
    'toGo',
    'give',
    'moreTiers',
    'giftPreview',
    'goalReached',
    'donate',
    'loading',
    'unavailable',
    'unavailableGive',
    'progress',
  ];
}

/** The English words in `text`, as whole words, leaving out placeholders and currency symbols ("US$"). */
const englishIn = (text: string) =>
  (
    text
      .replace(/\{\w+\}|US\$|\$US/g, ' ')
      .toLowerCase()
      .match(/[a-z']{2,}/g) ?? []
  ).filter((word) => ENGLISH_WORDS.has(word));

/** `amount` as the widget formats money in `locale`. */
const money = (locale: string, amount: number, currency = 'USD') => formatMoney(amount, currency, locale);

/** Everything a reader sees or hears in the widget: its text and the names and values it announces. */
function everythingSaid(el: CampaignProgress): string {
  const root = el.shadowRoot!;
  const announced = [...root.querySelectorAll('*')].flatMap((node) =>
    ['aria-label', 'aria-valuetext'].map((name) => node.getAttribute(name) ?? ''),
  );
  return `${root.textContent} ${announced.join(' ')}`;
}

/** A widget in `locale` with the tiers, on a feed with donors and a time, once the feed has answered. */
async function widgetIn(locale: string, body: object = {}) {
  const [first, second, third] = LANGUAGES[locale as keyof typeof LANGUAGES] ?? [];
  const src = network.route(
    json({ raised: 455, donors: 14, updated: new Date(Date.now() - 2 * HOUR), ...body }),
  );
  const event = nextEvent('campaign-progress-update', 'campaign-progress-error');
  const el = await fixture<CampaignProgress>(html`
    <campaign-progress
      src=${src}
      goal="1000"
      locale=${locale}
      ends=${new Date(Date.now() + 30 * 24 * HOUR).toISOString()}
      donate-href="https://example.org/donate?amount={amount}"
    >
      <campaign-tier amount="45">${first}</campaign-tier>
      <campaign-tier amount="240">${second}</campaign-tier>
      <campaign-tier amount="455">${third}</campaign-tier>
    </campaign-progress>
  `);
  await event;
  await el.updateComplete;
  return el;
}

describe('languages: every message translated', () => {
  for (const locale of ['es', 'fr', 'de', 'pt-BR', 'ar']) {
    const words = wordsFor(languageFor(locale));

    it(`${locale}: has every message, none of them English`, () => {
      for (const key of keys()) {
        for (const count of [0, 1, 2, 3, 11, 100]) {
          const text = words(key, {}, count);
          expect(text, key)
            .to.be.a('string')
            .and.not.equal(ENGLISH(key, {}, count));
          expect(englishIn(text), `${key}: ${text}`).to.deep.equal([]);
        }
      }
    });

    it(`${locale}: renders the figures, deadline, freshness, tiers and impact with no English left`, async () => {
      const el = await widgetIn(locale);
      const tiers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=tier]')];
      tiers[1].focus();
      await el.updateComplete;
      const said = everythingSaid(el);
      expect(englishIn(said), said).to.deep.equal([]);
      expect(part(el, 'summary').textContent).to.equal(
        words('raisedOfGoal', { raised: money(locale, 455), goal: money(locale, 1000) }),
      );
      expect(part(el, 'deadline').textContent).to.match(new RegExp(words('timeLeft', { time: '.+' }, 30)));
      expect(part(el, 'updated').textContent).to.equal(
        words('updated', {
          ago: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-2, 'hour'),
        }),
      );
      await expect(el).shadowDom.to.be.accessible();
    });

    it(`${locale}: says loading, unavailable and goal reached in the language`, async () => {
      const loading = await fixture<CampaignProgress>(
        html`<campaign-progress
          src=${network.route('never')}
          goal="1000"
          locale=${locale}
        ></campaign-progress>`,
      );
      expect(part(loading, 'status').textContent).to.equal(words('loading'));

      let failing!: CampaignProgress;
      await captureWarnings(async () => {
        const error = nextEvent('campaign-progress-error');
        failing = await fixture<CampaignProgress>(
          html`<campaign-progress
            src=${network.route('network-error')}
            goal="1000"
            locale=${locale}
          ></campaign-progress>`,
        );
        await error;
      });
      await failing.updateComplete;
      expect(part(failing, 'status').textContent).to.equal(words('unavailable'));

      const reached = await fixture<CampaignProgress>(
        html`<campaign-progress
          raised="1200"
          goal="1000"
          locale=${locale}
          ends="2020-01-01"
        ></campaign-progress>`,
      );
      expect(part(reached, 'status').textContent).to.equal(words('goalReached'));
      expect(part(reached, 'deadline').textContent).to.equal(words('ended'));
      for (const el of [loading, failing, reached]) expect(englishIn(everythingSaid(el))).to.deep.equal([]);
    });
  }
});

describe('languages: plurals by each language’s rules', () => {
  // What a reader sees for 0, 1, 2, 3, 11 (and 100) donors, `n` formatting a count in the language.
  const DONORS: Record<string, (n: (count: number) => string) => string[]> = {
    es: (n) => [
      `${n(0)} donantes`,
      `${n(1)} donante`,
      `${n(2)} donantes`,
      `${n(3)} donantes`,
      `${n(11)} donantes`,
    ],
    fr: (n) => [
      `${n(0)} donateur`,
      `${n(1)} donateur`,
      `${n(2)} donateurs`,
      `${n(3)} donateurs`,
      `${n(11)} donateurs`,
    ],
    de: (n) => [0, 1, 2, 3, 11].map((count) => `${n(count)} Spender`),
    'pt-BR': (n) => [
      `${n(0)} doador`,
      `${n(1)} doador`,
      `${n(2)} doadores`,
      `${n(3)} doadores`,
      `${n(11)} doadores`,
    ],
    // zero, one, two, few (3–10), many (11–99), other (100…)
    ar: (n) => [
      'لا متبرعين',
      'متبرع واحد',
      'متبرعان',
      `${n(3)} متبرعين`,
      `${n(11)} متبرعًا`,
      `${n(100)} متبرع`,
    ],
    en: (n) => [`${n(0)} donors`, `${n(1)} donor`, `${n(2)} donors`, `${n(3)} donors`, `${n(11)} donors`],
  };
  const COUNTS = [0, 1, 2, 3, 11, 100];

  for (const [locale, expected] of Object.entries(DONORS)) {
    it(`${locale}: donors counted 0, 1, 2, few and many`, async () => {
      const format = (count: number) => new Intl.NumberFormat(locale).format(count);
      const shown: string[] = [];
      const want = expected(format);
      for (const count of COUNTS.slice(0, want.length)) {
        const el = await widgetIn(locale, { donors: count });
        shown.push(part(el, 'donors').textContent!);
      }
      expect(shown).to.deep.equal(want);
    });
  }

  it('agrees the verb with the time left where the language does', () => {
    const es = wordsFor(languageFor('es'));
    const pt = wordsFor(languageFor('pt'));
    expect(es('timeLeft', { time: '1 día' }, 1)).to.equal('Queda 1 día');
    expect(es('timeLeft', { time: '3 días' }, 3)).to.equal('Quedan 3 días');
    expect(pt('timeLeft', { time: '1 dia' }, 1)).to.equal('Falta 1 dia');
    expect(pt('timeLeft', { time: '3 dias' }, 3)).to.equal('Faltam 3 dias');
  });

  it('counts donations apart from donors in Arabic too', () => {
    const ar = wordsFor(languageFor('ar'));
    expect(
      [0, 1, 2, 3, 11, 100].map((count) => ar('donations', { count: String(count) }, count)),
    ).to.deep.equal(['لا تبرعات', 'تبرع واحد', 'تبرعان', '3 تبرعات', '11 تبرعًا', '100 تبرع']);
  });
});

describe('languages: which one the widget speaks', () => {
  const speaks = async (template: ReturnType<typeof html>) => {
    const host = await fixture<HTMLElement>(template);
    const el = (
      host.matches('campaign-progress') ? host : host.querySelector('campaign-progress')!
    ) as CampaignProgress;
    await el.updateComplete;
    const figures = part(el, 'summary').closest('[lang]')!;
    return {
      el,
      lang: figures.getAttribute('lang'),
      dir: figures.getAttribute('dir'),
      summary: part(el, 'summary').textContent,
    };
  };

  it('reads a regional locale in its language: es-MX in Spanish, pt-PT in Portuguese', async () => {
    expect(
      await speaks(html`<campaign-progress raised="620" goal="1000" locale="es-MX"></campaign-progress>`),
    ).to.include({
      lang: 'es',
      summary: `${money('es-MX', 620)} recaudados de ${money('es-MX', 1000)}`,
    });
    expect(
      await speaks(
        html`<campaign-progress raised="620" goal="1000" currency="EUR" locale="pt-PT"></campaign-progress>`,
      ),
    ).to.include({
      lang: 'pt-BR',
      summary: `${money('pt-PT', 620, 'EUR')} arrecadados de ${money('pt-PT', 1000, 'EUR')}`,
    });
  });

  it('takes the page’s lang when the widget has no locale, and the locale over the page', async () => {
    expect(
      await speaks(
        html`<div lang="fr-CA">
          <campaign-progress raised="620" goal="1000" currency="EUR"></campaign-progress>
        </div>`,
      ),
    ).to.include({
      lang: 'fr',
      summary: `${money('fr-CA', 620, 'EUR')} collectés sur ${money('fr-CA', 1000, 'EUR')}`,
    });
    expect(
      await speaks(
        html`<div lang="fr">
          <campaign-progress raised="620" goal="1000" locale="de"></campaign-progress>
        </div>`,
      ),
    ).to.include({
      lang: 'de',
    });
  });

  it('falls back to English for a language it has no words for, and writes its money as English does', async () => {
    expect(
      await speaks(
        html`<campaign-progress
          raised="300000"
          goal="1000000"
          currency="JPY"
          locale="ja"
        ></campaign-progress>`,
      ),
    ).to.include({
      lang: 'en',
      dir: 'ltr',
      summary: '¥300,000 raised of ¥1,000,000 goal',
    });
  });

  it('writes durations, times ago and money in the words’ language: "$620" on a Hebrew page, no marks', async () => {
    const src = network.route(json({ raised: 620, updated: new Date(Date.now() - 2 * HOUR) }));
    const update = nextEvent('campaign-progress-update');
    const { el } = await speaks(
      html`<div lang="he" dir="rtl">
        <campaign-progress
          src=${src}
          goal="1000"
          ends=${new Date(Date.now() + 30.5 * 24 * HOUR).toISOString()}
        ></campaign-progress>
      </div>`,
    );
    await update;
    await el.updateComplete;
    expect(part(el, 'deadline').textContent).to.equal('30 days left');
    expect(part(el, 'updated').textContent).to.equal('Updated 2 hours ago');
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(part(el, 'to-go').textContent).to.equal('$380 to go');
  });

  it('turns the whole widget right-to-left in Arabic, on any page', async () => {
    const { el, lang, dir } = await speaks(
      html`<div dir="ltr" lang="en">
        <campaign-progress raised="620" goal="1000" locale="ar"></campaign-progress>
      </div>`,
    );
    expect({ lang, dir }).to.deep.equal({ lang: 'ar', dir: 'rtl' });
    expect(getComputedStyle(part(el, 'base')).direction).to.equal('rtl');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('draws "US$" as written in Arabic, not back to front as "$US"', async () => {
    const { el } = await speaks(
      html`<campaign-progress raised="455" goal="1000" locale="ar"></campaign-progress>`,
    );
    const walker = document.createTreeWalker(part(el, 'summary'), NodeFilter.SHOW_TEXT);
    const symbols: [Text, number][] = [];
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      for (const match of node.data.matchAll(/US\$/g)) symbols.push([node, match.index]);
    }
    const left = (node: Text, index: number) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect().left;
    };
    // The raised amount and the goal.
    expect(symbols).to.have.length(2);
    for (const [node, at] of symbols) expect(left(node, at)).to.be.below(left(node, at + 2));
  });

  it('keeps English words left-to-right on a right-to-left page, whose layout the widget follows', async () => {
    const { el, lang, dir } = await speaks(
      html`<div dir="rtl" lang="he"><campaign-progress raised="620" goal="1000"></campaign-progress></div>`,
    );
    expect({ lang, dir }).to.deep.equal({ lang: 'en', dir: 'ltr' });
    expect(getComputedStyle(part(el, 'base')).direction).to.equal('rtl');
    expect(getComputedStyle(part(el, 'summary')).direction).to.equal('ltr');
  });
});

describe('languages: the page’s own words', () => {
  it('puts a partial table from the messages property in place of the language’s words', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress locale="de" raised="1200" goal="1000"></campaign-progress>`,
    );
    el.messages = { goalReached: 'Geschafft!', raisedOfGoal: '{raised} für {goal}' };
    await el.updateComplete;
    expect(part(el, 'status').textContent).to.equal('Geschafft!');
    expect(part(el, 'summary').textContent).to.equal('1.200\u00a0$ für 1.000\u00a0$');
    expect(part(el, 'percent').textContent).to.equal('120\u00a0%');
  });

  it('reads the same table as JSON from the messages attribute, plural forms too', async () => {
    const src = network.route(json({ raised: 620, donors: 1 }));
    const update = nextEvent('campaign-progress-update');
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        src=${src}
        goal="1000"
        messages='{"donors": {"one": "{count} friend gave", "other": "{count} friends gave"}, "donate": "Give"}'
        donate-href="https://example.org/give"
      ></campaign-progress>`,
    );
    await update;
    await el.updateComplete;
    expect(part(el, 'donors').textContent).to.equal('1 friend gave');
    expect(part(el, 'donate').textContent).to.equal('Give');
  });

  it('keeps a placeholder it has no value for as written, so the page sees its mistake', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress
        raised="620"
        goal="1000"
        messages='{"raisedOfGoal": "{raised} of {target}"}'
      ></campaign-progress>`,
    );
    expect(part(el, 'summary').textContent).to.equal('$620 of {target}');
  });

  it('refuses a plural table whose other is text but another form is not', async () => {
    let el!: CampaignProgress;
    const updated = nextEvent('campaign-progress-update');
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress
          src=${network.route(json({ raised: 620, goal: 1000, donors: 1 }))}
          messages='{"donors": {"one": 1, "other": "{count} friends gave"}}'
        ></campaign-progress>`,
      );
      await updated;
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      'campaign-progress: ignoring the message "donors": no such message, or not text',
    ]);
    expect(part(el, 'donors').textContent).to.equal('1 donor');
  });

  it('refuses unusable messages with a warning and an attribute error, keeping the language’s words', async () => {
    const errors = recordEvents('campaign-progress-error');
    let el!: CampaignProgress;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress
          raised="620"
          goal="1000"
          messages='{"raisedOfGoal": 5, "thanks": "Merci", "donors": {"one": "a friend"}, "progress": "Our progress"}'
        ></campaign-progress>`,
      );
      await delay(0);
    });
    errors.stop();
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
    expect(part(el, 'thermometer').getAttribute('aria-label')).to.equal('Our progress');
    const refused = [
      'ignoring the message "raisedOfGoal": no such message, or not text',
      'ignoring the message "thanks": no such message, or not text',
      'ignoring the message "donors": no such message, or not text',
    ];
    expect(warnings).to.deep.equal(refused.map((message) => `campaign-progress: ${message}`));
    expect(errors.events.map((event) => event.detail)).to.deep.equal(
      refused.map((message) => ({ reason: 'attribute', message })),
    );
  });

  it('says what is wrong with a messages attribute that is not JSON', async () => {
    const errors = recordEvents('campaign-progress-error');
    let el!: CampaignProgress;
    await captureWarnings(async () => {
      el = await fixture<CampaignProgress>(
        html`<campaign-progress raised="620" goal="1000" messages="{donate: Give}"></campaign-progress>`,
      );
      await delay(0);
    });
    errors.stop();
    expect(errors.events.map((event) => event.detail.message)).to.deep.equal([
      'the messages attribute must be JSON',
    ]);
    expect(part(el, 'summary').textContent).to.equal('$620 raised of $1,000 goal');
  });

  it('names the tier list with the tiers-heading attribute, in whatever direction it is written', async () => {
    const el = await fixture<CampaignProgress>(
      html`<campaign-progress raised="620" goal="1000" locale="ar" tiers-heading="How you can help">
        <campaign-tier amount="45">يغطي يومًا من التحقيقات</campaign-tier>
      </campaign-progress>`,
    );
    const heading = el.shadowRoot!.getElementById('tiers')!;
    expect(heading.textContent).to.equal('How you can help');
    expect(heading.getAttribute('dir')).to.equal('auto');
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-labelledby')).to.equal('tiers');
    await expect(el).shadowDom.to.be.accessible();
  });
});
