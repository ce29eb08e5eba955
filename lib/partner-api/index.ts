import 'server-only';

export type { BreakerConfig, BreakerState } from './breaker';
export {
  type CallOptions,
  createPartnerClient,
  type PartnerClient,
  type PartnerClientConfig,
  partnerApi,
} from './client';
export { type DriftEntry, type DriftIssue, driftReport, parseLenient, resetDrift } from './drift';
export {
  ENDPOINT_NAMES,
  ENDPOINTS,
  type EndpointDef,
  type EndpointName,
  type Endpoints,
  isEndpointName,
  type ParsedRequestOf,
  type RequestOf,
  type ResponseOf,
  SESSION_STATUSES,
} from './endpoints';
export { type Envelope, envelopeSchema } from './envelope';
export {
  type FieldErrors,
  FORM_ERROR_KEY,
  fieldErrorsFromZod,
  isPartnerApiError,
  PartnerApiError,
  type PartnerErrorKind,
  PartnerInputError,
} from './errors';
