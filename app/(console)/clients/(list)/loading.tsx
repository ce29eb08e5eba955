// In a route group with its own loading.tsx: a skeleton for the list only. A loading boundary
// above clients/[clientId]/layout.tsx would stream that layout, and an unknown client id would
// answer 200 instead of 404.
import { PageSkeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return <PageSkeleton label="clients" variant="table" />;
}
