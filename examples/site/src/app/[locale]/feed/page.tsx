import { Feed } from '../../../components/reader/feed';
import { localeOf, type LocaleParams } from '../../../lib/route';

export default async function Page({ params }: { params: LocaleParams }) {
  return <Feed locale={await localeOf(params)} />;
}
