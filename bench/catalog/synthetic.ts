import type { DemoEntry, DemoRef } from '../../plugin/server/src/demo/scenario';
import { paragraphs } from '../../plugin/server/src/demo/scenario';

/** How big a synthetic catalog is; `creditsPerSeries` may list one count per series instead. */
export interface CatalogSize {
  series: number;
  seasons: number;
  credits: number | number[];
  articles: number;
}

export const DEFAULT_SIZE: CatalogSize = { series: 100, seasons: 4, credits: 40, articles: 20 };

export const describeSize = ({ series, seasons, credits, articles }: CatalogSize) =>
  `${series} series x (${seasons} seasons, ${Array.isArray(credits) ? credits.join('/') : credits} credits, ${articles} articles)`;

export const creditsOf = (size: CatalogSize, index: number) => (Array.isArray(size.credits) ? size.credits[index % size.credits.length] : size.credits);

export const seriesSlug = (index: number) => `bench-serie-${String(index + 1).padStart(5, '0')}`;

const FIRST = ['Anna', 'Jonas', 'Mira', 'Lukas', 'Sofia', 'Elias', 'Lea', 'Noah', 'Clara', 'Emil', 'Hanna', 'Paul', 'Ida', 'Felix'];
const LAST = ['Berger', 'Kaya', 'Novak', 'Lindqvist', 'Okafor', 'Moreau', 'Santos', 'Keller', 'Brandt', 'Yilmaz', 'Costa'];
const GENRES = ['Krimi', 'Drama', 'Komödie', 'Science-Fiction', 'Thriller', 'Fantasy'];
const PLATFORMS = ['Prime Video', 'Netflix', 'Apple TV+', 'ZDF', 'Paramount+'];
const STATUSES = ['returning', 'ended', 'in_production', 'cancelled'];
const BILLINGS = ['main', 'main', 'recurring', 'recurring', 'recurring', 'guest', 'guest', 'guest'];

const SERIES_NUMBER = /\b(bench[- ]series?[- ])(\d+)\b/gi;
const PERSON_NUMBER = new RegExp(`\\b((?:${FIRST.join('|')})[ -](?:${LAST.join('|')})[ -])(\\d+)\\b`, 'gi');

const shift = (offset: number) => (_: string, prefix: string, digits: string) => `${prefix}${String(Number(digits) + offset).padStart(digits.length, '0')}`;

/**
 * Renumbers the series and people a text names ("Bench-Serie 7", "bench-serie-00007",
 * "anna-berger-12"), so a copy of a catalog's rows names other, unique series and people.
 */
export const renumberText = (text: string, seriesOffset: number, personOffset: number) =>
  text.replace(SERIES_NUMBER, shift(seriesOffset)).replace(PERSON_NUMBER, shift(personOffset));

/** The people a catalog of this size draws its credits from; copies of it need their own. */
export const peoplePoolSize = (size: CatalogSize) => peoplePool(size);

const personName = (index: number) => `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]} ${index + 1}`;

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A shared pool so people appear in about two series each, as working actors do. */
const peoplePool = (size: CatalogSize) => {
  let total = 0;
  for (let i = 0; i < size.series; i += 1) total += creditsOf(size, i);
  const largest = Math.max(...(Array.isArray(size.credits) ? size.credits : [size.credits]));
  return Math.max(largest, Math.ceil(total / 2));
};

const pools = (): DemoEntry[] => [
  ...GENRES.map((name, i): DemoEntry => ({ type: 'genre', key: `g${i}`, data: { name, slug: slugOf(name) } })),
  ...PLATFORMS.map((name, i): DemoEntry => ({ type: 'platform', key: `p${i}`, data: { name, slug: slugOf(name), kind: 'streaming' } })),
  { type: 'author', key: 'a0', data: { name: 'Bench Redaktion', slug: 'bench-redaktion' } },
  { type: 'category', key: 'c0', data: { name: 'News', slug: 'news' } },
];

const seriesEntries = (size: CatalogSize, s: number, pool: number, seenPeople: Set<number>): DemoEntry[] => {
  const key = `s${s}`;
  const title = `Bench-Serie ${s + 1}`;
  const entries: DemoEntry[] = [
    {
      type: 'series',
      key,
      data: {
        title,
        originalTitle: `Bench Series ${s + 1}`,
        slug: seriesSlug(s),
        seriesType: 'scripted',
        seriesStatus: STATUSES[s % STATUSES.length],
        synopsis: `${title} erzählt von einer Ermittlerin, die alte Fälle neu aufrollt. Staffel um Staffel wird es persönlicher.`,
      },
      links: { genres: [`genre:g${s % GENRES.length}`, `genre:g${(s + 1) % GENRES.length}`], platforms: [`platform:p${s % PLATFORMS.length}`] },
    },
  ];
  const seasonRefs: DemoRef[] = [];
  for (let n = 1; n <= size.seasons; n += 1) {
    entries.push({
      type: 'season',
      key: `${key}-${n}`,
      data: { number: n, episodeCount: 8 + ((s + n) % 5), seasonStatus: 'released', releasePattern: 'weekly', premiereDate: `${2015 + n}-0${1 + (s % 9)}-15` },
      links: { series: `series:${key}` },
    });
    seasonRefs.push(`season:${key}-${n}`);
  }
  const credits = creditsOf(size, s);
  const castPeople: DemoRef[] = [];
  for (let c = 0; c < credits; c += 1) {
    const p = (s * credits + c) % pool;
    if (!seenPeople.has(p)) {
      seenPeople.add(p);
      const name = personName(p);
      entries.push({
        type: 'person',
        key: `p${p}`,
        data: { name, slug: slugOf(name), birthYear: 1950 + (p % 50), biography: `${name} spielt seit vielen Jahren in Serien.` },
      });
    }
    const crew = c % 5 === 4;
    const billing = BILLINGS[Math.min(c, BILLINGS.length - 1)];
    const seasons = billing === 'main' ? seasonRefs : seasonRefs.slice(c % Math.max(1, seasonRefs.length), (c % Math.max(1, seasonRefs.length)) + 1);
    entries.push({
      type: 'credit',
      key: `${key}-c${c}`,
      data: crew
        ? { department: 'crew', job: 'writer', order: c }
        : { department: 'cast', billing, character: `Figur ${c + 1}`, order: c, episodeCount: 4 + (c % 6) },
      links: { person: `person:p${p}`, series: `series:${key}`, seasons },
    });
    if (!crew && castPeople.length < 3) castPeople.push(`person:p${p}`);
  }
  for (let a = 0; a < size.articles; a += 1) {
    const headline = `${title}: Neuigkeit ${a + 1} zur Serie`;
    const day = new Date(Date.UTC(2024, 0, 1) + (s * 7 + a * 3) * 86_400_000);
    entries.push({
      type: 'article',
      key: `${key}-a${a}`,
      data: {
        headline,
        kicker: 'Serien-News',
        slug: `${seriesSlug(s)}-news-${a + 1}`,
        publishedOn: day.toISOString(),
        teaser: `Was es Neues zu „${title}“ gibt, kurz zusammengefasst.`,
        body: paragraphs(`Zu „${title}“ gibt es Neuigkeiten.`, 'Die Dreharbeiten laufen, ein Starttermin steht noch aus.'),
        leadImage: { caption: `Szene aus „${title}“`, credit: 'Bench' },
      },
      links: { series: [`series:${key}`], people: castPeople.slice(0, 1 + (a % 2)), author: 'author:a0', category: 'category:c0' },
    });
  }
  return entries;
};

/**
 * A synthetic catalog in the demo scenario's format, in dependency order: every link names an
 * entry that comes earlier. Deterministic, so the same size always seeds the same rows.
 */
export function* syntheticCatalog(size: CatalogSize): Generator<DemoEntry> {
  yield* pools();
  const pool = peoplePool(size);
  const seenPeople = new Set<number>();
  for (let s = 0; s < size.series; s += 1) yield* seriesEntries(size, s, pool, seenPeople);
}

export const countEntries = (size: CatalogSize) => {
  let count = 0;
  for (const _ of syntheticCatalog(size)) count += 1;
  return count;
};
