/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './../../../types/generated/resolvers-types.generated';
    import    { apiVersion as Query_apiVersion } from './base/resolvers/Query/apiVersion';
import    { article as Query_article } from './news/resolvers/Query/article';
import    { articles as Query_articles } from './news/resolvers/Query/articles';
import    { person as Query_person } from './people/resolvers/Query/person';
import    { search as Query_search } from './search/resolvers/Query/search';
import    { series as Query_series } from './series/resolvers/Query/series';
import    { seriesList as Query_seriesList } from './series/resolvers/Query/seriesList';
import    { Article } from './news/resolvers/Article';
import    { ArticleConnection } from './news/resolvers/ArticleConnection';
import    { ArticleEdge } from './news/resolvers/ArticleEdge';
import    { ArticleUpdate } from './news/resolvers/ArticleUpdate';
import    { AudienceMetric } from './series/resolvers/AudienceMetric';
import    { Author } from './news/resolvers/Author';
import    { CastConnection } from './series/resolvers/CastConnection';
import    { CastEdge } from './series/resolvers/CastEdge';
import    { CastMember } from './series/resolvers/CastMember';
import    { CastRole } from './series/resolvers/CastRole';
import    { Category } from './news/resolvers/Category';
import    { Company } from './catalog/resolvers/Company';
import    { CreditedImage } from './base/resolvers/CreditedImage';
import    { CrewConnection } from './series/resolvers/CrewConnection';
import    { CrewEdge } from './series/resolvers/CrewEdge';
import    { CrewJob } from './series/resolvers/CrewJob';
import    { CrewMember } from './series/resolvers/CrewMember';
import    { CriticScore } from './series/resolvers/CriticScore';
import    { Episode } from './series/resolvers/Episode';
import    { ExternalId } from './base/resolvers/ExternalId';
import    { Franchise } from './catalog/resolvers/Franchise';
import    { Genre } from './catalog/resolvers/Genre';
import    { Outlet } from './catalog/resolvers/Outlet';
import    { PageInfo } from './base/resolvers/PageInfo';
import    { PartialDate } from './base/resolvers/PartialDate';
import    { Person } from './people/resolvers/Person';
import    { PersonCredit } from './people/resolvers/PersonCredit';
import    { Platform } from './catalog/resolvers/Platform';
import    { Relative } from './people/resolvers/Relative';
import    { SearchConnection } from './search/resolvers/SearchConnection';
import    { SearchEdge } from './search/resolvers/SearchEdge';
import    { Season } from './series/resolvers/Season';
import    { Series } from './series/resolvers/Series';
import    { SeriesConnection } from './series/resolvers/SeriesConnection';
import    { SeriesEdge } from './series/resolvers/SeriesEdge';
import    { SourceMaterial } from './series/resolvers/SourceMaterial';
import    { Statement } from './series/resolvers/Statement';
import    { StatusEvent } from './series/resolvers/StatusEvent';
import    { DateResolver,DateTimeResolver,JSONResolver } from 'graphql-scalars';
    export const resolvers: Resolvers = {
      Query: { apiVersion: Query_apiVersion,article: Query_article,articles: Query_articles,person: Query_person,search: Query_search,series: Query_series,seriesList: Query_seriesList },
      
      
      Article: Article,
ArticleConnection: ArticleConnection,
ArticleEdge: ArticleEdge,
ArticleUpdate: ArticleUpdate,
AudienceMetric: AudienceMetric,
Author: Author,
CastConnection: CastConnection,
CastEdge: CastEdge,
CastMember: CastMember,
CastRole: CastRole,
Category: Category,
Company: Company,
CreditedImage: CreditedImage,
CrewConnection: CrewConnection,
CrewEdge: CrewEdge,
CrewJob: CrewJob,
CrewMember: CrewMember,
CriticScore: CriticScore,
Episode: Episode,
ExternalId: ExternalId,
Franchise: Franchise,
Genre: Genre,
Outlet: Outlet,
PageInfo: PageInfo,
PartialDate: PartialDate,
Person: Person,
PersonCredit: PersonCredit,
Platform: Platform,
Relative: Relative,
SearchConnection: SearchConnection,
SearchEdge: SearchEdge,
Season: Season,
Series: Series,
SeriesConnection: SeriesConnection,
SeriesEdge: SeriesEdge,
SourceMaterial: SourceMaterial,
Statement: Statement,
StatusEvent: StatusEvent,
Date: DateResolver,
DateTime: DateTimeResolver,
JSON: JSONResolver
    }