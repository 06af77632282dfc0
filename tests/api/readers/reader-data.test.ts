import type { Core } from '@strapi/strapi';
import type { ReaderPorts, Viewer } from '@showrunner/graphql';
import { createReaderPorts } from '../../../plugin/server/src/readers/ports';
import { createDatabase, databaseKinds, type TestDatabase } from '../../support/databases';
import { loadStrapi } from '../../support/in-process';
import { freePort } from '../../support/server';
import { adminApi, type AdminApi } from '../../support/webhook-receiver';
import { request } from './client';

jest.setTimeout(300_000);

const USER = 'plugin::users-permissions.user';
const COMMENT = 'plugin::showrunner.comment';
const ARTICLE = 'plugin::showrunner.article';
const FOLLOW = 'plugin::showrunner.follow';
const REPORT = 'plugin::showrunner.comment-report';
const AUTO_HIDE_AFTER = 3;

/**
 * The plugin's ReaderPorts on the demo content, in a Strapi loaded in the test process and
 * listening on a port (for the admin's moderation routes), with e-mail confirmation on.
 */
describe.each(databaseKinds())('reader data and moderation on %s', (kind) => {
  let database: TestDatabase;
  let strapi: Core.Strapi;
  let ports: ReaderPorts;
  let base: string;
  let admin: AdminApi;
  let articleId: string;
  let counter = 0;

  const reader = async (confirmed = true): Promise<Viewer & { password: string; jwt: string }> => {
    counter += 1;
    const password = `Leser-Passwort-${counter}`;
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const user = await strapi
      .plugin('users-permissions')
      .service('user')
      .add({ username: `leser-${counter}`, email: `leser-${counter}@example.com`, password, provider: 'local', confirmed, role: role.id });
    const jwt = strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
    const viewer = await ports.viewerFromToken(jwt);
    return { ...viewer!, password, jwt };
  };
  const value = <T>(outcome: { value: T | null; userErrors: { code: string }[] }) => {
    expect(outcome.userErrors).toEqual([]);
    return outcome.value as T;
  };
  const codes = (outcome: { userErrors: { code: string }[] }) => outcome.userErrors.map((e) => e.code);
  const commentRow = (documentId: string) =>
    strapi.db.query(COMMENT).findOne({ where: { documentId }, populate: { reader: { select: ['id'] }, replyTo: { select: ['documentId'] } } });

  beforeAll(async () => {
    database = await createDatabase(kind);
    const port = await freePort();
    strapi = await loadStrapi(database, {
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_ENV: 'test',
      SHOWRUNNER_DEMO_CONTENT: 'on',
      SHOWRUNNER_EMAIL_CONFIRMATION: 'on',
      SHOWRUNNER_AUTO_HIDE_AFTER_REPORTS: String(AUTO_HIDE_AFTER),
      SHOWRUNNER_COMMENTS_PER_MINUTE: '5',
      SHOWRUNNER_COMMENTS_PER_DAY: '50',
    });
    await strapi.listen();
    base = `http://127.0.0.1:${port}`;
    ports = createReaderPorts(strapi);
    admin = await adminApi(base);
    articleId = (await strapi.db.query(ARTICLE).findOne({ where: { slug: 'ballard-zweite-staffel-bosch-legacy-spin-off', publishedAt: { $notNull: true } } }))
      .documentId;
  });

  afterAll(async () => {
    await strapi?.destroy();
    await database?.drop();
  });

  it('creates a demo reader who follows Ballard, once, and never in production', async () => {
    const demo = await strapi.db.query(USER).findOne({ where: { email: 'demo-leserin@example.com' } });
    expect(demo).toMatchObject({ username: 'demo-leserin', confirmed: true });
    const follows = await strapi.db.query(FOLLOW).findMany({ where: { reader: { id: demo.id } } });
    const ballard = await strapi.db.query('plugin::showrunner.series').findOne({ where: { slug: 'ballard' } });
    expect(follows.map((f: { targetDocumentId: string }) => f.targetDocumentId)).toEqual([ballard.documentId]);
    expect(await strapi.plugin('showrunner').service('readers').ensureDemoReader()).toBeNull();
  });

  it('knows the reader of a users-permissions JWT, and nobody for a tampered, blocked or unknown one', async () => {
    const someone = await reader();
    expect(await ports.viewerFromToken(someone.jwt)).toEqual({
      id: someone.id,
      documentId: someone.documentId,
      displayName: someone.displayName,
      confirmed: true,
    });
    expect(await ports.viewerFromToken(`${someone.jwt.slice(0, -2)}xx`)).toBeNull();
    expect(await ports.viewerFromToken(strapi.plugin('users-permissions').service('jwt').issue({ id: 999_999 }))).toBeNull();
    await strapi.db.query(USER).update({ where: { id: someone.id }, data: { blocked: true } });
    expect(await ports.viewerFromToken(someone.jwt)).toBeNull();
  });

  it('follows series and people idempotently, one row per reader and target even when requests race', async () => {
    const fan = await reader(false);
    const ballard = value(await ports.follow(fan, { kind: 'series', slug: 'ballard' }));
    await Promise.all([1, 2, 3, 4, 5].map(() => ports.follow(fan, { kind: 'series', slug: 'ballard' })));
    value(await ports.follow(fan, { kind: 'person', slug: 'maggie-q' }));
    const rows = await strapi.db.query(FOLLOW).findMany({ where: { reader: { id: fan.id } } });
    expect(rows.map((r: { targetType: string }) => r.targetType).sort()).toEqual(['person', 'series']);
    expect(rows.find((r: { targetType: string }) => r.targetType === 'series').targetDocumentId).toBe(ballard.documentId);

    value(await ports.unfollow(fan, { kind: 'series', slug: 'ballard' }));
    value(await ports.unfollow(fan, { kind: 'series', slug: 'ballard' }));
    expect(await strapi.db.query(FOLLOW).count({ where: { reader: { id: fan.id } } })).toBe(1);
    expect(codes(await ports.follow(fan, { kind: 'series', slug: 'gibt-es-nicht' }))).toEqual(['TARGET_NOT_FOUND']);
  });

  it('stores comments as plain text within the length limit, on published articles with comments open, from confirmed readers only', async () => {
    const author = await reader();
    const { documentId } = value(
      await ports.createComment(author, { article: articleId, body: '  <script>alert(1)</script> **fett**\r\n\r\n\r\n\r\nZweiter Absatz  ' })
    );
    const row = await commentRow(documentId);
    expect(row).toMatchObject({ body: '<script>alert(1)</script> **fett**\n\nZweiter Absatz', authorName: author.displayName, moderation: 'visible' });
    expect(row.reader.id).toBe(author.id);

    expect(codes(await ports.createComment(author, { article: articleId, body: ' \n ' }))).toEqual(['BODY_EMPTY']);
    const tooLong = await ports.createComment(author, { article: articleId, body: 'ä'.repeat(2001) });
    expect(tooLong.userErrors).toEqual([{ code: 'BODY_TOO_LONG', message: expect.stringContaining('2.000 Zeichen'), field: ['input', 'body'] }]);
    value(await ports.createComment(author, { article: articleId, body: '😀'.repeat(2000) }));

    const unconfirmed = await reader(false);
    expect(codes(await ports.createComment(unconfirmed, { article: articleId, body: 'Hallo' }))).toEqual(['EMAIL_NOT_CONFIRMED']);
    value(await ports.follow(unconfirmed, { kind: 'series', slug: 'ballard' }));

    const draft = await strapi
      .documents(ARTICLE)
      .create({ data: { headline: 'Entwurf', slug: 'entwurf-kommentare', publishedOn: new Date() }, locale: 'de' } as never);
    expect(codes(await ports.createComment(author, { article: draft.documentId, body: 'Zu früh' }))).toEqual(['ARTICLE_NOT_FOUND']);
    const closed = await strapi.documents(ARTICLE).create({
      data: { headline: 'Geschlossen', slug: 'geschlossen', publishedOn: new Date(), commentsClosed: true },
      locale: 'de',
      status: 'published',
    } as never);
    expect(codes(await ports.createComment(author, { article: closed.documentId, body: 'Zu spät' }))).toEqual(['COMMENTS_CLOSED']);
  });

  it('keeps threads one level deep and lets only the author withdraw a comment', async () => {
    const [first, second] = [await reader(), await reader()];
    const root = value(await ports.createComment(first, { article: articleId, body: 'Oben' }));
    const answer = value(await ports.createComment(second, { article: articleId, body: 'Antwort', parent: root.documentId }));
    const answerToAnswer = value(await ports.createComment(first, { article: articleId, body: 'Antwort auf die Antwort', parent: answer.documentId }));
    expect((await commentRow(answerToAnswer.documentId)).replyTo.documentId).toBe(root.documentId);

    expect(codes(await ports.deleteComment(second, { comment: root.documentId }))).toEqual(['NOT_COMMENT_AUTHOR']);
    value(await ports.deleteComment(first, { comment: root.documentId }));
    expect(await commentRow(root.documentId)).toMatchObject({ body: '', deletedByAuthorAt: expect.anything() });
    expect(codes(await ports.deleteComment(first, { comment: root.documentId }))).toEqual(['COMMENT_NOT_FOUND']);
    expect(codes(await ports.createComment(second, { article: articleId, body: 'Noch eine', parent: root.documentId }))).toEqual(['PARENT_NOT_FOUND']);
  });

  it('leaves the seed comments as they were: author names, no reader', async () => {
    const all = await strapi.db.query(COMMENT).findMany({ select: ['authorName'], populate: { reader: { select: ['id'] } } });
    const seeds = all.filter((comment: { reader: unknown }) => !comment.reader);
    expect(seeds.map((s: { authorName: string }) => s.authorName)).toContain('Unbekannt');
    expect(seeds.length).toBeGreaterThanOrEqual(6);
  });

  it('records one open report per reader and comment, refuses reporting oneself, and hides after the configured number pending review', async () => {
    const author = await reader();
    const { documentId } = value(await ports.createComment(author, { article: articleId, body: 'Strittig' }));
    const [a, b, c] = [await reader(), await reader(), await reader()];
    const report = value(await ports.reportComment(a, { comment: documentId, reason: 'HARASSMENT', message: 'Beleidigt jemanden.' }));
    expect(codes(await ports.reportComment(a, { comment: documentId, reason: 'SPAM' }))).toEqual(['ALREADY_REPORTED']);
    expect(codes(await ports.reportComment(author, { comment: documentId, reason: 'SPAM' }))).toEqual(['OWN_COMMENT']);
    expect(codes(await ports.reportComment(a, { comment: 'gibt-es-nicht', reason: 'SPAM' }))).toEqual(['COMMENT_NOT_FOUND']);
    expect(codes(await ports.reportComment(b, { comment: documentId, reason: 'OTHER', message: 'x'.repeat(1001) }))).toEqual(['MESSAGE_TOO_LONG']);

    const stored = await strapi.db.query(REPORT).findOne({ where: { documentId: report.documentId }, populate: { reporter: { select: ['id'] } } });
    expect(stored).toMatchObject({ reason: 'harassment', message: 'Beleidigt jemanden.', status: 'open', reportedAt: expect.anything() });
    expect(stored.reporter.id).toBe(a.id);
    expect(await commentRow(documentId)).toMatchObject({ moderation: 'reported', reportCount: 1 });

    value(await ports.reportComment(b, { comment: documentId, reason: 'HARASSMENT' }));
    value(await ports.reportComment(c, { comment: documentId, reason: 'HATE_SPEECH' }));
    expect(await commentRow(documentId)).toMatchObject({ moderation: 'hidden', reportCount: AUTO_HIDE_AFTER });
    const exported = (await ports.exportData(author)) as { statementsOfReasons: Record<string, unknown>[] };
    expect(exported.statementsOfReasons).toEqual([
      expect.objectContaining({ decision: 'ausgeblendet', automated: true, decidedBy: 'automatisch', reportReasons: { HARASSMENT: 2, HATE_SPEECH: 1 } }),
    ]);
  });

  it('counts budgets per reader and action: the sixth comment within a minute waits, a refused one costs nothing', async () => {
    const busy = await reader();
    for (let n = 0; n < 5; n += 1) expect(await ports.spend(busy, 'comment')).toBeNull();
    const wait = await ports.spend(busy, 'comment');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await ports.spend(busy, 'follow')).toBeNull();
    expect(await ports.spend(await reader(), 'comment')).toBeNull();
  });

  it('gives editors a queue of reported comments, most reported first, and records hide and restore with a statement of reasons', async () => {
    const author = await reader();
    const once = value(await ports.createComment(author, { article: articleId, body: 'Einmal gemeldet' }));
    const twice = value(await ports.createComment(author, { article: articleId, body: 'Zweimal gemeldet' }));
    const [a, b] = [await reader(), await reader()];
    value(await ports.reportComment(a, { comment: once.documentId, reason: 'SPOILER' }));
    value(await ports.reportComment(a, { comment: twice.documentId, reason: 'SPAM', message: 'Casino-Werbung' }));
    value(await ports.reportComment(b, { comment: twice.documentId, reason: 'SPAM' }));

    const queue = await admin.call('GET', '/showrunner/moderation/queue');
    expect(queue.status).toBe(200);
    const entries = queue.body.data as {
      comment: { documentId: string };
      openReports: number;
      reasons: Record<string, number>;
      reports: { message: string | null }[];
    }[];
    const positions = [twice, once].map(({ documentId }) => entries.findIndex((e) => e.comment.documentId === documentId));
    expect(positions[0]).toBeLessThan(positions[1]);
    expect(entries[positions[0]]).toMatchObject({ openReports: 2, reasons: { spam: 2 } });
    expect(entries[positions[0]].reports.map((r) => r.message)).toContain('Casino-Werbung');

    expect((await admin.call('POST', `/showrunner/moderation/comments/${twice.documentId}/hide`, { facts: 'kurz' })).status).toBe(400);
    const hidden = await admin.call('POST', `/showrunner/moderation/comments/${twice.documentId}/hide`, {
      facts: 'Werbung für ein Online-Casino, kein Bezug zum Artikel.',
      ground: 'community_rules',
    });
    expect(hidden).toMatchObject({ status: 200, body: { data: { decision: 'hidden', closedReports: 2 } } });
    const restored = await admin.call('POST', `/showrunner/moderation/comments/${once.documentId}/restore`, { facts: 'Kein Spoiler: Die Folge lief bereits.' });
    expect(restored).toMatchObject({ status: 200, body: { data: { decision: 'restored', closedReports: 1 } } });
    expect(await commentRow(twice.documentId)).toMatchObject({ moderation: 'hidden' });
    expect(await commentRow(once.documentId)).toMatchObject({ moderation: 'visible' });
    expect((await admin.call('POST', '/showrunner/moderation/comments/gibt-es-nicht/restore', { facts: 'Begründung lang genug.' })).status).toBe(404);

    const reporter = (await ports.exportData(a)) as { reports: { status: string; outcome: string; comment: { documentId: string } }[] };
    expect(reporter.reports.map(({ comment, status }) => [comment.documentId, status]).sort()).toEqual(
      [
        [once.documentId, 'dismissed'],
        [twice.documentId, 'upheld'],
      ].sort()
    );
    const statements = ((await ports.exportData(author)) as { statementsOfReasons: Record<string, unknown>[] }).statementsOfReasons;
    expect(statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          comment: twice.documentId,
          decision: 'ausgeblendet',
          ground: 'Verstoß gegen unsere Kommentarregeln',
          facts: 'Werbung für ein Online-Casino, kein Bezug zum Artikel.',
          decidedBy: 'Redaktion',
          automated: false,
        }),
        expect.objectContaining({ comment: once.documentId, decision: 'wieder sichtbar' }),
      ])
    );
    // A decided report no longer blocks a new one.
    value(await ports.reportComment(a, { comment: once.documentId, reason: 'OFF_TOPIC' }));
  });

  it('lets Editors moderate and keeps Authors out', async () => {
    const roles = await strapi.db.query('admin::role').findMany({ where: { code: { $in: ['strapi-editor', 'strapi-author'] } } });
    const login = async (code: string) => {
      const email = `${code}@showrunner.test`;
      await strapi.service('admin::user').create({
        email,
        firstname: code,
        lastname: 'Test',
        password: 'Moderation-Test-1',
        isActive: true,
        registrationToken: null,
        roles: [roles.find((r: { code: string }) => r.code === code).id],
      });
      const answer = await request(base, 'POST', '/admin/login', { body: { email, password: 'Moderation-Test-1' } });
      return answer.body.data.token as string;
    };
    expect((await request(base, 'GET', '/showrunner/moderation/queue', { token: await login('strapi-editor') })).status).toBe(200);
    expect((await request(base, 'GET', '/showrunner/moderation/queue', { token: await login('strapi-author') })).status).toBe(403);
    expect((await request(base, 'GET', '/showrunner/moderation/queue')).status).toBe(401);
  });

  it('exports everything stored about a reader, without the password hash', async () => {
    const someone = await reader();
    value(await ports.follow(someone, { kind: 'series', slug: 'ballard' }));
    value(await ports.createComment(someone, { article: articleId, body: 'Mein Kommentar' }));
    const exported = (await ports.exportData(someone)) as Record<string, any>;
    expect(exported.account).toMatchObject({
      id: someone.id,
      username: someone.displayName,
      email: expect.stringContaining('@example.com'),
      confirmed: true,
      role: 'Authenticated',
    });
    expect(exported.follows).toEqual([expect.objectContaining({ kind: 'series', slug: 'ballard', title: 'Ballard' })]);
    expect(exported.comments).toEqual([expect.objectContaining({ body: 'Mein Kommentar', article: expect.objectContaining({ documentId: articleId }) })]);
    expect(JSON.stringify(exported)).not.toMatch(/\$2[aby]\$|password|resetPasswordToken|confirmationToken/);
  });

  it('deletes an account only with its password: follows, tokens and the account go, comments stay as "gelöschtes Mitglied", reports lose their reporter', async () => {
    const leaving = await reader();
    value(await ports.follow(leaving, { kind: 'series', slug: 'ballard' }));
    const comment = value(await ports.createComment(leaving, { article: articleId, body: 'Bleibt stehen' }));
    const other = value(await ports.createComment(await reader(), { article: articleId, body: 'Gemeldet' }));
    const report = value(await ports.reportComment(leaving, { comment: other.documentId, reason: 'SPAM' }));

    expect(codes(await ports.deleteAccount(leaving, { password: 'falsch' }))).toEqual(['WRONG_PASSWORD']);
    value(await ports.deleteAccount(leaving, { password: leaving.password }));

    expect(await strapi.db.query(USER).findOne({ where: { id: leaving.id } })).toBeNull();
    expect(await ports.viewerFromToken(leaving.jwt)).toBeNull();
    expect(await strapi.db.query(FOLLOW).count({ where: { followKey: { $startsWith: `${leaving.id}:` } } })).toBe(0);
    expect(await commentRow(comment.documentId)).toMatchObject({ authorName: 'gelöschtes Mitglied', body: 'Bleibt stehen', reader: null });
    const kept = await strapi.db.query(REPORT).findOne({ where: { documentId: report.documentId }, populate: { reporter: { select: ['id'] } } });
    expect(kept).toMatchObject({ reason: 'spam', status: 'open', reporter: null });
  });

  it('stops password guessing through account deletion at the log-in budget', async () => {
    const target = await reader();
    const outcomes = [];
    for (let attempt = 0; attempt < 11; attempt += 1) outcomes.push(codes(await ports.deleteAccount(target, { password: `falsch-${attempt}` }))[0]);
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill('WRONG_PASSWORD'));
    expect(outcomes[10]).toBe('TOO_MANY_ATTEMPTS');
    expect(codes(await ports.deleteAccount(target, { password: target.password }))).toEqual(['TOO_MANY_ATTEMPTS']);
  });
});
