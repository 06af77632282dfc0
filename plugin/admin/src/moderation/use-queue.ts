import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export interface QueueEntry {
  comment: {
    documentId: string;
    body: string;
    authorName: string;
    moderation: string;
    postedAt: string | null;
    deletedByAuthorAt: string | null;
    article?: { documentId: string; headline: string; slug: string } | null;
  };
  openReports: number;
  reasons: Record<string, number>;
  reports: { documentId: string; reason: string; message: string | null; reportedAt: string }[];
}

export interface DecisionInput {
  facts: string;
  ground?: string;
}

/** The queue from /showrunner/moderation/queue, and decisions sent back; reloads after each. */
export const useModerationQueue = () => {
  const { get, post } = useFetchClient();
  const [entries, setEntries] = useState<QueueEntry[] | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    try {
      const { data } = await get<{ data: QueueEntry[] }>('/showrunner/moderation/queue');
      setEntries(data.data);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [get]);

  useEffect(() => {
    void load();
  }, [load]);

  const decide = async (documentId: string, action: 'hide' | 'restore', input: DecisionInput) => {
    await post(`/showrunner/moderation/comments/${documentId}/${action}`, input);
    await load();
  };

  return { entries, failed, reload: load, decide };
};
