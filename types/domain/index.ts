export * from './aggregates';
export * from './content';
export * from './entities';
export * from './changes';
export * from './readers';
