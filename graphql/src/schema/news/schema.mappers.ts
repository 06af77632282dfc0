import type { ArticleEntity, ArticleUpdateValue, NamedEntity, PageSource } from '../../../../types/domain';

export type ArticleMapper = ArticleEntity;
export type ArticleConnectionMapper = PageSource<ArticleEntity>;
export type AuthorMapper = NamedEntity;
export type CategoryMapper = NamedEntity;
export type ArticleUpdateMapper = ArticleUpdateValue;
