// The server is consumed from source; the integration project does not depend on it by name.
export * from '../../apps/server/src/index.js';
