import type { ButtonHTMLAttributes } from "react";

export function SubmitButton({ pending, children, ...button }: ButtonHTMLAttributes<HTMLButtonElement> & { pending?: boolean }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      {...button}
    >
      {children}
    </button>
  );
}
