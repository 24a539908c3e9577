/** The form-level message, announced as soon as it appears. */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div role="alert" aria-live="assertive">
      {message ? <p className="rounded-md border border-alert-700 bg-alert-50 p-3 font-medium text-alert-700">{message}</p> : null}
    </div>
  );
}
