import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export interface DeliveryCounts {
  channel: string;
  pending: number;
  sent: number;
  failed: number;
}

export interface DeliveryEntry {
  id: number;
  channel: string;
  kind: string;
  state: string;
  attempts: number;
  lastError: string | null;
  createdAt: string | null;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

export interface DeliveryLog {
  counts: DeliveryCounts[];
  recent: DeliveryEntry[];
}

/** The log from /showrunner/notifications/log, optionally only one state; reloads on demand. */
export const useDeliveryLog = (state: string | null) => {
  const { get } = useFetchClient();
  const [log, setLog] = useState<DeliveryLog | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    try {
      const { data } = await get<{ data: DeliveryLog }>(`/showrunner/notifications/log${state ? `?state=${state}` : ''}`);
      setLog(data.data);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [get, state]);

  useEffect(() => {
    void load();
  }, [load]);

  return { log, failed, reload: load };
};
