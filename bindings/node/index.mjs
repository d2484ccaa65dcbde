// The ES module view of libhttpstatus: the same objects as require('libhttpstatus') gives, by name
// and as the default export.
export * from './index.cjs';
export { default } from './index.cjs';
