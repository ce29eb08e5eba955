import { relayAvailability } from './actions';

// A page that references the relay action, so Next builds it (the bench calls it by its id).
export default function Relay() {
  return (
    <main>
      <form
        action={async () => {
          'use server';
          await relayAvailability({ client_id: '', agent_id: '', available: '1' });
        }}
      >
        <button type="submit">Relay</button>
      </form>
    </main>
  );
}
