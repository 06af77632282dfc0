import { paragraphs, type DemoEntry } from './scenario';

/**
 * The facts of the three seed texts (two articles; the third text is the first article after its
 * UPDATE, with reader comments) as structured content. Facts carry over; every sentence is ours.
 * Times are stored in UTC: 06.10.2025 11:48 (CEST) and 23.01.2026 15:57 (CET).
 */
const organisations: DemoEntry[] = [
  { type: 'company', key: 'amazon', data: { name: 'Amazon', slug: 'amazon', kind: 'group' } },
  { type: 'company', key: 'hieronymus-pictures', data: { name: 'Hieronymus Pictures', slug: 'hieronymus-pictures', kind: 'production_company' } },
  {
    type: 'platform',
    key: 'prime-video',
    data: { name: 'Prime Video', slug: 'prime-video', kind: 'streaming', active: true },
    links: { owner: 'company:amazon' },
  },
  {
    type: 'platform',
    key: 'freevee',
    data: { name: 'Freevee', slug: 'freevee', kind: 'brand', businessModel: 'ad_supported', active: false },
    links: { owner: 'company:amazon' },
  },
  { type: 'platform', key: 'showtime', data: { name: 'Showtime', slug: 'showtime', kind: 'cable' } },
  {
    type: 'franchise',
    key: 'bosch',
    data: { name: 'Bosch', slug: 'bosch', description: 'Krimiserien nach den Romanen von Michael Connelly rund um das LAPD.' },
  },
  { type: 'genre', key: 'krimi', data: { name: 'Krimi', slug: 'krimi' } },
  { type: 'genre', key: 'drama', data: { name: 'Drama', slug: 'drama' } },
  { type: 'outlet', key: 'deadline', data: { name: 'Deadline', slug: 'deadline', kind: 'trade_press', url: 'https://deadline.com' } },
  { type: 'outlet', key: 'fernsehserien', data: { name: 'fernsehserien.de', slug: 'fernsehserien-de', kind: 'news', url: 'https://www.fernsehserien.de' } },
  { type: 'author', key: 'bernd-krannich', data: { name: 'Bernd Krannich', slug: 'bernd-krannich' } },
  { type: 'author', key: 'christopher-diekhaus', data: { name: 'Christopher Diekhaus', slug: 'christopher-diekhaus' } },
  { type: 'category', key: 'news-international', data: { name: 'News international', slug: 'news-international' } },
];

const otherSeries: DemoEntry[] = [
  {
    type: 'series',
    key: 'bosch',
    data: { title: 'Bosch', slug: 'bosch', seriesType: 'scripted', sourceMaterial: { kind: 'novel_series', title: 'Harry-Bosch-Romane' } },
    links: { franchise: 'franchise:bosch', genres: ['genre:krimi'] },
  },
  {
    type: 'series',
    key: 'bosch-legacy',
    data: {
      title: 'Bosch: Legacy',
      slug: 'bosch-legacy',
      seriesType: 'scripted',
      seriesStatus: 'ended',
      synopsis: 'Die Fortsetzung von „Bosch“. Die Freevee-Serie endete überraschend nach ihrer dritten Staffel.',
      sourceMaterial: { kind: 'novel_series', title: 'Romane von Michael Connelly' },
    },
    links: { franchise: 'franchise:bosch', spinoffOf: 'series:bosch', originalNetwork: 'platform:freevee', genres: ['genre:krimi'] },
  },
  { type: 'series', key: 'ray-donovan', data: { title: 'Ray Donovan', slug: 'ray-donovan' }, links: { platforms: ['platform:showtime'] } },
  { type: 'series', key: 'severance', data: { title: 'Severance', slug: 'severance' } },
  { type: 'series', key: 'the-closer', data: { title: 'The Closer', slug: 'the-closer' } },
  { type: 'series', key: 'major-crimes', data: { title: 'Major Crimes', slug: 'major-crimes' } },
];

const ballard: DemoEntry[] = [
  {
    type: 'series',
    key: 'ballard',
    data: {
      title: 'Ballard',
      originalTitle: 'Ballard',
      slug: 'ballard',
      seriesType: 'scripted',
      seriesStatus: 'returning',
      synopsis:
        'Statt einer Disziplinarstrafe bekommt Detective Renée Ballard die Leitung der neuen Cold-Case-Einheit des LAPD – ' +
        'ein Abstellgleis mit knappem Budget, besetzt vor allem mit Freiwilligen. Mit dem, was ihr Mentor Harry Bosch ihr ' +
        'beigebracht hat, und eigenen, unkonventionellen Methoden rollt sie alte Fälle neu auf und stößt auf eine ' +
        'Verschwörung innerhalb der Polizei, die sie und ihr Team in Gefahr bringt.',
      sourceMaterial: { kind: 'novel_series', title: 'Renée-Ballard-Romane', description: 'Romanreihe von Michael Connelly' },
      criticScores: [{ provider: 'Rotten Tomatoes', metric: 'Tomatometer', value: 100, maxValue: 100, seasonNumber: 1, asOf: '2025-10-06' }],
      audienceMetrics: [
        {
          provider: 'Nielsen',
          chart: 'Streaming-Originals-Top-10 (wöchentlich)',
          metric: 'chart_weeks',
          valueNote: 'mehrere Wochen',
          region: 'US',
          periodStart: '2025-07-01',
          periodGranularity: 'week',
          seasonNumber: 1,
        },
        {
          provider: 'Nielsen',
          metric: 'minutes_viewed',
          value: 2500000000,
          region: 'US',
          periodStart: '2025-07-01',
          periodEnd: '2025-07-31',
          periodGranularity: 'month',
          seasonNumber: 1,
        },
      ],
    },
    links: {
      franchise: 'franchise:bosch',
      spinoffOf: 'series:bosch-legacy',
      platforms: ['platform:prime-video'],
      originalNetwork: 'platform:freevee',
      productionCompanies: ['company:hieronymus-pictures'],
      genres: ['genre:krimi', 'genre:drama'],
    },
    translations: {
      en: {
        synopsis:
          'Facing discipline, Detective Renée Ballard is handed the LAPD’s brand-new cold case unit instead: underfunded and ' +
          'staffed mostly by volunteers. Using what her mentor Harry Bosch taught her and tricks of her own, she reopens old ' +
          'cases and uncovers a conspiracy inside the department that puts her and her team at risk.',
      },
    },
  },
  {
    type: 'season',
    key: 'ballard-1',
    identity: ['series', 'number'],
    data: {
      number: 1,
      seasonStatus: 'released',
      episodeCount: 10,
      premiereDate: '2025-07-01',
      premiereDatePrecision: 'month',
      releasePattern: 'all_at_once',
    },
    links: { series: 'series:ballard' },
  },
  {
    type: 'season',
    key: 'ballard-2',
    identity: ['series', 'number'],
    data: { number: 2, seasonStatus: 'ordered', productionStart: '2026-02-01', productionStartPrecision: 'early_month', filmingLocation: 'Los Angeles' },
    links: { series: 'series:ballard' },
  },
  ...[1, 2, 3].map((number): DemoEntry => ({
    type: 'season',
    key: `bosch-legacy-${number}`,
    identity: ['series', 'number'],
    data: { number, seasonStatus: 'released' },
    links: { series: 'series:bosch-legacy' },
  })),
];

const person = (key: string, name: string, extra: Partial<DemoEntry> = {}): DemoEntry => ({
  type: 'person',
  key,
  data: { name, slug: key, ...(extra.data ?? {}) },
  links: extra.links,
});

const people: DemoEntry[] = [
  person('maggie-q', 'Maggie Q'),
  person('titus-welliver', 'Titus Welliver'),
  ...['Courtney Taylor', 'Michael Mosley', 'Rebecca Field', 'Victoria Moroles', 'Amy Hill', 'John Carroll Lynch'].map((name) =>
    person(name.toLowerCase().replace(/ /g, '-'), name)
  ),
  person('patricia-arquette', 'Patricia Arquette', { links: { knownFor: ['series:severance'] } }),
  person('rosanna-arquette', 'Rosanna Arquette', { links: { knownFor: ['series:ray-donovan'] } }),
  person('michael-alaimo', 'Michael Alaimo', { links: { knownFor: ['series:the-closer'] } }),
  person('kendall-sherwood', 'Kendall Sherwood', { links: { knownFor: ['series:major-crimes'] } }),
  person('michael-connelly', 'Michael Connelly', {
    data: { biography: 'Krimiautor; auf seinen Romanen beruhen „Bosch“, „Bosch: Legacy“ und „Ballard“.' },
  }),
  ...['Henrik Bastin', 'Jasmine Russell', 'Trish Hofmann', 'Theresa Snider'].map((name) => person(name.toLowerCase().replace(/ /g, '-'), name)),
  {
    type: 'kinship',
    key: 'patricia-rosanna',
    identity: ['person', 'relative'],
    data: { kind: 'sibling', detail: 'ältere Schwester', reverseDetail: 'jüngere Schwester' },
    links: { person: 'person:patricia-arquette', relative: 'person:rosanna-arquette' },
  },
];

const CREDIT_IDENTITY = ['person', 'series', 'department', 'job', 'character'];

const cast = (key: string, personKey: string, data: Record<string, unknown>, seasons: string[], links: DemoEntry['links'] = {}): DemoEntry => ({
  type: 'credit',
  key,
  identity: CREDIT_IDENTITY,
  data: { department: 'cast', ...data },
  links: { person: `person:${personKey}`, series: 'series:ballard', seasons: seasons.map((s) => `season:${s}` as const), ...links },
});

const crew = (personKey: string, job: string, seasons: string[], extra: Partial<DemoEntry> = {}, series = 'ballard'): DemoEntry => ({
  type: 'credit',
  key: `${series}-${personKey}-${job}`,
  identity: CREDIT_IDENTITY,
  data: { department: 'crew', job, ...(extra.data ?? {}) },
  links: { person: `person:${personKey}`, series: `series:${series}`, seasons: seasons.map((s) => `season:${s}` as const), ...(extra.links ?? {}) },
});

const S1 = ['ballard-1'];
const S12 = ['ballard-1', 'ballard-2'];
const S2 = ['ballard-2'];

const credits: DemoEntry[] = [
  cast('ballard-maggie-q', 'maggie-q', { billing: 'main', character: 'Renée Ballard', order: 1 }, S12),
  ...['courtney-taylor', 'michael-mosley', 'rebecca-field', 'victoria-moroles', 'amy-hill', 'john-carroll-lynch'].map((key, index) =>
    cast(`ballard-${key}`, key, { billing: 'main', order: index + 2 }, S1)
  ),
  cast('ballard-titus-welliver', 'titus-welliver', { billing: 'guest', character: 'Harry Bosch', order: 20 }, S1),
  cast(
    'ballard-rosanna-arquette',
    'rosanna-arquette',
    {
      character: 'Jenny Ballard',
      characterSourceName: 'Makani Ballard',
      order: 10,
      characterDescription:
        'Renées entfremdete Mutter, beschrieben als verletzter Freigeist, der zeitlebens eine innere Leere zu füllen sucht. ' +
        'In den Romanen heißt sie Makani und verlässt ihre Tochter kurz nach dem tragischen Tod ihres Mannes; die Serie ' +
        'lehnt Jennys Geschichte daran an und ergänzt neue Seiten.',
    },
    S2,
    { announcedBy: 'outlet:deadline' }
  ),
  ...['michael-alaimo', 'kendall-sherwood'].flatMap((key) => [
    crew(key, 'developer', S12, { data: { order: 1 } }),
    crew(key, 'showrunner', S12, { data: { order: 2 } }),
    crew(key, 'executive_producer', S12, { data: { order: 3 } }),
  ]),
  crew('michael-connelly', 'source_author', S12, { data: { order: 0 } }),
  crew('michael-connelly', 'executive_producer', S12, { data: { order: 4 }, links: { onBehalfOf: 'company:hieronymus-pictures' } }),
  crew('michael-connelly', 'source_author', [], { data: { order: 0 } }, 'bosch'),
  crew('michael-connelly', 'source_author', [], { data: { order: 0 } }, 'bosch-legacy'),
  ...['henrik-bastin', 'jasmine-russell', 'trish-hofmann'].map((key, index) => crew(key, 'executive_producer', S2, { data: { order: 5 + index } })),
  crew('theresa-snider', 'co_executive_producer', S2, { data: { order: 10 } }),
];

const RENEWAL_STATEMENT =
  'Alaimo und Sherwood zeigten sich dankbar, Ballards Geschichte weitererzählen zu dürfen: Es mache Freude, die Figuren ' +
  'und ihre Welt noch genauer zu erkunden, und es bewege sie, wie sehr das Publikum mitgehe. Mit einem so begabten und ' +
  'engagierten Team an diesem Universum weiterzuarbeiten, sei ein Glück – und sie könnten es kaum erwarten, allen zu ' +
  'zeigen, was sie sich für die neuen Folgen ausgedacht haben.';

const statusEvents: DemoEntry[] = [
  {
    type: 'statusEvent',
    key: 'ballard-renewed-2',
    identity: ['series', 'kind', 'season'],
    data: { kind: 'renewed', reportedAt: '2025-10-06T09:48:00.000Z', confirmedOn: '2025-10-01', confirmedOnPrecision: 'month', statement: RENEWAL_STATEMENT },
    links: {
      series: 'series:ballard',
      season: 'season:ballard-2',
      reportedBy: 'outlet:deadline',
      confirmedBy: 'platform:prime-video',
      statementBy: ['person:michael-alaimo', 'person:kendall-sherwood'],
    },
  },
  {
    type: 'statusEvent',
    key: 'ballard-production-2',
    identity: ['series', 'kind', 'season'],
    data: { kind: 'production_started', reportedAt: '2026-01-23T14:57:00.000Z' },
    links: { series: 'series:ballard', season: 'season:ballard-2', reportedBy: 'outlet:deadline' },
  },
  {
    type: 'statusEvent',
    key: 'bosch-legacy-ended',
    identity: ['series', 'kind', 'season'],
    data: { kind: 'ended' },
    links: { series: 'series:bosch-legacy', season: 'season:bosch-legacy-3' },
  },
];

const articles: DemoEntry[] = [
  {
    type: 'article',
    key: 'ballard-renewed',
    data: {
      slug: 'ballard-zweite-staffel-bosch-legacy-spin-off',
      kicker: '„Bosch: Legacy“-Spin-off',
      headline: 'Doch noch Staffel 2: „Ballard“ mit Maggie Q geht weiter',
      publishedOn: '2025-10-06T09:48:00.000Z',
      teaser:
        'Die Beteiligten wissen schon Bescheid, Prime Video schweigt noch: Laut Deadline bekommt die Cold-Case-Serie ' +
        'eine zweite Staffel. Die Verlängerung ließ trotz starker Zahlen lange auf sich warten.',
      leadImage: { caption: 'Maggie Q als Detective Renée Ballard', credit: 'Prime Video' },
      body: paragraphs(
        'Offiziell hat Prime Video noch nichts verkündet, das Team der Serie ist aber bereits informiert: „Ballard“ ' +
          'geht in eine zweite Runde, wie Deadline meldet. Der Ableger von „Bosch: Legacy“ mit Maggie Q in der Titelrolle ' +
          'war im Juli mit zehn Folgen gestartet.',
        'Die Zahlen hätten eine schnellere Entscheidung erwarten lassen: Nachdem alle zehn Folgen auf einmal erschienen ' +
          'waren, stand die Serie mehrere Wochen in Nielsens wöchentlicher Top 10 der Streaming-Originals und kam im Juli ' +
          'in den USA auf 2,5 Milliarden Minuten Sehzeit. Bei Rotten Tomatoes liegt sie bei 100 Prozent.',
        'Das Zögern dürfte mit der Herkunft zu tun haben: Bestellt wurde die Serie ursprünglich für Amazons werbefinanzierte ' +
          'Marke Freevee. Die gibt es nicht mehr, und mit ihr verschwanden fast alle ihre Serien – auch „Bosch: Legacy“ ' +
          'endete überraschend nach drei Staffeln.',
        'Zur Handlung: Statt bestraft zu werden, wird Detective Renée Ballard an die Spitze der neu gegründeten ' +
          'Cold-Case-Abteilung des LAPD versetzt – eher abgeschoben als befördert. Mit Freiwilligen, meist engagierten ' +
          'Bürgerinnen und Bürgern oder früheren Polizeikräften, sieht sie sich alte Fälle noch einmal an. Was sie bei ' +
          'ihrem Mentor Harry Bosch (Titus Welliver) gelernt hat, hilft ihr dabei ebenso wie eigene Kniffe. Als das Team ' +
          'auf eine größere Verschwörung stößt, geraten Ballard und ihre Leute in Lebensgefahr.',
        'In der ersten Staffel spielten außerdem Courtney Taylor, Michael Mosley, Rebecca Field, Victoria Moroles, ' +
          'Amy Hill und John Carroll Lynch Hauptrollen.',
        'Entwickelt haben die Serie die Showrunner Michael Alaimo („The Closer“) und Kendall Sherwood („Major Crimes“), ' +
          'zusammen mit Romanautor Michael Connelly, der für Hieronymus Pictures als Executive Producer beteiligt ist.'
      ),
      updates: [
        {
          label: 'update',
          body:
            'Jetzt ist es offiziell: Prime Video hat die zweite Staffel von „Ballard“ bestätigt. In einem gemeinsamen ' +
            'Statement sagen die Co-Showrunner und Executive Producer Michael Alaimo und Kendall Sherwood, sie seien dankbar, ' +
            'die Geschichte fortsetzen zu können, und freuten sich darauf, was das Team als Nächstes zeigen werde.',
        },
      ],
    },
    links: {
      author: 'author:bernd-krannich',
      category: 'category:news-international',
      sources: ['outlet:deadline'],
      series: ['series:ballard', 'series:bosch-legacy'],
      seasons: ['season:ballard-2'],
      statusEvents: ['statusEvent:ballard-renewed-2'],
      people: [
        'person:maggie-q',
        'person:titus-welliver',
        'person:michael-alaimo',
        'person:kendall-sherwood',
        'person:michael-connelly',
        'person:courtney-taylor',
        'person:michael-mosley',
        'person:rebecca-field',
        'person:victoria-moroles',
        'person:amy-hill',
        'person:john-carroll-lynch',
      ],
    },
  },
  {
    type: 'article',
    key: 'rosanna-arquette',
    data: {
      slug: 'ballard-rosanna-arquette-staffel-2',
      kicker: 'Nach Romanen von Michael Connelly',
      headline: 'Rosanna Arquette spielt in „Ballard“ Staffel 2 die Mutter der Titelheldin',
      publishedOn: '2026-01-23T14:57:00.000Z',
      teaser: 'Die „Ray Donovan“-Darstellerin übernimmt im „Bosch: Legacy“-Spin-off die Rolle von Jenny, der entfremdeten Mutter ' + 'von Renée Ballard.',
      leadImage: { caption: 'Rosanna Arquette in „Ray Donovan“', credit: 'Showtime/Suzanne Tenner' },
      body: paragraphs(
        'Grünes Licht für die zweite Staffel des Krimidramas gab es schon im Oktober 2025. Nun steht eine prominente ' +
          'Neuzugängin fest: Rosanna Arquette („Ray Donovan“), ältere Schwester von „Severance“-Star Patricia Arquette, ' +
          'spielt Jenny, die Mutter von Renée Ballard (Maggie Q), zu der die Tochter kaum Kontakt hat.',
        'Wie „Bosch“ und „Bosch: Legacy“ beruht „Ballard“ auf Romanen von Michael Connelly. Dort heißt die Mutter Makani; ' +
          'sie lässt Renée kurz nach dem tragischen Tod ihres Mannes allein, was die Tochter bis heute prägt. Jennys ' +
          'Geschichte soll sich daran anlehnen, aber um neue Facetten erweitert werden, berichtet Deadline unter Berufung ' +
          'auf Produktionskreise. Beschrieben wird Jenny als verletzter Freigeist, der sein Leben lang versucht, eine ' +
          'innere Leere zu füllen.',
        'Im Mittelpunkt steht Detective Renée Ballard, die die neue Cold-Case-Einheit des LAPD leitet. Fälle gibt es ' +
          'genug, Geld kaum; die Einheit ist auf Freiwillige angewiesen. Vieles hat Ballard von ihrem Mentor Harry Bosch ' +
          '(Titus Welliver) gelernt, manches macht sie auf ihre eigene, ungewöhnliche Art. Ihre Ermittlungen führen zu einer ' +
          'Verschwörung im Polizeiapparat, die sie und ihr Team gefährdet.',
        'Zur ersten Staffel gehörten neben Maggie Q und Gaststar Titus Welliver unter anderem Courtney Taylor, Rebecca ' +
          'Field, Victoria Moroles, Amy Hill und John Carroll Lynch.',
        'Michael Alaimo und Kendall Sherwood haben die Serie entwickelt; in Staffel 2 sind sie gemeinsam mit Michael ' +
          'Connelly, Henrik Bastin, Jasmine Russell und Trish Hofmann ausführende Produzenten, Theresa Snider ist ' +
          'Co-Executive-Producerin. Gedreht wird laut Deadline ab Anfang Februar in Los Angeles.'
      ),
    },
    links: {
      author: 'author:christopher-diekhaus',
      sources: ['outlet:deadline'],
      series: ['series:ballard', 'series:ray-donovan', 'series:severance', 'series:bosch', 'series:bosch-legacy'],
      seasons: ['season:ballard-2'],
      statusEvents: ['statusEvent:ballard-production-2'],
      relatedArticles: ['article:ballard-renewed'],
      people: [
        'person:rosanna-arquette',
        'person:patricia-arquette',
        'person:maggie-q',
        'person:titus-welliver',
        'person:michael-connelly',
        'person:michael-alaimo',
        'person:kendall-sherwood',
        'person:henrik-bastin',
        'person:jasmine-russell',
        'person:trish-hofmann',
        'person:theresa-snider',
        'person:courtney-taylor',
        'person:rebecca-field',
        'person:victoria-moroles',
        'person:amy-hill',
        'person:john-carroll-lynch',
      ],
    },
  },
];

const comment = (key: string, article: string, data: Record<string, unknown>, replyTo?: string): DemoEntry => ({
  type: 'comment',
  key,
  identity: ['article', 'authorName', 'body'],
  data: { moderation: 'visible', reportCount: 0, ...data },
  links: { article: `article:${article}`, ...(replyTo ? { replyTo: `comment:${replyTo}` as const } : {}) },
});

/** Reader comments, paraphrased; commenters' handles are kept as published. */
const comments: DemoEntry[] = [
  comment('c1', 'ballard-renewed', { authorName: 'Unbekannt', body: 'Für eine weitere Staffel reicht der Stoff wohl noch – danach dürfte Schluss sein.' }),
  comment('c2', 'ballard-renewed', {
    authorName: 'AndKai',
    body: 'Ich freue mich riesig! Bosch, Bosch: Legacy und jetzt Ballard finde ich großartig. Schade nur, dass Legacy nach drei Staffeln gestrichen wurde, obwohl wohl noch mehr geplant war.',
  }),
  comment(
    'c3',
    'ballard-renewed',
    {
      authorName: 'Sentinel2003',
      authorBirthYear: 1967,
      body: 'Titus zufolge war eine vierte Staffel schon in Planung – auch er konnte die Absetzung nicht nachvollziehen.',
    },
    'c2'
  ),
  comment('c4', 'ballard-renewed', {
    authorName: 'Sentinel2003',
    authorBirthYear: 1967,
    body: 'Ich werde mit der Serie nicht warm: sehr gemächlich, kaum Action, und die freiwillige Sekretärin nervt mich. Ich hänge noch in Folge 2 fest – und das als Maggie-Q-Fan. Das viele Lob der Presse verstehe ich nicht.',
  }),
  comment(
    'c5',
    'ballard-renewed',
    {
      authorName: 'DerMeister',
      body: 'Geht mir ähnlich. Ruhiges Erzählen stört mich nicht, aber anders als bei Bosch wirkt hier vieles gestreckt – da wird ein Foto eine Minute lang angestarrt. Zehn Folgen für eine Geschichte, die in zwei Stunden erzählt wäre: Das Problem haben viele Serien, „Man on the Inside“ etwa wäre als Film von 90 Minuten eine tolle Krimikomödie.',
    },
    'c4'
  ),
  comment('c6', 'rosanna-arquette', {
    authorName: 'Unbekannt',
    authorBirthYear: 1967,
    body: 'Ich wünsche mir so sehr eine weitere Staffel „Bosch: Legacy“ – laut Titus Welliver war sie schon geplant. Mit diesem Spin-off werde ich trotz Maggie Q nicht warm, und die seltsame Sekretärin mag ich nicht.',
  }),
];

export const ballardUniverse: DemoEntry[] = [...organisations, ...otherSeries, ...ballard, ...people, ...credits, ...statusEvents, ...articles, ...comments];
