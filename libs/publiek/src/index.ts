export * from './publiek.module';
export * from './publieke-signalen';
export * from './publiek-signaal';
export * from './publiek.errors';
