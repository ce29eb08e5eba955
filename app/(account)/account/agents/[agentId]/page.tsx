// The end-client workspace serves the console's page: it resolves its client from the session
// (lib/scope.ts), never from the URL.
export { default, metadata } from '@/app/(console)/clients/[clientId]/agents/[agentId]/page';
