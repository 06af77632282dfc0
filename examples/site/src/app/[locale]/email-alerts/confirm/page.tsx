import { EmailAlertConfirmation } from '../../../../components/reader/email-alert-confirmation';
import { localeOf, type LocaleParams } from '../../../../lib/route';

export default async function Page({ params, searchParams }: { params: LocaleParams; searchParams: Promise<{ token?: string }> }) {
  return <EmailAlertConfirmation locale={await localeOf(params)} token={(await searchParams).token ?? ''} />;
}
