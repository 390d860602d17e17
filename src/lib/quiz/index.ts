export * from './types';
export * from './scoring';
export * from './insights';
export * from './share-code';
export * from './answer-string';
