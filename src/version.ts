/** The API's semantic version: `info.version` of the OpenAPI document and the `API-Version` header. */
export const API_VERSION = '1.0.0';
