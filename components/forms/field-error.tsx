/** A field's error messages, tied to its input through `id` (the input's aria-describedby). */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-alert-700">
      {errors.join(" ")}
    </p>
  );
}
