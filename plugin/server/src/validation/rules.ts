import type { Core, UID as StrapiUid } from '@strapi/strapi';
import { LABELS } from '../admin/labels';
import { UID } from '../../../../types/domain/uids';
import { confirmedBeforeReported } from './dates';
import { fail } from './fail';
import { loadDraft, type WrittenDocument } from './versions';

export type Rule = (strapi: Core.Strapi, written: WrittenDocument) => Promise<void>;

const ref = (...fields: string[]) => ({ select: ['documentId', ...fields] });

/** Relations every version must have, with the sentence an editor needs to fix it. */
const REQUIRED_LINKS: Record<string, [field: string, message: string][]> = {
  [UID.season]: [['series', 'Eine Staffel gehört zu einer Serie: bitte die Serie auswählen.']],
  [UID.episode]: [['season', 'Eine Episode gehört zu einer Staffel: bitte die Staffel auswählen.']],
  [UID.broadcast]: [
    ['episode', 'Eine Ausstrahlung braucht eine Episode: bitte die Folge auswählen, die läuft.'],
    ['channel', 'Eine Ausstrahlung braucht einen Sender oder eine Plattform: bitte auswählen, wo die Folge läuft.'],
  ],
  [UID.credit]: [
    ['person', 'Ein Credit braucht eine Person: bitte auswählen, wer die Rolle spielt oder die Funktion hat.'],
    ['series', 'Ein Credit braucht eine Serie: bitte die Serie auswählen.'],
  ],
  [UID.statusEvent]: [['series', 'Ein Status-Ereignis braucht eine Serie: bitte die Serie auswählen.']],
  [UID.kinship]: [
    ['person', 'Bitte die Person auswählen.'],
    ['relative', 'Bitte den oder die Verwandte auswählen.'],
  ],
  [UID.comment]: [['article', 'Ein Kommentar gehört zu einem Artikel: bitte den Artikel auswählen.']],
};

export const requiredLinks: Rule = async (strapi, written) => {
  const links = REQUIRED_LINKS[written.uid];
  if (!links) return;
  const row = await loadDraft(strapi, written, Object.fromEntries(links.map(([field]) => [field, { select: ['id'] }])));
  for (const [field, message] of links) {
    if (!row?.[field]) fail(field, message, 'REQUIRED_RELATION');
  }
};

const NUMERIC = new Set(['integer', 'biginteger', 'decimal', 'float']);

/**
 * Strapi checks `min`/`max` only when a document is published; drafts must not hold a negative
 * episode count either, so every write is checked against the schema's bounds.
 */
export const numericBounds: Rule = async (strapi, written) => {
  const attributes = strapi.getModel(written.uid as StrapiUid.Schema).attributes as Record<string, { type: string; min?: number; max?: number }>;
  const bounded = Object.entries(attributes).filter(([, a]) => NUMERIC.has(a.type) && (a.min != null || a.max != null));
  if (bounded.length === 0) return;
  const row = await loadDraft(strapi, written);
  for (const [field, { min, max }] of bounded) {
    const value = row?.[field];
    if (value == null) continue;
    const label = LABELS[field]?.[0] ?? field;
    if (min != null && Number(value) < min) {
      fail(
        field,
        min === 0 ? `„${label}“ darf nicht negativ sein (eingegeben: ${value}).` : `„${label}“ muss mindestens ${min} sein (eingegeben: ${value}).`,
        'OUT_OF_RANGE'
      );
    }
    if (max != null && Number(value) > max) fail(field, `„${label}“ darf höchstens ${max} sein (eingegeben: ${value}).`, 'OUT_OF_RANGE');
  }
};

export const uniqueSlug: Rule = async (strapi, written) => {
  const model = strapi.getModel(written.uid as StrapiUid.Schema);
  if (!model.attributes.slug) return;
  const row = await loadDraft(strapi, written);
  if (!row?.slug) return;
  const clash = await strapi.db.query(written.uid as StrapiUid.Schema).findOne({
    where: { slug: row.slug, documentId: { $ne: written.documentId }, ...(row.locale ? { locale: row.locale } : {}) },
  });
  if (clash) {
    const label = clash.title ?? clash.name ?? clash.headline ?? clash.documentId;
    fail('slug', `Der Slug „${row.slug}“ ist schon an „${label}“ vergeben. Bitte einen anderen Slug wählen.`, 'SLUG_TAKEN');
  }
};

export const uniqueSeasonNumber: Rule = async (strapi, written) => {
  const season = await loadDraft(strapi, written, { series: ref('title') });
  if (!season?.series || season.number == null) return;
  const clash = await strapi.db.query(UID.season).findOne({
    where: {
      publishedAt: null,
      documentId: { $ne: written.documentId },
      number: season.number,
      series: { documentId: season.series.documentId },
    },
  });
  if (clash) {
    fail(
      'number',
      `„${season.series.title}“ hat schon eine Staffel ${season.number}. Bitte die bestehende Staffel bearbeiten oder eine andere Nummer wählen.`,
      'SEASON_NUMBER_TAKEN'
    );
  }
};

/** The seasons a credit or status event names must belong to its series. */
export const seasonsOfSameSeries: Rule = async (strapi, written) => {
  const field = written.uid === UID.credit ? 'seasons' : 'season';
  const row = await loadDraft(strapi, written, { series: ref('title'), [field]: { ...ref('number'), populate: { series: ref('title') } } });
  if (!row?.series) return;
  const seasons = [row[field]].flat().filter(Boolean);
  const foreign = seasons.find((season) => season.series?.documentId !== row.series.documentId);
  if (foreign) {
    fail(
      field,
      `Staffel ${foreign.number} gehört zu „${foreign.series?.title ?? 'einer anderen Serie'}“, nicht zu „${row.series.title}“. Bitte nur Staffeln dieser Serie auswählen.`,
      'SEASON_OF_OTHER_SERIES'
    );
  }
};

export const crewHasJob: Rule = async (strapi, written) => {
  const credit = await loadDraft(strapi, written);
  if (credit?.department === 'crew' && !credit.job) {
    fail('job', 'Ein Crew-Credit braucht eine Funktion, z. B. Showrunner oder Executive Producer.', 'CREW_WITHOUT_JOB');
  }
};

const MAX_SPINOFF_DEPTH = 100;

export const noSpinoffCycle: Rule = async (strapi, written) => {
  const series = await loadDraft(strapi, written, { spinoffOf: ref('title') });
  const seen = new Set([written.documentId]);
  let parent = series?.spinoffOf;
  for (let depth = 0; parent && depth < MAX_SPINOFF_DEPTH; depth += 1) {
    if (seen.has(parent.documentId)) {
      const message =
        parent.documentId === written.documentId && depth === 0
          ? `„${series?.title}“ kann kein Spin-off von sich selbst sein.`
          : `„${series?.title}“ kann kein Spin-off von „${series?.spinoffOf.title}“ sein: „${series?.spinoffOf.title}“ stammt selbst von „${series?.title}“ ab.`;
      fail('spinoffOf', message, 'SPINOFF_CYCLE');
    }
    seen.add(parent.documentId);
    const next = await loadDraft(strapi, { ...written, documentId: parent.documentId }, { spinoffOf: ref('title') });
    parent = next?.spinoffOf;
  }
};

export const confirmedAfterReported: Rule = async (strapi, written) => {
  const event = await loadDraft(strapi, written);
  if (!event?.reportedAt || !event.confirmedOn) return;
  if (confirmedBeforeReported(event.reportedAt, event.confirmedOn, event.confirmedOnPrecision ?? 'day')) {
    fail(
      'confirmedOn',
      `Bestätigt am ${event.confirmedOn} liegt vor der ersten Meldung am ${new Date(event.reportedAt).toISOString().slice(0, 10)}. ` +
        'Eine Meldung kann nicht bestätigt werden, bevor sie berichtet wurde: bitte die Daten prüfen.',
      'CONFIRMED_BEFORE_REPORTED'
    );
  }
};

export const noSelfKinship: Rule = async (strapi, written) => {
  const tie = await loadDraft(strapi, written, { person: ref('name'), relative: ref('name') });
  if (tie?.person && tie.person.documentId === tie.relative?.documentId) {
    fail('relative', `${tie.person.name} kann nicht mit sich selbst verwandt sein.`, 'SELF_KINSHIP');
  }
};
