import { Card } from '@/components/ui/card';
import { agentLabel, botLabel, type FlowDefinition, type FlowOptions } from '@/lib/flows/definition';
import type { FlowVersion } from '@/lib/flows/registry';

function summarise(d: FlowDefinition, opts: FlowOptions): string {
  const parts = [d.recordingId ? `welcome ${d.recordingId}` : null];
  parts.push(d.target === 'bot' ? `bot ${botLabel(opts, d.botId)}` : agentLabel(opts, d.agentExt));
  if (d.transferTo) parts.push(`fallback ${agentLabel(opts, d.transferTo)}`);
  return parts.filter(Boolean).join(' → ');
}

/** Every definition the portal saved for this flow, newest first. */
export function FlowVersions({ versions, opts }: { versions: FlowVersion[]; opts: FlowOptions }) {
  return (
    <Card>
      <h3 className="mb-3 text-lg font-semibold">Version history</h3>
      <ol className="space-y-2 text-sm">
        {versions.map((v) => (
          <li key={v.version}>
            <span className="font-semibold">v{v.version}</span> · {v.savedAt.slice(0, 16).replace('T', ' ')} UTC · by{' '}
            {v.savedBy}: “{v.definition.name}”, {summarise(v.definition, opts)}
          </li>
        ))}
      </ol>
    </Card>
  );
}
