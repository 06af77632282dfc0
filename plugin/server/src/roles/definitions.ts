import { UID } from '../../../../types/domain/uids';
import { MODERATE_COMMENTS } from '../readers/permissions';

export type ContentAction = 'create' | 'read' | 'update' | 'delete' | 'publish';

export interface RoleDefinition {
  /** Strapi's own codes: a fresh database already has these two roles, and users keep them. */
  code: string;
  name: string;
  description: string;
  /** What the role may do per content type; types not named here stay out of reach. */
  contentTypes: Record<string, ContentAction[]>;
  /** Media library actions (`plugin::upload.*`), so images can be added to what the role writes. */
  upload: string[];
  /** Further admin actions by their full id, e.g. moderating reader comments. */
  actions: string[];
}

const ALL: ContentAction[] = ['create', 'read', 'update', 'delete', 'publish'];
const READ: ContentAction[] = ['read'];

/**
 * The editorial content types. Webhook endpoints, deliveries and secrets are deliberately not
 * among them: no role shipped here can see or change where signed events go.
 */
const EDITORIAL = Object.values(UID);

const MEDIA = ['read', 'configure-view', 'assets.create', 'assets.update', 'assets.download', 'assets.copy-link'];

export const ROLES: RoleDefinition[] = [
  {
    code: 'strapi-editor',
    name: 'Editor',
    description: 'Redaktion: legt alle Inhalte an, bearbeitet und veröffentlicht sie. Keine Webhooks, keine Secrets.',
    contentTypes: Object.fromEntries(EDITORIAL.map((uid) => [uid, ALL])),
    upload: MEDIA,
    actions: [MODERATE_COMMENTS],
  },
  {
    code: 'strapi-author',
    name: 'Author',
    description: 'Autor:innen: schreiben Artikel als Entwurf; veröffentlichen darf die Redaktion. Alles andere nur lesen.',
    contentTypes: Object.fromEntries(EDITORIAL.map((uid) => [uid, uid === UID.article ? ['create', 'read', 'update'] : READ])),
    upload: MEDIA,
    actions: [],
  },
];
