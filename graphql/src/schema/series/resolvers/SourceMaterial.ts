import type { SourceMaterialResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const SourceMaterial: SourceMaterialResolvers = {};
