import { Box, Flex, Link, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { JOBS, partialDate, STATUS_EVENT_KINDS } from './labels';
import { useRelated } from './use-related';

const SERIES = 'plugin::showrunner.series';
const SEASON = 'plugin::showrunner.season';
const CREDIT = 'plugin::showrunner.credit';
const STATUS_EVENT = 'plugin::showrunner.status-event';

interface Season {
  documentId: string;
  number: number;
  episodeCount?: number | null;
  premiereDate?: string | null;
  premiereDatePrecision?: string | null;
}

interface Credit {
  documentId: string;
  department: 'cast' | 'crew';
  character?: string | null;
  job?: string | null;
  person?: { name: string } | null;
}

interface StatusEvent {
  documentId: string;
  kind: string;
  reportedAt?: string | null;
  confirmedOn?: string | null;
  confirmedOnPrecision?: string | null;
  season?: { number: number } | null;
}

const editPath = (uid: string, documentId: string) => `/content-manager/collection-types/${uid}/${documentId}`;
const listPath = (uid: string, seriesId: string) => `/content-manager/collection-types/${uid}?page=1&filters[$and][0][series][documentId][$eq]=${seriesId}`;

const seasonLine = (season: Season) =>
  [`Staffel ${season.number}`, season.episodeCount != null && `${season.episodeCount} Folgen`, partialDate(season.premiereDate, season.premiereDatePrecision)]
    .filter(Boolean)
    .join(' · ');

const creditLine = (credit: Credit) => {
  const name = credit.person?.name ?? 'Person fehlt';
  if (credit.department === 'crew') return `${name} – ${JOBS[credit.job ?? ''] ?? credit.job ?? 'Stab'}`;
  return credit.character ? `${name} als ${credit.character}` : name;
};

const statusEventLine = (event: StatusEvent) =>
  [
    STATUS_EVENT_KINDS[event.kind] ?? event.kind,
    event.season && `Staffel ${event.season.number}`,
    event.reportedAt && `gemeldet ${partialDate(event.reportedAt)}`,
    event.confirmedOn ? `bestätigt ${partialDate(event.confirmedOn, event.confirmedOnPrecision)}` : 'noch unbestätigt',
  ]
    .filter(Boolean)
    .join(' · ');

interface SectionProps<T extends { documentId: string }> {
  title: string;
  uid: string;
  seriesId: string;
  related: { total: number; entries: T[] } | null;
  line: (entry: T) => ReactNode;
}

const Section = <T extends { documentId: string }>({ title, uid, seriesId, related, line }: SectionProps<T>) => (
  <Box tag="section" aria-label={title} width="100%">
    <Flex justifyContent="space-between" alignItems="baseline" paddingBottom={1}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {title} ({related?.total ?? '…'})
      </Typography>
      <Link tag={RouterLink} to={`/content-manager/collection-types/${uid}/create`}>
        Neu
      </Link>
    </Flex>
    <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
      {related?.entries.map((entry) => (
        <li key={entry.documentId}>
          <Link tag={RouterLink} to={editPath(uid, entry.documentId)}>
            {line(entry)}
          </Link>
        </li>
      ))}
    </Flex>
    {related && related.total > related.entries.length && (
      <Box paddingTop={1}>
        <Link tag={RouterLink} to={listPath(uid, seriesId)}>
          Alle {related.total} anzeigen
        </Link>
      </Box>
    )}
  </Box>
);

/**
 * Seasons, credits and the renewal history of a series at the top of its edit view, readable at
 * a glance and one click from each entry (the relation fields below only say "Unbenannt").
 */
export const SeriesOverviewPanel = ({ model, documentId, document }: { model: string; documentId?: string; document?: { updatedAt?: string } }) => {
  const isSeries = model === SERIES && Boolean(documentId);
  const seriesId = isSeries ? documentId : undefined;
  const version = document?.updatedAt;
  const seasons = useRelated<Season>(SEASON, seriesId, 'number:ASC', 50, version);
  const credits = useRelated<Credit>(CREDIT, seriesId, 'order:ASC', 8, version);
  const statusEvents = useRelated<StatusEvent>(STATUS_EVENT, seriesId, 'reportedAt:DESC', 8, version);
  if (!seriesId) return null;
  return {
    title: 'Staffeln, Besetzung & Status',
    content: (
      <Flex direction="column" alignItems="stretch" gap={4} width="100%">
        <Section title="Staffeln" uid={SEASON} seriesId={seriesId} related={seasons} line={seasonLine} />
        <Section title="Besetzung & Stab" uid={CREDIT} seriesId={seriesId} related={credits} line={creditLine} />
        <Section title="Status-Historie" uid={STATUS_EVENT} seriesId={seriesId} related={statusEvents} line={statusEventLine} />
      </Flex>
    ),
  };
};
