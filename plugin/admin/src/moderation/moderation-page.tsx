import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { ReportCard } from './report-card';
import { useModerationQueue, type DecisionInput } from './use-queue';

/** Reported reader comments, the most reported first: each decision hides or keeps one, with reasons. */
export const ModerationPage = () => {
  const { entries, failed, reload, decide } = useModerationQueue();
  const { toggleNotification } = useNotification();

  const onDecide = (documentId: string) => async (action: 'hide' | 'restore', input: DecisionInput) => {
    await decide(documentId, action, input);
    toggleNotification({ type: 'success', message: action === 'hide' ? 'Kommentar ausgeblendet.' : 'Kommentar bleibt sichtbar.' });
  };

  if (failed) return <Page.Error />;
  if (!entries) return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>Moderation</Page.Title>
      <Layouts.Header
        title="Gemeldete Kommentare"
        subtitle="Die meistgemeldeten zuerst. Jede Entscheidung braucht eine Begründung; der Verfasser sieht sie, wer gemeldet hat, sieht das Ergebnis."
        primaryAction={
          <Button variant="tertiary" onClick={() => void reload()}>
            Aktualisieren
          </Button>
        }
      />
      <Layouts.Content>
        {entries.length === 0 ? (
          <Box background="neutral0" hasRadius padding={8}>
            <Typography textColor="neutral600">Keine offenen Meldungen.</Typography>
          </Box>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            {entries.map((entry) => (
              <ReportCard key={entry.comment.documentId} entry={entry} onDecide={onDecide(entry.comment.documentId)} />
            ))}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
