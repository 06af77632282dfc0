import { Watchlist } from '../../../components/reader/watchlist';
import { localeOf, type LocaleParams } from '../../../lib/route';

export default async function Page({ params }: { params: LocaleParams }) {
  return <Watchlist locale={await localeOf(params)} />;
}
