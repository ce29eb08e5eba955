import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { runSimulation } from '@/lib/flows/simulate-query';

/**
 * "Where does this call go?" for one number. A plain GET form (no script needed): the page
 * re-renders with `sim_date`/`sim_time`, read as wall time in the number's own time zone.
 */
export async function CallSimulator({
  clientId,
  didId,
  date,
  time,
}: {
  clientId: string;
  didId: string;
  date?: string;
  time?: string;
}) {
  const view = await runSimulation(clientId, didId, { date, time });
  if (!view) return null;
  return (
    <Card>
      <h3 className="mb-1 text-lg font-semibold" id="sim-heading">
        Where does this call go?
      </h3>
      <p className="mb-3 text-sm text-fg-muted">
        Pick a date and time in the number’s time zone ({view.timezone}); it starts at now.
      </p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2" aria-labelledby="sim-heading">
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Date</span>
          <input
            type="date"
            name="sim_date"
            defaultValue={view.date}
            className="rounded-md border border-line bg-surface px-3 py-2"
          />
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Time</span>
          <input
            type="time"
            name="sim_time"
            defaultValue={view.time}
            className="rounded-md border border-line bg-surface px-3 py-2"
          />
        </label>
        <Button type="submit" variant="secondary">
          Show the path
        </Button>
      </form>
      <div aria-live="polite" data-testid="sim-result">
        <p className="mb-2 font-semibold">{view.result.summary}</p>
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {view.result.steps.map((s, i) => (
            <li key={`${i}-${s.kind}`}>{s.text}</li>
          ))}
        </ol>
        {view.isNow ? null : (
          <p className="mt-2 text-xs text-fg-muted">Live availability is only known for now, so it is not counted.</p>
        )}
      </div>
    </Card>
  );
}
