import { ResetPasswordForm } from '../../../components/reader/auth-forms';
import { localeOf, type LocaleParams } from '../../../lib/route';

/** The page SHOWRUNNER_RESET_PASSWORD_URL points at: the reset mail links here with ?code=…. */
export default async function Page({ params, searchParams }: { params: LocaleParams; searchParams: Promise<{ code?: string }> }) {
  return <ResetPasswordForm locale={await localeOf(params)} code={(await searchParams).code ?? ''} />;
}
