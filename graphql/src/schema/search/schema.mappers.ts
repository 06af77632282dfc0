import type { ArticleEntity, PageSource, PersonEntity, SeriesEntity } from '../../../../types/domain';

export type SearchHitEntity =
  (SeriesEntity & { __typename: 'Series' }) | (PersonEntity & { __typename: 'Person' }) | (ArticleEntity & { __typename: 'Article' });

export type SearchConnectionMapper = PageSource<SearchHitEntity>;
