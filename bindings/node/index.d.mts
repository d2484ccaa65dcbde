// The ES module view of index.d.ts.
export * from './index.js';
import * as httpstatus from './index.js';
export default httpstatus;
