export * from './audit.module';
export { Checkpointer } from './checkpoints/checkpointer';
