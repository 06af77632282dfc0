import type { Core, UID as StrapiUid } from '@strapi/strapi';
import { LABELS } from '../admin/labels';
import { LAYOUTS } from '../admin/layouts';

const FULL_WIDTH = new Set(['component', 'dynamiczone', 'blocks', 'richtext', 'json', 'text']);

type Attribute = { type: string; visible?: boolean };

/** Edit rows: the declared groups first, then every remaining visible field; sizes follow what the admin allows per type. */
const editRows = (attributes: Record<string, Attribute>, groups: string[][]) => {
  const editable = Object.keys(attributes).filter((name) => attributes[name].visible !== false);
  const placed = new Set<string>();
  const row = (names: string[]) => {
    names.forEach((name) => placed.add(name));
    const wide = names.length === 1 || names.some((name) => FULL_WIDTH.has(attributes[name].type));
    return names.map((name) => ({ name, size: wide ? 12 : 12 / names.length }));
  };
  const rows = groups.map((names) => names.filter((name) => editable.includes(name))).filter((names) => names.length > 0);
  const result = rows.flatMap((names) => (names.some((n) => FULL_WIDTH.has(attributes[n].type)) ? names.map((n) => row([n])) : [row(names)]));
  for (const name of editable.filter((n) => !placed.has(n))) result.push(row([name]));
  return result;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Ships the content manager's views in code, so a fresh database shows editors the same admin. */
  async apply() {
    const contentTypes = strapi.plugin('content-manager').service('content-types');
    for (const [uid, layout] of Object.entries(LAYOUTS)) {
      const model = strapi.getModel(uid as StrapiUid.ContentType);
      const current = await contentTypes.findConfiguration(model);
      const metadatas = { ...current.metadatas };
      for (const [name, [label, description]] of Object.entries(LABELS)) {
        if (!metadatas[name]) continue;
        metadatas[name] = {
          edit: { ...metadatas[name].edit, label, description: description ?? '' },
          list: { ...metadatas[name].list, label },
        };
      }
      const [sortField, sortOrder] = layout.sort ?? [layout.mainField, 'ASC'];
      await contentTypes.updateConfiguration(model, {
        settings: { ...current.settings, mainField: layout.mainField, defaultSortBy: sortField, defaultSortOrder: sortOrder },
        metadatas,
        layouts: {
          ...current.layouts,
          list: layout.list.filter((name) => model.attributes[name]),
          edit: editRows(model.attributes as Record<string, Attribute>, layout.groups),
        },
      });
    }
  },
});
