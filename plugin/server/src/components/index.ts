import articleUpdate from './article-update.json';
import audienceMetric from './audience-metric.json';
import creditedImage from './credited-image.json';
import criticScore from './critic-score.json';
import externalId from './external-id.json';
import sourceMaterial from './source-material.json';
import type { Core } from '@strapi/strapi';

const CATEGORY = 'showrunner';

const schemas: Record<string, object> = {
  'article-update': articleUpdate,
  'audience-metric': audienceMetric,
  'credited-image': creditedImage,
  'critic-score': criticScore,
  'external-id': externalId,
  'source-material': sourceMaterial,
};

/**
 * Strapi loads components only from the host app's `src/components`; registering them here
 * keeps the plugin self-contained, so another app gets them by enabling the plugin.
 */
export const registerComponents = (strapi: Core.Strapi) => {
  const components = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const uid = `${CATEGORY}.${name}`;
      const globalId = `ComponentShowrunner${name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`;
      return [uid, { ...schema, __schema__: structuredClone(schema), uid, category: CATEGORY, modelType: 'component', modelName: name, globalId }];
    })
  );
  strapi.get('components').add(components);
};
