import { useState } from 'react';
import { Box, Button, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useDeliveryLog } from './use-delivery-log';

const CHANNELS: Record<string, string> = { inapp: 'In der App', push: 'Web Push', email: 'E-Mail' };
const STATES: Record<string, string> = { pending: 'offen', sent: 'zugestellt', failed: 'fehlgeschlagen' };
const ALL = 'all';
const KINDS: Record<string, string> = { news: 'News', renewal: 'Verlängerung', cast: 'Besetzung', broadcast: 'TV-Termin' };

const time = (value: string | null) =>
  value ? new Intl.DateTimeFormat('de-DE', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Berlin' }).format(new Date(value)) : '–';

/** How notifications stand: per channel pending, delivered and failed, and the newest deliveries with their last error. */
export const DeliveryLogPage = () => {
  const [state, setState] = useState<string | null>(null);
  const { log, failed, reload } = useDeliveryLog(state);

  if (failed) return <Page.Error />;
  if (!log) return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>Benachrichtigungen</Page.Title>
      <Layouts.Header
        title="Benachrichtigungen"
        subtitle="Zustellungen an Leserinnen und Leser: in der App, per Web Push und per E-Mail. Offene werden wiederholt, bis sie zugestellt sind oder aufgegeben werden."
        primaryAction={
          <Button variant="tertiary" onClick={() => void reload()}>
            Aktualisieren
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Table colCount={4} rowCount={log.counts.length + 1} aria-label="Zustellungen je Kanal">
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">Kanal</Typography>
                </Th>
                {Object.values(STATES).map((label) => (
                  <Th key={label}>
                    <Typography variant="sigma">{label}</Typography>
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {log.counts.map((row) => (
                <Tr key={row.channel} data-channel={row.channel}>
                  <Td>
                    <Typography>{CHANNELS[row.channel] ?? row.channel}</Typography>
                  </Td>
                  <Td>
                    <Typography>{row.pending}</Typography>
                  </Td>
                  <Td>
                    <Typography>{row.sent}</Typography>
                  </Td>
                  <Td>
                    <Typography textColor={row.failed ? 'danger600' : undefined}>{row.failed}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>

          <Flex justifyContent="space-between" alignItems="flex-end">
            <Typography variant="delta" tag="h2">
              Neueste Zustellungen
            </Typography>
            <Box minWidth="14rem">
              <SingleSelect aria-label="Zustand" value={state ?? ALL} onChange={(value: string | number) => setState(value === ALL ? null : String(value))}>
                <SingleSelectOption value={ALL}>Alle Zustände</SingleSelectOption>
                {Object.entries(STATES).map(([value, label]) => (
                  <SingleSelectOption key={value} value={value}>
                    {label}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Box>
          </Flex>
          {log.recent.length === 0 ? (
            <Box background="neutral0" hasRadius padding={8}>
              <Typography textColor="neutral600">Noch keine Zustellungen.</Typography>
            </Box>
          ) : (
            <Table colCount={6} rowCount={log.recent.length + 1} aria-label="Neueste Zustellungen">
              <Thead>
                <Tr>
                  {['Angelegt', 'Art', 'Kanal', 'Zustand', 'Versuche', 'Letzter Fehler'].map((label) => (
                    <Th key={label}>
                      <Typography variant="sigma">{label}</Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {log.recent.map((entry) => (
                  <Tr key={entry.id}>
                    <Td>
                      <Typography>{time(entry.createdAt)}</Typography>
                    </Td>
                    <Td>
                      <Typography>{KINDS[entry.kind] ?? entry.kind}</Typography>
                    </Td>
                    <Td>
                      <Typography>{CHANNELS[entry.channel] ?? entry.channel}</Typography>
                    </Td>
                    <Td>
                      <Typography>{STATES[entry.state] ?? entry.state}</Typography>
                    </Td>
                    <Td>
                      <Typography>{entry.attempts}</Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral600">{entry.lastError ?? '–'}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
