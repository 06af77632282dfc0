import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { requireViewer } from '../../../../readers/guard';

export const viewerDataExport: NonNullable<QueryResolvers['viewerDataExport']> = (_, __, ctx) => ctx.readers.exportData(requireViewer(ctx));
