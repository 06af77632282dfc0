import type { CreditedImageResolvers } from '../../../../../types/generated/resolvers-types.generated';

/** Image files are not part of the demo content yet; the caption and credit are. */
export const CreditedImage: CreditedImageResolvers = {
  url: () => null,
  alternativeText: ({ alt }) => alt,
  width: () => null,
  height: () => null,
};
