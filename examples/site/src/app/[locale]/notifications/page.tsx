import { NotificationSettings } from '../../../components/reader/notifications';
import { localeOf, type LocaleParams } from '../../../lib/route';

export default async function Page({ params }: { params: LocaleParams }) {
  return <NotificationSettings locale={await localeOf(params)} />;
}
