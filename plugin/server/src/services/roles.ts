import type { Core, UID as StrapiUid } from '@strapi/strapi';
import { ROLES, type RoleDefinition } from '../roles/definitions';

interface Action {
  actionId: string;
  subjects?: string[];
  options?: { applyToProperties?: string[] };
}

interface Permission {
  action: string;
  subject?: string | null;
  properties: Record<string, unknown>;
  conditions: string[];
}

interface Role {
  id: number;
  code: string;
  name: string;
  description: string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const admin = {
    roles: () => strapi.service('admin::role'),
    permissions: () => strapi.service('admin::permission'),
    contentTypes: () => strapi.service('admin::content-type'),
  };

  const hasDraftAndPublish = (uid: string) => strapi.getModel(uid as StrapiUid.ContentType)?.options?.draftAndPublish === true;

  /** One permission per action and type, with every field and every locale, the way the roles editor saves them. */
  const contentTypePermissions = async (definition: RoleDefinition, locales: string[]): Promise<Permission[]> => {
    const { actionProvider } = admin.permissions();
    const permissions: Permission[] = [];
    for (const [uid, actions] of Object.entries(definition.contentTypes)) {
      for (const name of actions) {
        if (name === 'publish' && !hasDraftAndPublish(uid)) continue;
        const action: Action | undefined = actionProvider.get(`plugin::content-manager.explorer.${name}`);
        if (!action?.subjects?.includes(uid)) continue;
        const [permission] = admin.contentTypes().getPermissionsWithNestedFields([{ ...action, subjects: [uid] }]);
        const properties = { ...permission.properties };
        if (properties.fields === undefined) delete properties.fields;
        if (await actionProvider.appliesToProperty('locales', action.actionId, uid)) properties.locales = locales;
        permissions.push({ action: action.actionId, subject: uid, properties, conditions: [] });
      }
    }
    return permissions;
  };

  const pluginPermissions = (definition: RoleDefinition): Permission[] =>
    [...definition.upload.map((name) => `plugin::upload.${name}`), ...definition.actions].map((action) => ({
      action,
      subject: null,
      properties: {},
      conditions: [],
    }));

  const findOrCreate = async ({ code, name, description }: RoleDefinition): Promise<Role> => {
    const roles = admin.roles();
    const existing: Role | null = (await roles.findOne({ code })) ?? (await roles.findOne({ name }));
    if (!existing) return roles.create({ code, name, description });
    if (existing.name !== name || existing.description !== description) return roles.update({ id: existing.id }, { name, description });
    return existing;
  };

  return {
    /**
     * Makes the Editor and Author roles match the code on every start: a change made in
     * Settings > Roles lasts until the next restart, so the roles stay reviewable in git.
     */
    async apply() {
      // Plugins start before the admin seeds its roles; seeding first keeps Super Admin the
      // first role, exactly as the admin would have created it a moment later.
      await admin.roles().createRolesIfNoneExist();
      const locales = (await strapi.plugin('i18n').service('locales').find()).map((locale: { code: string }) => locale.code);
      for (const definition of ROLES) {
        const role = await findOrCreate(definition);
        const permissions = [...(await contentTypePermissions(definition, locales)), ...pluginPermissions(definition)];
        await admin.roles().assignPermissions(role.id, permissions);
      }
    },
  };
};
