// The ES module view of libhttpstatus: the same objects as require('libhttpstatus') gives.
import httpstatus from './index.cjs';

export const {
  Status,
  Method,
  HTTPStatus,
  HTTPMethod,
  statuses,
  methods,
  aliases,
  status,
  statusFromCode,
  statusFromName,
  statusFromNameIgnoreCase,
  statusFromPhrase,
  methodFromName,
  classOf,
  formatStatusLine,
  version,
  versionNumber,
  registryDate,
  SONAME,
  libraryPath,
  raw,
} = httpstatus;

export default httpstatus;
