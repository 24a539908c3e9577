"use client";

import Link from "next/link";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { TNavItem } from "./nav-items";

const NAV_LINK = "inline-flex min-h-11 items-center whitespace-nowrap rounded-md px-2 font-medium text-brand-800 underline-offset-4 hover:underline";

/**
 * The signed-in menu. From 640 px up it is a row of links, as it always was;
 * on a phone the links wait behind a "Menu" button (aria-expanded) so the
 * header stays one line. Escape closes the open menu and puts focus back on
 * the button; choosing a link closes it too.
 */
export function MainNav({ items }: { items: TNavItem[] }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      event.preventDefault();
      close(true);
    }
  };
  return (
    <nav aria-label="Main" onKeyDown={onKeyDown} className="sm:flex sm:items-center">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex min-h-11 items-center gap-2 rounded-md border-2 border-brand-700 px-3 font-semibold text-brand-800 sm:hidden"
      >
        <span aria-hidden="true" className="text-lg leading-none">
          {open ? "×" : "☰"}
        </span>
        Menu
      </button>
      <ul
        id={listId}
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full z-40 flex-col border-b border-brand-100 bg-white px-4 py-2 shadow-md sm:static sm:flex sm:flex-row sm:flex-wrap sm:items-center sm:justify-end sm:gap-1 sm:border-0 sm:p-0 sm:shadow-none`}
      >
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className={`${NAV_LINK} w-full sm:w-auto`} onClick={() => close(false)}>
              {item.label}
              {item.badge ? (
                <span className="ml-1 rounded-full bg-brand-700 px-2 text-sm font-semibold text-white">
                  {item.badge}
                  <span className="sr-only"> unread</span>
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
