import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export interface Related<T> {
  total: number;
  entries: T[];
}

/**
 * The entries of `uid` whose `series` is the given series, through the Content Manager's own
 * list endpoint: the editor's permissions apply, and nothing new runs on the server.
 */
export const useRelated = <T>(uid: string, seriesId: string | undefined, sort: string, pageSize: number, version?: string) => {
  const { get } = useFetchClient();
  const [related, setRelated] = useState<Related<T> | null>(null);

  useEffect(() => {
    if (!seriesId) return;
    let current = true;
    const query = new URLSearchParams({ page: '1', pageSize: String(pageSize), sort, 'filters[series][documentId][$eq]': seriesId });
    get<{ results: T[]; pagination?: { total: number } }>(`/content-manager/collection-types/${uid}?${query}`)
      .then(({ data }) => current && setRelated({ total: data.pagination?.total ?? data.results.length, entries: data.results }))
      .catch(() => current && setRelated(null));
    return () => {
      current = false;
    };
  }, [uid, seriesId, sort, pageSize, version]);

  return related;
};
