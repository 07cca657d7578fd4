export * from './getuige.port';
export * from './getuigen';
export * from './webhook/webhook-getuige';
