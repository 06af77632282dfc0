import type { Core } from '@strapi/strapi';
import { createDatabase, databaseKinds, type TestDatabase } from '../../support/databases';
import { loadStrapi } from '../../support/in-process';

const SERIES = 'plugin::showrunner.series';
const SEASON = 'plugin::showrunner.season';
const CREDIT = 'plugin::showrunner.credit';
const EVENT = 'plugin::showrunner.status-event';
const PERSON = 'plugin::showrunner.person';

describe.each(databaseKinds())('validation rules on %s', (kind) => {
  let database: TestDatabase;
  let strapi: Core.Strapi;
  const ids: Record<string, string> = {};

  const documentIdOf = async (uid: string, filters: Record<string, unknown>) =>
    (await strapi.documents(uid as never).findFirst({ filters } as never))!.documentId;
  const rejection = (code: string, message: RegExp) => ({
    name: 'ValidationError',
    message: expect.stringMatching(message),
    details: expect.objectContaining({ code }),
  });

  beforeAll(async () => {
    database = await createDatabase(kind);
    strapi = await loadStrapi(database);
    ids.ballard = await documentIdOf(SERIES, { slug: 'ballard' });
    ids.boschLegacy = await documentIdOf(SERIES, { slug: 'bosch-legacy' });
    ids.bosch = await documentIdOf(SERIES, { slug: 'bosch' });
    ids.maggie = await documentIdOf(PERSON, { slug: 'maggie-q' });
    ids.legacySeason1 = await documentIdOf(SEASON, { series: { slug: 'bosch-legacy' }, number: 1 });
  });

  afterAll(async () => {
    await strapi?.destroy();
    await database?.drop();
  });

  it('rejects a slug another series already uses, naming the series that has it', async () => {
    await expect(strapi.documents(SERIES).create({ data: { title: 'Ballard (Kopie)', slug: 'ballard' }, locale: 'de' } as never)).rejects.toMatchObject(
      rejection('SLUG_TAKEN', /„ballard“.*„Ballard“/)
    );
    expect(await strapi.db.query(SERIES).count({ where: { title: 'Ballard (Kopie)' } })).toBe(0);
  });

  it('rejects a second season 1 for the same series and keeps the first', async () => {
    const before = await strapi.db.query(SEASON).count();
    await expect(
      strapi.documents(SEASON).create({ data: { number: 1, series: { connect: [{ documentId: ids.ballard, locale: 'de' }] } } } as never)
    ).rejects.toMatchObject(rejection('SEASON_NUMBER_TAKEN', /„Ballard“ hat schon eine Staffel 1/));
    expect(await strapi.db.query(SEASON).count()).toBe(before);
  });

  it('allows the same season number on another series', async () => {
    const created = await strapi
      .documents(SEASON)
      .create({ data: { number: 4, series: { connect: [{ documentId: ids.boschLegacy, locale: 'de' }] } } } as never);
    expect(created.documentId).toEqual(expect.any(String));
    await strapi.documents(SEASON).delete({ documentId: created.documentId } as never);
  });

  it('rejects a credit whose seasons belong to another series', async () => {
    await expect(
      strapi.documents(CREDIT).create({
        data: {
          department: 'cast',
          character: 'Renée Ballard',
          person: { connect: [{ documentId: ids.maggie, locale: 'de' }] },
          series: { connect: [{ documentId: ids.ballard, locale: 'de' }] },
          seasons: { connect: [{ documentId: ids.legacySeason1 }] },
        },
      } as never)
    ).rejects.toMatchObject(rejection('SEASON_OF_OTHER_SERIES', /Staffel 1 gehört zu „Bosch: Legacy“, nicht zu „Ballard“/));
  });

  it('rejects a credit without a person', async () => {
    await expect(
      strapi.documents(CREDIT).create({ data: { department: 'cast', series: { connect: [{ documentId: ids.ballard, locale: 'de' }] } } } as never)
    ).rejects.toMatchObject(rejection('REQUIRED_RELATION', /braucht eine Person/));
  });

  it('rejects a crew credit without a job', async () => {
    await expect(
      strapi.documents(CREDIT).create({
        data: {
          department: 'crew',
          person: { connect: [{ documentId: ids.maggie, locale: 'de' }] },
          series: { connect: [{ documentId: ids.ballard, locale: 'de' }] },
        },
      } as never)
    ).rejects.toMatchObject(rejection('CREW_WITHOUT_JOB', /Funktion/));
  });

  it('rejects a negative episode count, even on a draft (Strapi itself checks bounds only on publish)', async () => {
    await expect(
      strapi.documents(SEASON).create({ data: { number: 9, episodeCount: -1, series: { connect: [{ documentId: ids.ballard, locale: 'de' }] } } } as never)
    ).rejects.toMatchObject(rejection('OUT_OF_RANGE', /„Anzahl Episoden“ darf nicht negativ sein \(eingegeben: -1\)/));
    expect(await strapi.db.query(SEASON).count({ where: { number: 9 } })).toBe(0);
  });

  it('rejects a series as its own spin-off', async () => {
    await expect(
      strapi
        .documents(SERIES)
        .update({ documentId: ids.ballard, locale: 'de', data: { spinoffOf: { connect: [{ documentId: ids.ballard, locale: 'de' }] } } } as never)
    ).rejects.toMatchObject(rejection('SPINOFF_CYCLE', /kein Spin-off von sich selbst/));
  });

  it('rejects making Bosch a spin-off of its own descendant Ballard', async () => {
    await expect(
      strapi
        .documents(SERIES)
        .update({ documentId: ids.bosch, locale: 'de', data: { spinoffOf: { connect: [{ documentId: ids.ballard, locale: 'de' }] } } } as never)
    ).rejects.toMatchObject(rejection('SPINOFF_CYCLE', /„Bosch“ kann kein Spin-off von „Ballard“ sein/));
    const bosch = await strapi.documents(SERIES).findOne({ documentId: ids.bosch, populate: { spinoffOf: true } } as never);
    expect(bosch?.spinoffOf).toBeNull();
  });

  it('rejects a renewal confirmed before it was first reported', async () => {
    await expect(
      strapi.documents(EVENT).create({
        data: {
          kind: 'renewed',
          reportedAt: '2025-10-06T09:48:00.000Z',
          confirmedOn: '2025-09-30',
          confirmedOnPrecision: 'day',
          series: { connect: [{ documentId: ids.ballard, locale: 'de' }] },
        },
      } as never)
    ).rejects.toMatchObject(rejection('CONFIRMED_BEFORE_REPORTED', /liegt vor der ersten Meldung am 2025-10-06/));
  });

  it('accepts a confirmation known only to the month of the report', async () => {
    const event = await strapi.documents(EVENT).create({
      data: {
        kind: 'ordered',
        reportedAt: '2025-10-06T09:48:00.000Z',
        confirmedOn: '2025-10-01',
        confirmedOnPrecision: 'month',
        series: { connect: [{ documentId: ids.bosch, locale: 'de' }] },
      },
    } as never);
    expect(event.documentId).toEqual(expect.any(String));
    await strapi.documents(EVENT).delete({ documentId: event.documentId } as never);
  });
});
