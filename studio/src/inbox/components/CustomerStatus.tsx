/** Whether the customer has the chat open now, beside the thread's title. */
export function CustomerStatus({ online, typing }: { online: boolean; typing: boolean }) {
  return (
    <span className={`customer-status ${online ? 'online' : 'offline'}`} data-customer-online={online ? 'true' : 'false'}>
      <span className="dot" aria-hidden="true" />
      {typing ? 'Customer online, typing' : online ? 'Customer online' : 'Customer not in the chat'}
    </span>
  );
}
