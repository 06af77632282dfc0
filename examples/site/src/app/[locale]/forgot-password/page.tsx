import { ForgotPasswordForm } from '../../../components/reader/auth-forms';
import { localeOf, type LocaleParams } from '../../../lib/route';

export default async function Page({ params }: { params: LocaleParams }) {
  return <ForgotPasswordForm locale={await localeOf(params)} />;
}
