"use client";

import { useEffect } from "react";
import { forgetAllKeptDrafts } from "@/components/forms/use-kept-draft";

/**
 * On the sign-in page: whoever used this browser before is signed out (or
 * their session ended), so nothing they kept on it stays.
 */
export function ForgetKeptDrafts() {
  useEffect(() => forgetAllKeptDrafts(), []);
  return null;
}
