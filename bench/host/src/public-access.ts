import type { Core } from '@strapi/strapi';

const PERMISSION = 'plugin::users-permissions.permission';

/** Grants the Public role find and findOne on the given plugin types, once per database. */
export const grantPublicRead = async (strapi: Core.Strapi, types: readonly string[]) => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('[bench] the Public role does not exist');
  for (const type of types) {
    for (const action of ['find', 'findOne']) {
      const name = `plugin::showrunner.${type}.${action}`;
      const existing = await strapi.db.query(PERMISSION).findOne({ where: { action: name, role: role.id } });
      if (!existing) await strapi.db.query(PERMISSION).create({ data: { action: name, role: role.id } });
    }
  }
};
