import { Account } from '../../../components/reader/account';
import { localeOf, type LocaleParams } from '../../../lib/route';

export default async function Page({ params }: { params: LocaleParams }) {
  return <Account locale={await localeOf(params)} />;
}
