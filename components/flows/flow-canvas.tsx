'use client';

import '@xyflow/react/dist/style.css';
import { Background, type Edge, type Node, ReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { agentLabel, botLabel, type FlowDefinition, type FlowField, type FlowOptions } from '@/lib/flows/definition';
import type { FlowStep } from './flow-fields';

/**
 * The diagram of a basic flow. Loaded with next/dynamic from the builder only, so
 * @xyflow/react never reaches another route's JavaScript. Nodes are placed by the flow's
 * shape (one column, fixed spacing): there is nothing to drag or wire by hand.
 */
export default function FlowCanvas({
  def,
  opts,
  errors,
  selected,
  onSelect,
}: {
  def: FlowDefinition;
  opts: FlowOptions;
  errors: Partial<Record<FlowField, string>>;
  selected: FlowStep;
  onSelect: (s: FlowStep) => void;
}) {
  const { nodes, edges } = useMemo(() => {
    const steps: { id: FlowStep; title: string; body: string; bad: boolean }[] = [
      {
        id: 'did',
        title: 'Incoming call',
        body: def.didNo || 'No number chosen',
        bad: !!(errors.didNo || errors.name),
      },
      {
        id: 'recording',
        title: 'Welcome message',
        body: def.recordingId ? `Recording ${def.recordingId}` : 'None',
        bad: !!errors.recordingId,
      },
      def.target === 'agent'
        ? {
            id: 'answer',
            title: 'Agent answers',
            body: def.agentExt ? agentLabel(opts, def.agentExt) : 'No agent chosen',
            bad: !!errors.agentExt,
          }
        : {
            id: 'answer',
            title: 'Voice bot answers',
            body: def.botId ? botLabel(opts, def.botId) : 'No bot chosen',
            bad: !!errors.botId,
          },
      {
        id: 'transfer',
        title: 'Transfer fallback',
        body: def.transferTo ? agentLabel(opts, def.transferTo) : 'None',
        bad: !!errors.transferTo,
      },
    ];
    const nodes: Node[] = steps.map((s, i) => ({
      id: s.id,
      position: { x: 0, y: i * 110 },
      data: {
        label: (
          <div className="text-left">
            <div className="text-xs font-semibold uppercase tracking-wide">{s.title}</div>
            <div className="text-sm">{s.body}</div>
            {s.bad ? <div className="text-xs font-semibold text-danger">Needs attention</div> : null}
          </div>
        ),
      },
      selected: s.id === selected,
      draggable: false,
      connectable: false,
      style: {
        width: 240,
        borderWidth: s.id === selected ? 3 : 1,
        borderColor: s.bad
          ? 'var(--color-danger, #b91c1c)'
          : s.id === selected
            ? 'var(--color-brand, #1d4ed8)'
            : undefined,
      },
    }));
    const edges: Edge[] = steps
      .slice(1)
      .map((s, i) => ({ id: `${steps[i].id}-${s.id}`, source: steps[i].id, target: s.id }));
    return { nodes, edges };
  }, [def, opts, errors, selected]);

  return (
    <div className="h-[480px] w-full rounded-md border border-line" data-testid="flow-canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodeClick={(_, n) => onSelect(n.id as FlowStep)}
        nodesDraggable={false}
        nodesConnectable={false}
        fitView
        proOptions={{ hideAttribution: true }}
        aria-label="Flow diagram: select a step to edit it in the side panel"
      >
        <Background />
      </ReactFlow>
    </div>
  );
}
