/**
 * Every snippet the README and the recipes show, pasted into a post as a blogger would paste it: each
 * tag on one line (Blogger turns line breaks into <br>, which shreds a tag written over several), the
 * widget wrapped in a <div> (automatic paragraphs would end it at its list of tiers), and, once the
 * script runs, a widget with figures and a donate button. Feeds are answered from localhost: a
 * platform's address by the response shape that platform documents (test/fixtures/platforms/),
 * any other by the sample campaign's totals.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CampaignProgress } from '../src/campaign-progress.js';
import { captureWarnings, part } from './helpers.js';
import { json, stubNetwork, type Network } from './network.js';

const DOCUMENTS = ['README.md', 'docs/recipes.md'];

/** Which platform's documented answer stands in for a feed address, by a piece of it. */
const PLATFORMS: [address: RegExp, fixture: string][] = [
  [/every\.org/, 'every-org'],
  [/opencollective/, 'open-collective'],
  [/justgiving/, 'justgiving'],
  [/tiltify/, 'tiltify'],
  [/donorbox/, 'donorbox'],
  [/givebutter/, 'givebutter'],
];
const SAMPLE = { raised: 620, goal: 1000, currency: 'USD', donors: 14 };

// Read for real before any test stubs the network.
const documents = await Promise.all(
  DOCUMENTS.map(async (name) => ({ name, text: await (await fetch(`/${name}`)).text() })),
);
const answers = Object.fromEntries(
  await Promise.all(
    PLATFORMS.map(async ([, name]) => {
      const response = await fetch(`/test/fixtures/platforms/${name}.json`);
      return [name, await response.text()] as const;
    }),
  ),
);

/** Every ```html block that holds a widget, with the line it starts on. */
const snippets = documents.flatMap(({ name, text }) =>
  [...text.matchAll(/```html\n([^]*?)```/g)]
    .filter((match) => match[1].includes('<campaign-progress'))
    .map((match) => ({
      where: `${name}:${text.slice(0, match.index).split('\n').length}`,
      code: match[1],
    })),
);

let network: Network;
beforeEach(() => {
  network = stubNetwork();
});
afterEach(() => network.restore());

/** The snippet with each feed address answered here: the platform's shape, or the sample totals. */
function servedLocally(code: string): string {
  return code.replace(/(<campaign-progress\b[^>]*\ssrc=")([^"]*)"/g, (_, start: string, src: string) => {
    const platform = PLATFORMS.find(([address]) => address.test(src))?.[1];
    const route = network.route(platform ? json(answers[platform]) : json(SAMPLE));
    return `${start}${route}"`;
  });
}

describe('the snippets in the README and the recipes', () => {
  it('are there to test', () => {
    expect(snippets.filter(({ where }) => where.startsWith('README')).length).to.be.greaterThan(3);
    expect(snippets.filter(({ where }) => where.startsWith('docs')).length).to.be.greaterThan(3);
  });

  for (const { where, code } of snippets) {
    describe(where, () => {
      it('writes each tag on one line, the widget in a <div>', () => {
        expect(code, 'a tag over several lines').not.to.match(/<[^>]*\n[^>]*>/);
        for (const line of code.split('\n').filter((line) => line.includes('<campaign-progress')))
          expect(line.trim(), 'the widget’s line').to.match(/^<div>.*<\/div>$/);
      });

      it('renders figures and a donate button when pasted into a post', async () => {
        const post = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
        const warnings = await captureWarnings(async () => {
          post.innerHTML = servedLocally(code);
          const widgets = [...post.querySelectorAll<CampaignProgress>('campaign-progress')];
          expect(widgets.length).to.be.greaterThan(0);
          for (const el of widgets) {
            await waitUntil(
              () => el.shadowRoot?.querySelector('[part=summary]')?.textContent,
              `${where}: no figures shown (${visibleStatus(el)})`,
              { timeout: 4000 },
            );
            const donate = part(el, 'donate') as HTMLAnchorElement;
            expect(donate.getClientRects().length, 'the donate button is shown').to.equal(1);
            expect(donate.href).to.match(/^(https?|mailto):/);
            expect(donate.textContent!.trim()).not.to.equal('');
          }
        });
        // Notes (a read other than as written) and problems are for snippets a blogger got wrong.
        expect(warnings).to.deep.equal([]);
      });
    });
  }
});

function visibleStatus(el: CampaignProgress): string {
  return el.shadowRoot?.querySelector('[part=status]')?.textContent || 'no status';
}
