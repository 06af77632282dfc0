import { Badge, Box, Button, Field, Flex, Radio, Textarea, Typography } from '@strapi/design-system';
import { useState, type ChangeEvent } from 'react';
import { dateTime, GROUNDS, REASONS, STATES } from './labels';
import type { DecisionInput, QueueEntry } from './use-queue';

interface Props {
  entry: QueueEntry;
  onDecide(action: 'hide' | 'restore', input: DecisionInput): Promise<void>;
}

const FACTS_MIN = 10;

/** One reported comment: what it says, why readers reported it, and the editor's decision with its reasons. */
export const ReportCard = ({ entry, onDecide }: Props) => {
  const { comment, openReports, reasons, reports } = entry;
  const [facts, setFacts] = useState('');
  const [ground, setGround] = useState<string>(GROUNDS[0].value);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const state = STATES[comment.moderation] ?? STATES.reported;
  const tooShort = facts.trim().length < FACTS_MIN;

  const decide = async (action: 'hide' | 'restore') => {
    setBusy(true);
    setError(null);
    try {
      await onDecide(action, action === 'hide' ? { facts, ground } : { facts });
    } catch {
      setError('Die Entscheidung konnte nicht gespeichert werden. Bitte noch einmal versuchen.');
      setBusy(false);
    }
  };

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="delta" tag="h2">
              {openReports === 1 ? '1 offene Meldung' : `${openReports} offene Meldungen`}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {comment.authorName} · {dateTime(comment.postedAt)} · zu „{comment.article?.headline ?? 'Artikel unbekannt'}“
            </Typography>
          </Flex>
          <Badge variant={state.variant}>{comment.deletedByAuthorAt ? 'vom Verfasser gelöscht' : state.label}</Badge>
        </Flex>

        <Box background="neutral100" hasRadius padding={4}>
          {/* Plain text as the reader typed it: React escapes it, nothing is interpreted as HTML. */}
          <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {comment.body || '(kein Text mehr)'}
          </Typography>
        </Box>

        <Flex gap={2} wrap="wrap">
          {Object.entries(reasons).map(([reason, count]) => (
            <Badge key={reason}>{`${REASONS[reason] ?? reason} × ${count}`}</Badge>
          ))}
        </Flex>
        <Box tag="ul">
          {reports.map((report) => (
            <Box tag="li" key={report.documentId} paddingBottom={1}>
              <Typography variant="pi">
                {dateTime(report.reportedAt)} – {REASONS[report.reason] ?? report.reason}
                {report.message ? `: „${report.message}“` : ''}
              </Typography>
            </Box>
          ))}
        </Box>

        <Field.Root
          name={`facts-${comment.documentId}`}
          hint="Die Begründung erhält der Verfasser mit der Entscheidung (Digital Services Act, Art. 17)."
          error={error ?? undefined}
        >
          <Field.Label>Begründung</Field.Label>
          <Textarea value={facts} onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setFacts(event.target.value)} />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
        <Radio.Group aria-label="Grundlage, falls ausgeblendet wird" value={ground} onValueChange={setGround}>
          {GROUNDS.map(({ value, label }) => (
            <Radio.Item key={value} value={value}>
              {label}
            </Radio.Item>
          ))}
        </Radio.Group>
        <Flex gap={2}>
          <Button variant="danger" disabled={busy || tooShort} onClick={() => decide('hide')}>
            Ausblenden
          </Button>
          <Button variant="secondary" disabled={busy || tooShort} onClick={() => decide('restore')}>
            {comment.moderation === 'hidden' ? 'Wieder anzeigen' : 'Sichtbar lassen'}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};
