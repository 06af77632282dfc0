import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../get-service';
import type { Decision, Ground } from './moderation';

const GROUNDS: Ground[] = ['community_rules', 'illegal_content'];
const FACTS_MIN = 10;
const FACTS_MAX = 5000;

type Body = { facts?: unknown; ground?: unknown };

const editorName = (ctx: Context) => {
  const user = ctx.state.user as { firstname?: string; lastname?: string; email?: string } | undefined;
  return [user?.firstname, user?.lastname].filter(Boolean).join(' ') || user?.email || 'Redaktion';
};

/** Why a decision cannot be recorded as sent, in the editor's language; null when it can. */
export const decisionProblem = (decision: Decision, body: Body): string | null => {
  const facts = typeof body.facts === 'string' ? body.facts.trim() : '';
  if (facts.length < FACTS_MIN) return `Bitte begründen Sie die Entscheidung (mindestens ${FACTS_MIN} Zeichen): Die Begründung erhält der Verfasser.`;
  if (facts.length > FACTS_MAX) return `Die Begründung darf höchstens ${FACTS_MAX} Zeichen lang sein.`;
  if (decision === 'hidden' && !GROUNDS.includes(body.ground as Ground))
    return 'Bitte angeben, worauf die Entscheidung beruht: Kommentarregeln oder rechtswidriger Inhalt.';
  return null;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const decide = (decision: Decision) => async (ctx: Context) => {
    const body = ((ctx.request as { body?: Body }).body ?? {}) as Body;
    const problem = decisionProblem(decision, body);
    if (problem) return ctx.badRequest(problem);
    const result = await getService(strapi, 'readers').moderation.decide(ctx.params.documentId, {
      decision,
      facts: String(body.facts).trim(),
      ground: decision === 'hidden' ? (body.ground as Ground) : null,
      decidedBy: editorName(ctx),
    });
    if (!result) return ctx.notFound('Diesen Kommentar gibt es nicht.');
    ctx.body = { data: result };
  };

  return {
    async queue(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await getService(strapi, 'readers').moderation.queue() };
    },
    hide: decide('hidden'),
    restore: decide('restored'),
  };
};
